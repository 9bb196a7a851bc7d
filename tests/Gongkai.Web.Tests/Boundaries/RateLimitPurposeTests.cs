using System.Net;
using System.Text.Json;

namespace Gongkai.Web.Tests.Boundaries;

/// <summary>A portal with the default per-purpose budgets (10 look-ups, 10 submissions, 120 reads a minute).</summary>
public sealed class DefaultLimitsFactory : PortalFactory
{
    /// <inheritdoc />
    protected override IReadOnlyDictionary<string, string> Overrides => new Dictionary<string, string>
    {
        ["Portal:LoadDemo"] = "false",
        ["Portal:RateLimits:LookupPerMinute"] = "10",
        ["Portal:RateLimits:SubmissionPerMinute"] = "10",
        ["Portal:RateLimits:ReadPerMinute"] = "120",
    };
}

/// <summary>Issue 12, finding 7: tracking look-ups, submissions and page reads have separate budgets.</summary>
public sealed class RateLimitPurposeTests(DefaultLimitsFactory factory) : IClassFixture<DefaultLimitsFactory>
{
    [Fact]
    public async Task TenLookups_DoNotBlockOpeningOrSubmittingTheForm()
    {
        var client = factory.CreateClient();
        var lookups = new List<HttpStatusCode>();
        for (var i = 0; i < 10; i++)
        {
            lookups.Add((await PortalForms.PostAsync(client, "/Track", "/Track", new Dictionary<string, string>
            {
                ["TrackingNumber"] = "YSQ20260101-AAAAAAAA",
                ["AccessCode"] = "ZZZZZZZZZZ",
            })).StatusCode);
        }

        using var eleventh = new HttpRequestMessage(HttpMethod.Get, "/api/requests/YSQ20260101-AAAAAAAA") { Headers = { { "X-Access-Code", "ZZZZZZZZZZ" } } };
        var refused = await client.SendAsync(eleventh);
        var apply = await client.GetAsync("/Apply");
        var submit = await PortalForms.PostAsync(client, "/Apply", "/Apply", new Dictionary<string, string> { ["Form.Name"] = "周九" });

        Assert.All(lookups, s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero, "Retry-After missing");
        Assert.Contains("查询过于频繁", JsonDocument.Parse(await refused.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, apply.StatusCode);
        Assert.Equal(HttpStatusCode.OK, submit.StatusCode);
    }

}

/// <summary>The page answer of an exhausted budget (its own portal, so that the budgets are fresh).</summary>
public sealed class RateLimitPageTests(DefaultLimitsFactory factory) : IClassFixture<DefaultLimitsFactory>
{
    [Fact]
    public async Task PageOverTheLimit_Answers429WithRetryAfterAndAChinesePage()
    {
        var client = factory.CreateClient();
        HttpResponseMessage last = new(HttpStatusCode.OK);
        for (var i = 0; i < 12 && last.StatusCode != HttpStatusCode.TooManyRequests; i++)
        {
            last = await PortalForms.PostAsync(client, "/Track", "/Track", new Dictionary<string, string> { ["TrackingNumber"] = "X", ["AccessCode"] = "Y" });
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, last.StatusCode);
        Assert.NotNull(last.Headers.RetryAfter);
        Assert.Equal("text/html", last.Content.Headers.ContentType?.MediaType);
        Assert.Contains("查询过于频繁", await last.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
