using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Gongkai.Web.Hosting;

/// <summary>
/// The headers every response carries (docs/security.md, “Headers”): a strict Content-Security-Policy (no inline
/// script or style, no framing), <c>X-Content-Type-Options: nosniff</c>, <c>Referrer-Policy: same-origin</c>,
/// <c>X-Frame-Options: DENY</c>; HSTS and <c>Secure</c> cookies when the request came over HTTPS — directly, or
/// through a trusted proxy that says so in <c>X-Forwarded-Proto</c> (<c>Portal:ForwardedHeaders</c>).
/// </summary>
public static class SecurityHeaders
{
    /// <summary>The policy of every page and API answer: only our own files; nothing inline; never framed.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; " +
        "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>
    /// The policy of the API reference (<c>/scalar</c>): the Scalar viewer is a single-page application that sets its
    /// configuration in an inline script and styles elements inline, so it alone may run inline script and style;
    /// it still loads nothing from other sites and cannot be framed.
    /// </summary>
    public const string ApiReferencePolicy =
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; " +
        "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>Adds forwarded-header trust (<c>Portal:ForwardedHeaders:KnownProxies</c> / <c>KnownNetworks</c>), HSTS and the cookie policy.</summary>
    public static IServiceCollection AddSecurityHeaders(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
            o.ForwardLimit = configuration.GetValue("Portal:ForwardedHeaders:ForwardLimit", 1);
            foreach (var proxy in List(configuration, "Portal:ForwardedHeaders:KnownProxies"))
            {
                o.KnownProxies.Add(IPAddress.Parse(proxy));
            }

            foreach (var network in List(configuration, "Portal:ForwardedHeaders:KnownNetworks"))
            {
                o.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }

            foreach (var host in List(configuration, "Portal:ForwardedHeaders:AllowedHosts"))
            {
                o.AllowedHosts.Add(host);
            }
        });
        services.AddHsts(o =>
        {
            o.MaxAge = TimeSpan.FromDays(configuration.GetValue("Portal:Hsts:MaxAgeDays", 365));
            o.IncludeSubDomains = configuration.GetValue("Portal:Hsts:IncludeSubDomains", false);
        });
        services.Configure<CookiePolicyOptions>(o =>
        {
            o.Secure = CookieSecurePolicy.SameAsRequest;
            o.HttpOnly = Microsoft.AspNetCore.CookiePolicy.HttpOnlyPolicy.None;
        });
        return services;
    }

    /// <summary>
    /// Trusts the configured proxies' forwarded headers, then sets the headers on every response, then HSTS (outside
    /// Development) and the cookie policy. Must come first in the pipeline.
    /// </summary>
    public static WebApplication UseSecurityHeaders(this WebApplication app)
    {
        app.UseForwardedHeaders();
        app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments("/scalar", StringComparison.OrdinalIgnoreCase)
                    ? ApiReferencePolicy
                    : ContentSecurityPolicy;
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = "same-origin";
                headers["Cross-Origin-Opener-Policy"] = "same-origin";
                headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=()";
                return Task.CompletedTask;
            });
            return next(context);
        });
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.UseCookiePolicy();
        return app;
    }

    private static IEnumerable<string> List(IConfiguration configuration, string key)
    {
        var section = configuration.GetSection(key);
        var values = section.Get<string[]>() ?? [];
        return (values.Length > 0 ? values : (section.Value ?? string.Empty).Split(',', ';'))
            .Select(v => v.Trim())
            .Where(v => v.Length > 0);
    }
}
