using System.Globalization;
using System.Threading.RateLimiting;
using Gongkai.Web.Hosting;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace Gongkai.Web.Hosting;

/// <summary>What a rate-limited request is for; each purpose has its own budget per client address (docs/security.md).</summary>
public enum RatePurpose
{
    /// <summary>Reading a page or searching the catalogue (<c>Portal:RateLimits:ReadPerMinute</c>, default 120).</summary>
    Read,

    /// <summary>Looking a request up with its access code (<c>Portal:RateLimits:LookupPerMinute</c>, default 10): guessing codes is slowed down.</summary>
    Lookup,

    /// <summary>Submitting a request (<c>Portal:RateLimits:SubmissionPerMinute</c>, default 10).</summary>
    Submission,
}

/// <summary>
/// The purpose of the requests to a page or endpoint under <see cref="PortalLimits.Policy"/>. On a page, GET and
/// HEAD (opening the form) are reads, other methods count as <see cref="Purpose"/>; an API endpoint counts every
/// request as its purpose.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
public sealed class RatePurposeAttribute(RatePurpose purpose) : Attribute
{
    /// <summary>The purpose of posts (and of every request when <see cref="ReadsOnGet"/> is false).</summary>
    public RatePurpose Purpose { get; } = purpose;

    /// <summary>Whether GET and HEAD count as reads (pages: opening a form is a read).</summary>
    public bool ReadsOnGet { get; init; } = true;
}

/// <summary>Size and rate limits of the public portal (configurable under <c>Portal:RateLimits</c>).</summary>
public static class PortalLimits
{
    /// <summary>The largest request body accepted (64 KiB: a request form is a few KiB).</summary>
    public const long MaxRequestBodyBytes = 64 * 1024;

    /// <summary>The rate-limit policy of the portal: the budget is chosen by <see cref="RatePurposeAttribute"/>.</summary>
    public const string Policy = "portal";

    /// <summary>A policy that counts every request as a submission (kept for endpoints that name it).</summary>
    public const string SubmissionPolicy = "submission";

    /// <summary>A policy that counts every request as a read (kept for endpoints that name it).</summary>
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
        var permits = new Dictionary<RatePurpose, int>
        {
            [RatePurpose.Read] = configuration.GetValue<int?>("Portal:RateLimits:ReadPerMinute") ?? configuration.GetValue("Portal:RateLimits:SearchPerMinute", 120),
            [RatePurpose.Lookup] = configuration.GetValue("Portal:RateLimits:LookupPerMinute", 10),
            [RatePurpose.Submission] = configuration.GetValue("Portal:RateLimits:SubmissionPerMinute", 10),
        };
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(Policy, context => Window(context, PurposeOf(context), permits));
            o.AddPolicy(SubmissionPolicy, context => Window(context, RatePurpose.Submission, permits));
            o.AddPolicy(SearchPolicy, context => Window(context, RatePurpose.Read, permits));
            o.OnRejected = RejectAsync;
        });
        return services;
    }

    /// <summary>
    /// Refuses with 413 a request whose declared length exceeds its endpoint's limit (<c>[RequestSizeLimit]</c>) or
    /// <see cref="MaxRequestBodyBytes"/>, before anything reads the body — on every server (Kestrel also stops longer
    /// streamed bodies itself). Place after routing.
    /// </summary>
    public static IApplicationBuilder UseRequestBodyLimit(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            var declared = context.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>();
            var limit = declared is null ? MaxRequestBodyBytes : declared.MaxRequestBodySize;
            if (context.Request.ContentLength > limit)
            {
                context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
                return Task.CompletedTask;
            }

            return next(context);
        });

    /// <summary>Limits an endpoint under <see cref="Policy"/>, every request counted as <paramref name="purpose"/>.</summary>
    public static TBuilder LimitedAs<TBuilder>(this TBuilder builder, RatePurpose purpose)
        where TBuilder : IEndpointConventionBuilder =>
        builder.RequireRateLimiting(Policy).WithMetadata(new RatePurposeAttribute(purpose) { ReadsOnGet = false });

    /// <summary>The purpose of a request: its endpoint's <see cref="RatePurposeAttribute"/> and its method.</summary>
    public static RatePurpose PurposeOf(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var declared = context.GetEndpoint()?.Metadata.GetMetadata<RatePurposeAttribute>();
        if (declared is null)
        {
            return RatePurpose.Read;
        }

        var safe = HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method);
        return safe && declared.ReadsOnGet ? RatePurpose.Read : declared.Purpose;
    }

    /// <summary>A fixed one-minute window per purpose and client address.</summary>
    private static RateLimitPartition<string> Window(HttpContext context, RatePurpose purpose, IReadOnlyDictionary<RatePurpose, int> permits)
    {
        var client = context.Connection.RemoteIpAddress?.ToString() ?? "local";
        return RateLimitPartition.GetFixedWindowLimiter($"{purpose}|{client}", _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = Math.Max(1, permits[purpose]),
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        });
    }

    private static async ValueTask RejectAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var http = context.HttpContext;
        var seconds = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)) : 60;
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        var message = PurposeOf(http) switch
        {
            RatePurpose.Lookup => $"查询过于频繁，请在{seconds}秒后再试。",
            RatePurpose.Submission => $"提交过于频繁，请在{seconds}秒后再试。",
            _ => $"请求过于频繁，请在{seconds}秒后再试。",
        };
        if (ApiProblems.IsApi(http))
        {
            await ApiProblems.Problem(StatusCodes.Status429TooManyRequests, message).ExecuteAsync(http);
            return;
        }

        http.Response.ContentType = "text/html; charset=utf-8";
        await http.Response.WriteAsync(
            $"<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>请求过于频繁 - 政府信息公开</title>" +
            $"<link rel=\"stylesheet\" href=\"/css/site.css\"></head><body><main><h1>请求过于频繁</h1><p>{message}</p>" +
            "<p><a href=\"/\">返回首页</a></p></main></body></html>",
            cancellationToken);
    }
}
