using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace Gongkai.Web;

/// <summary>Size and rate limits of the public portal (configurable under <c>Portal:RateLimits</c>).</summary>
public static class PortalLimits
{
    /// <summary>The largest request body accepted (64 KiB: a request form is a few KiB).</summary>
    public const long MaxRequestBodyBytes = 64 * 1024;

    /// <summary>The rate-limit policy of request submissions.</summary>
    public const string SubmissionPolicy = "submission";

    /// <summary>The rate-limit policy of searches.</summary>
    public const string SearchPolicy = "search";

    /// <summary>Adds the body-size limits (Kestrel, forms) and the rate-limit policies.</summary>
    public static IServiceCollection AddPortalLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<KestrelServerOptions>(k => k.Limits.MaxRequestBodySize = MaxRequestBodyBytes);
        services.Configure<FormOptions>(o =>
        {
            o.MultipartBodyLengthLimit = MaxRequestBodyBytes;
            o.ValueLengthLimit = (int)MaxRequestBodyBytes;
            o.ValueCountLimit = 100;
        });
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(SubmissionPolicy, context => Window(context, configuration, "Submission", 10));
            o.AddPolicy(SearchPolicy, context => Window(context, configuration, "Search", 120));
            o.OnRejected = async (context, token) =>
            {
                context.HttpContext.Response.ContentType = "text/plain; charset=utf-8";
                await context.HttpContext.Response.WriteAsync("请求过于频繁，请稍后再试。", token);
            };
        });
        return services;
    }

    /// <summary>A fixed one-minute window per client address, with the permit count from configuration.</summary>
    public static RateLimitPartition<string> Window(HttpContext context, IConfiguration configuration, string name, int defaultPerMinute)
    {
        var permits = configuration.GetValue($"Portal:RateLimits:{name}PerMinute", defaultPerMinute);
        var client = context.Connection.RemoteIpAddress?.ToString() ?? "local";
        return RateLimitPartition.GetFixedWindowLimiter(client, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permits,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        });
    }
}
