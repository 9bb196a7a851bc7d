using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Web.Tests.Boundaries;

/// <summary>The portal with one address that fails (<c>/api/test-failure</c>, <c>/test-failure</c>) to show the 500 answers.</summary>
public sealed class FailingPortalFactory : PortalFactory
{
    /// <inheritdoc />
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(s => s.AddSingleton<IStartupFilter>(new FailingEndpoint()));
    }

    private sealed class FailingEndpoint : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Use((HttpContext context, RequestDelegate following) => context.Request.Path.Value?.EndsWith("/test-failure", StringComparison.Ordinal) == true
                ? throw new InvalidOperationException("secret stack detail")
                : following(context));
        };
    }
}

/// <summary>Issue 12, finding 5: every error is answered in words — problem details from /api, a Chinese page otherwise.</summary>
public sealed class ErrorBodyTests(FailingPortalFactory factory) : IClassFixture<FailingPortalFactory>
{
    public static TheoryData<string, string, string, string?, int> ApiErrors => new()
    {
        { "malformed JSON", "POST", "/api/requests", "{\"name\": ", 400 },
        { "wrong JSON type", "POST", "/api/requests", "{\"agencyId\": 12, \"name\": [1]}", 400 },
        { "too deep", "POST", "/api/requests", new string('[', 200) + new string(']', 200), 400 },
        { "too deep in a field", "POST", "/api/requests", "{\"x\":" + new string('[', 100) + new string(']', 100) + "}", 400 },
        { "not JSON", "POST", "/api/requests", null, 415 },
        { "empty body", "POST", "/api/requests", "", 400 },
        { "bad filter", "GET", "/api/catalogue?year=99999", null, 400 },
        { "bad id", "GET", "/api/catalogue/not-a-guid", null, 404 },
        { "unknown entry", "GET", "/api/catalogue/" + Guid.Empty, null, 404 },
        { "unknown address", "GET", "/api/nothing-here", null, 404 },
        { "wrong method", "DELETE", "/api/catalogue", null, 405 },
        { "failure", "GET", "/api/test-failure", null, 500 },
    };

    [Theory]
    [MemberData(nameof(ApiErrors))]
    public async Task Api_Error_AnswersProblemDetailsWithAChineseDetail(string name, string method, string path, string? json, int status)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }
        else if (method == "POST")
        {
            request.Content = new StringContent("name=x", Encoding.UTF8, "application/x-www-form-urlencoded");
        }

        var response = await factory.CreateClient().SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();

        Assert.True(status == (int)response.StatusCode, $"{name}: {(int)response.StatusCode} {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(text).RootElement;
        Assert.Equal(status, problem.GetProperty("status").GetInt32());
        Assert.Matches("\\p{IsCJKUnifiedIdeographs}", problem.GetProperty("detail").GetString());
        Assert.DoesNotContain("secret stack detail", text, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Api_OversizedBody_Answers413ProblemDetails()
    {
        var response = await factory.CreateClient().PostAsync("/api/requests",
            new StringContent("{\"description\":\"" + new string('低', 40_000) + "\"}", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("KB", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/no-such-page", 404, "页面不存在")]
    [InlineData("/Catalogue/Entry/" + "00000000-0000-0000-0000-000000000000", 404, "页面不存在")]
    [InlineData("/test-failure", 500, "系统暂时无法处理")]
    public async Task Page_Error_AnswersTheChineseErrorPage(string path, int status, string words)
    {
        var response = await factory.CreateClient().GetAsync(path);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(words, html, StringComparison.Ordinal);
        Assert.DoesNotContain("secret stack detail", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_PostWithoutAntiforgeryToken_AnswersTheChineseErrorPage()
    {
        var response = await factory.CreateClient().PostAsync("/Track", new FormUrlEncodedContent(new Dictionary<string, string> { ["TrackingNumber"] = "X" }));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("请求无效", html, StringComparison.Ordinal);
    }
}
