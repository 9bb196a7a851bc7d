using System.Threading.RateLimiting;

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
