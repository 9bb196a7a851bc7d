using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Primitives;

namespace Gongkai.Web.Hosting;

/// <summary>
/// When a portal page may come from the output cache (<see cref="PortalOutputCache"/>): an anonymous GET or HEAD with
/// no <c>Authorization</c> header, keyed by scheme, host, path, every query value and the display mode the layout
/// renders from the <c>gk-size</c> / <c>gk-senior</c> cookies (大字号, 适老化 — only the mode, never the cookie text);
/// stored only when the answer is 200 and sets no cookie. The pages carry no per-response secret: the
/// Content-Security-Policy has no nonce and is added to every answer, cached or not, by <see cref="SecurityHeaders"/>.
/// </summary>
public sealed class PortalPagePolicy(TimeSpan lifetime, IReadOnlyList<string> tags) : IOutputCachePolicy
{
    /// <summary>The cookie of the text-size switch (<c>/Display?size=large|normal</c>).</summary>
    public const string SizeCookie = "gk-size";

    /// <summary>The cookie of the senior-friendly mode (<c>/Display?senior=1|0</c>).</summary>
    public const string SeniorCookie = "gk-senior";

    /// <inheritdoc />
    ValueTask IOutputCachePolicy.CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var http = context.HttpContext;
        var request = http.Request;
        var cacheable = lifetime > TimeSpan.Zero
            && (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            && StringValues.IsNullOrEmpty(request.Headers.Authorization)
            && http.User.Identity?.IsAuthenticated != true;
        context.EnableOutputCaching = cacheable;
        context.AllowCacheLookup = cacheable;
        context.AllowCacheStorage = cacheable;
        context.AllowLocking = true;
        context.ResponseExpirationTimeSpan = lifetime;
        context.CacheVaryByRules.QueryKeys = "*";
        context.CacheVaryByRules.VaryByValues[SizeCookie] = request.Cookies[SizeCookie] == "large" ? "large" : "normal";
        context.CacheVaryByRules.VaryByValues[SeniorCookie] = request.Cookies[SeniorCookie] == "1" ? "1" : "0";
        foreach (var tag in tags)
        {
            context.Tags.Add(tag);
        }

        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    ValueTask IOutputCachePolicy.ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    /// <inheritdoc />
    ValueTask IOutputCachePolicy.ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var response = context.HttpContext.Response;
        if (response.StatusCode != StatusCodes.Status200OK || !StringValues.IsNullOrEmpty(response.Headers.SetCookie))
        {
            context.AllowCacheStorage = false;
        }

        return ValueTask.CompletedTask;
    }
}
