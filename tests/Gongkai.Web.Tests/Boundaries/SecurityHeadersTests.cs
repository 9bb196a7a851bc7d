using System.Net;
using System.Text.RegularExpressions;
using Gongkai.Web.Tests.Admin;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Web.Tests.Boundaries;

/// <summary>The back office whose requests arrive from 10.0.0.5, a proxy the configuration trusts.</summary>
public sealed class BehindProxyFactory : BackOfficeFactory
{
    /// <inheritdoc />
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Portal:ForwardedHeaders:KnownProxies", "10.0.0.5");
        builder.ConfigureServices(s => s.AddSingleton<IStartupFilter>(new FromProxy()));
    }

    private sealed class FromProxy : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, following) =>
            {
                context.Connection.RemoteIpAddress = IPAddress.Parse(context.Request.Headers["X-Test-Remote"].FirstOrDefault() ?? "10.0.0.5");
                return following(context);
            });
            next(app);
        };
    }
}

/// <summary>Issue 12, finding 6: every portal and admin answer carries CSP, nosniff, Referrer-Policy and frame protection.</summary>
public sealed partial class SecurityHeadersTests(BehindProxyFactory factory) : IClassFixture<BehindProxyFactory>
{
    private static readonly string[] PortalPages =
    [
        "/", "/search?q=%E4%BD%8E%E4%BF%9D", "/Catalogue", "/Apply", "/Track", "/Guide", "/Policy", "/Reports", "/Display",
        "/no-such-page", "/Admin/Login", "/api/agencies", "/api/catalogue?pageSize=1", "/api/nothing", "/healthz", "/openapi/v1.json",
        "/css/site.css",
    ];

    private static readonly string[] AdminPages =
    [
        "/Admin", "/Admin/Requests", "/Admin/Requests/Register", "/Admin/Catalogue", "/Admin/Reports?year=2025", "/Admin/Statistics",
        "/Admin/Reports/Audit", "/Admin/Appeals", "/Admin/NormativeDocuments", "/Admin/Notices/Templates", "/Admin/AuditTrail", "/Admin/Agencies",
        "/Admin/Users", "/Admin/Account/Password", "/Admin/Catalogue/Edit", "/Admin/Appeals/Register", "/Admin/NormativeDocuments/Edit",
        "/Admin/Reports/Draft?agency=XN&year=2025", "/Admin/Reports/Units?year=2025",
    ];

    [Fact]
    public async Task EveryPortalAndAdminPage_SendsTheSecurityHeadersAndNoInlineScript()
    {
        var anonymous = factory.CreateClient();
        var admin = await factory.SignedInClientAsync("admin", BackOfficeFactory.AdminPassword);
        var pages = PortalPages.Select(p => (anonymous, p)).Concat(AdminPages.Select(p => (admin, p))).ToList();
        var entry = Regex.Match(await anonymous.GetStringAsync("/Catalogue"), "href=\"(/Catalogue/Entry/[^\"]+)\"").Groups[1].Value;
        var report = Regex.Match(await anonymous.GetStringAsync("/Reports"), "href=\"(/reports/[^\"/]+/[0-9]+)\"").Groups[1].Value;
        pages.Add((anonymous, entry));
        pages.Add((anonymous, report));

        var checkedPages = 0;
        foreach (var (client, path) in pages.Where(p => p.Item2.Length > 0))
        {
            var response = await client.GetAsync(path);
            Assert.True((int)response.StatusCode < 500, $"{path}: {(int)response.StatusCode}");
            if (response.StatusCode == HttpStatusCode.Found)
            {
                Assert.Fail($"{path} redirected to {response.Headers.Location}");
            }

            AssertHeaders(path, response);
            if (response.Content.Headers.ContentType?.MediaType == "text/html")
            {
                var html = await response.Content.ReadAsStringAsync();
                Assert.False(InlineScript().IsMatch(html), $"{path} has an inline script");
                Assert.False(InlineHandler().IsMatch(html), $"{path} has an inline event handler");
                Assert.False(InlineStyle().IsMatch(html), $"{path} has an inline style attribute or element");
            }

            checkedPages++;
        }

        Assert.True(checkedPages >= PortalPages.Length + AdminPages.Length);
    }

    [Fact]
    public async Task ApiReference_HasItsOwnPolicyStillNeverFramed()
    {
        var response = await factory.CreateClient().GetAsync("/scalar/v1");
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("http", csp, StringComparison.Ordinal);
        AssertHeaders("/scalar/v1", response);
    }

    [Fact]
    public async Task HttpsFromATrustedProxy_SendsHstsAndSecureCookies()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/Apply");
        request.Headers.Host = "gongkai.example.cn";
        request.Headers.Add("X-Forwarded-Proto", "https");
        var response = await factory.CreateClient().SendAsync(request);

        Assert.Contains("max-age=", string.Join(";", response.Headers.GetValues("Strict-Transport-Security")), StringComparison.Ordinal);
        Assert.All(response.Headers.GetValues("Set-Cookie"), c => Assert.Contains("secure", c, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task HttpsClaimFromAnUntrustedAddress_IsIgnored()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/Apply");
        request.Headers.Host = "gongkai.example.cn";
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Test-Remote", "203.0.113.9");
        var response = await factory.CreateClient().SendAsync(request);

        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
        Assert.All(response.Headers.GetValues("Set-Cookie"), c => Assert.DoesNotContain("secure", c, StringComparison.OrdinalIgnoreCase));
    }

    private static void AssertHeaders(string path, HttpResponseMessage response)
    {
        string Header(string name) => response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(",", values)
            : throw new Xunit.Sdk.XunitException($"{path}: no {name} header");

        var csp = Header("Content-Security-Policy");
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("object-src 'none'", csp, StringComparison.Ordinal);
        if (!path.StartsWith("/scalar", StringComparison.Ordinal))
        {
            Assert.Contains("script-src 'self';", csp, StringComparison.Ordinal);
        }

        Assert.Equal("nosniff", Header("X-Content-Type-Options"));
        Assert.Equal("DENY", Header("X-Frame-Options"));
        Assert.Equal("same-origin", Header("Referrer-Policy"));
    }

    [GeneratedRegex("<script(?![^>]*\\ssrc=)[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex InlineScript();

    [GeneratedRegex("<[^>]+\\son[a-z]+\\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex InlineHandler();

    [GeneratedRegex("<[^>]+\\sstyle\\s*=|<style", RegexOptions.IgnoreCase)]
    private static partial Regex InlineStyle();
}
