using System.ComponentModel.DataAnnotations;
using Gongkai.Domain;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gongkai.Web.Requests;

/// <summary>A short answer of the API in Chinese.</summary>
/// <param name="Message">The message.</param>
public sealed record ApiMessage(string Message);

/// <summary>The request endpoints: submit online, and track with the access code.</summary>
public static class RequestsApi
{
    /// <summary>The header that carries the access code (never in the URL).</summary>
    public const string AccessCodeHeader = "X-Access-Code";

    /// <summary>The optional header that makes a retried submission return the first receipt.</summary>
    public const string IdempotencyHeader = "Idempotency-Key";

    /// <summary>Maps <c>POST /api/requests</c> and <c>GET /api/requests/{trackingNumber}</c>.</summary>
    public static void MapRequestsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/requests").WithTags("依申请公开");
        group.MapPost("/", SubmitAsync).RequireRateLimiting(PortalLimits.SubmissionPolicy)
            .WithSummary("提交政府信息公开申请（网络申请）");
        group.MapGet("/{trackingNumber}", TrackAsync).RequireRateLimiting(PortalLimits.SubmissionPolicy)
            .WithSummary("查询申请办理进度（须在 X-Access-Code 头中提供查询码）");
    }

    private static async Task<Results<Created<RequestReceipt>, ValidationProblem>> SubmitAsync(OnlineRequestForm form, HttpRequest http, OnlineRequestSubmission submission, CancellationToken cancellationToken)
    {
        var errors = Validate(form);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "申请内容不完整或格式不正确");
        }

        var key = http.Headers[IdempotencyHeader].ToString();
        if (key.Length > 100)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [IdempotencyHeader] = ["Idempotency-Key 不能超过100个字符。"] });
        }

        try
        {
            var receipt = await submission.SubmitAsync(form, key.Length > 0 ? "api:" + key : Guid.NewGuid().ToString("N"), cancellationToken);
            return TypedResults.Created($"/api/requests/{receipt.TrackingNumber}", receipt);
        }
        catch (RuleViolationException e)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [""] = [e.Message] }, title: "申请不符合条例的要求");
        }
    }

    private static async Task<Results<Ok<TrackedRequest>, NotFound<ApiMessage>>> TrackAsync(string trackingNumber, HttpRequest http, RequestTracking tracking, CancellationToken cancellationToken)
    {
        var found = await tracking.FindAsync(trackingNumber, http.Headers[AccessCodeHeader].ToString(), cancellationToken);
        return found is null ? TypedResults.NotFound(new ApiMessage("受理编号或查询码不正确。")) : TypedResults.Ok(found);
    }

    /// <summary>DataAnnotations validation of the form, errors keyed by camel-case field.</summary>
    public static Dictionary<string, string[]> Validate(OnlineRequestForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(form, new ValidationContext(form), results, validateAllProperties: true);
        results.AddRange(form.CrossFieldErrors());
        return results
            .SelectMany(r => (r.MemberNames.Any() ? r.MemberNames : [""]).Select(m => (Member: m, Message: r.ErrorMessage ?? "输入不正确。")))
            .GroupBy(x => x.Member.Length == 0 ? "" : char.ToLowerInvariant(x.Member[0]) + x.Member[1..])
            .ToDictionary(g => g.Key, g => g.Select(x => x.Message).Distinct().ToArray());
    }
}
