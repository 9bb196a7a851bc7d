using System.Net;

namespace Gongkai.Web.Tests;

/// <summary>A portal with tight limits and no demo data.</summary>
public sealed class TightLimitsFactory : PortalFactory
{
    /// <inheritdoc />
    protected override IReadOnlyDictionary<string, string> Overrides => new Dictionary<string, string>
    {
        ["Portal:LoadDemo"] = "false",
        ["Portal:RateLimits:SearchPerMinute"] = "2",
        ["Portal:RateLimits:SubmissionPerMinute"] = "2",
    };
}

public sealed class RateLimitTests(TightLimitsFactory factory) : IClassFixture<TightLimitsFactory>
{
    [Fact]
    public async Task Search_OverTheLimit_Returns429WithChineseMessage()
    {
        var client = factory.CreateClient();
        var codes = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            codes.Add((await client.GetAsync("/search?q=" + Uri.EscapeDataString("低保"))).StatusCode);
        }

        var last = await client.GetAsync("/api/catalogue?q=" + Uri.EscapeDataString("低保"));
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], codes);
        Assert.Equal(HttpStatusCode.TooManyRequests, last.StatusCode);
        Assert.Contains("请求过于频繁", await last.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Submission_OverTheLimit_Returns429()
    {
        var client = factory.CreateClient();
        var codes = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            codes.Add((await client.PostAsync("/api/requests", new StringContent("{}", System.Text.Encoding.UTF8, "application/json"))).StatusCode);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, codes[2]);
    }

    [Fact]
    public async Task Home_OverTheSearchLimit_StillServed()
    {
        var client = factory.CreateClient();
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
        }
    }
}
