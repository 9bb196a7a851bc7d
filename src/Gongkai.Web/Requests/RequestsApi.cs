using System.ComponentModel.DataAnnotations;
using Gongkai.Domain;
using Gongkai.Web.Agencies;
using Gongkai.Web.Hosting;
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

    /// <summary>The optional header that makes a retried submission (same body) return the first receipt.</summary>
    public const string IdempotencyHeader = "Idempotency-Key";

    /// <summary>Maps <c>POST /api/requests</c> and <c>GET /api/requests/{trackingNumber}</c>.</summary>
    public static void MapRequestsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/requests").WithTags("依申请公开");
        group.MapPost("/", SubmitAsync).LimitedAs(RatePurpose.Submission)
            .WithSummary("提交政府信息公开申请（网络申请）")
            .WithDescription("可在 Idempotency-Key 头中提供幂等键：同一键、同一内容的重试返回第一次的回执（replayed: true）；同一键、不同内容返回 409。");
        group.MapGet("/{trackingNumber}", TrackAsync).LimitedAs(RatePurpose.Lookup)
            .WithSummary("查询申请办理进度（须在 X-Access-Code 头中提供查询码）");
    }

    private static async Task<Results<Created<RequestReceipt>, ValidationProblem, ProblemHttpResult>> SubmitAsync(
        OnlineRequestForm form, HttpRequest http, AgencyDirectory agencies, OnlineRequestSubmission submission, CancellationToken cancellationToken)
    {
        var errors = Validate(form);
        if (errors.Count > 0)
        {
            return ApiProblems.Validation(errors, "申请内容不完整或格式不正确");
        }

        if (await agencies.FindAsync(form.AgencyId!.Value, cancellationToken) is null)
        {
            return ApiProblems.Field("agencyId", "所选受理机关不存在，请从 /api/agencies 中选择。");
        }

        var key = http.Headers[IdempotencyHeader].ToString();
        if (key.Length > 100)
        {
            return ApiProblems.Field(IdempotencyHeader, "Idempotency-Key 不能超过100个字符。");
        }

        try
        {
            var receipt = await submission.SubmitAsync(form, key.Length > 0 ? "api:" + key : Guid.NewGuid().ToString("N"), cancellationToken);
            return TypedResults.Created($"/api/requests/{receipt.TrackingNumber}", receipt);
        }
        catch (SubmissionKeyReusedException e)
        {
            return ApiProblems.Problem(StatusCodes.Status409Conflict, e.Message);
        }
        catch (RuleViolationException e)
        {
            return ApiProblems.Validation(new Dictionary<string, string[]> { [""] = [e.Message] }, "申请不符合条例的要求");
        }
    }

    private static async Task<Results<Ok<TrackedRequest>, ProblemHttpResult>> TrackAsync(string trackingNumber, HttpRequest http, RequestTracking tracking, CancellationToken cancellationToken)
    {
        var found = await tracking.FindAsync(trackingNumber, http.Headers[AccessCodeHeader].ToString(), cancellationToken);
        return found is null ? ApiProblems.Problem(StatusCodes.Status404NotFound, "受理编号或查询码不正确。") : TypedResults.Ok(found);
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
