using Gongkai.Data;
using Gongkai.Data.Calendar;
using Gongkai.Domain.Calendar;
using Gongkai.Domain.Requests;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Requests;

/// <summary>One step of a request as the applicant sees it.</summary>
public sealed record TrackedStep(DateOnly On, string Kind, string Text, string? Article);

/// <summary>What the applicant sees of a request: no personal data beyond what they typed themselves is needed.</summary>
public sealed record TrackedRequest(
    string TrackingNumber, string AgencyName, string Status, string StatusCode, DateOnly SubmittedOn, DateOnly? ReceivedOn,
    DateOnly? DueOn, IReadOnlyList<TrackedStep> Steps, IReadOnlyList<ProofStep> DeadlineProof, IReadOnlyList<string> Warnings, string? Outcome);

/// <summary>Looks a request up for its applicant: the tracking number and the access code are both required.</summary>
public sealed class RequestTracking(GongkaiDbContext db, AccessCodes codes, TimeProvider time)
{
    /// <summary>
    /// How long a node answers look-ups with the working-day calendar it already holds before it checks the holiday
    /// notices again (<see cref="CalendarStore.LoadAsync(TimeSpan, CancellationToken)"/>): the bound after which a
    /// calendar import made on another node (or by <c>gongkai calendar import</c>) shows in tracking; an import on
    /// this node shows at once.
    /// </summary>
    public static readonly TimeSpan CalendarRecheck = TimeSpan.FromSeconds(5);

    /// <summary>The request, or null when the number is unknown or the code is wrong (the caller cannot tell which).</summary>
    public async Task<TrackedRequest?> FindAsync(string? trackingNumber, string? accessCode, CancellationToken cancellationToken = default)
    {
        var number = (trackingNumber ?? string.Empty).Trim().ToUpperInvariant();
        if (number.Length is 0 or > 40 || !codes.Verify(number, accessCode))
        {
            return null;
        }

        // One statement: the request, its events (auto-included, put in recorded order by the event log) and the
        // agency's name.
        var found = await db.DisclosureRequests.AsNoTracking()
            .Where(r => r.TrackingNumber == number)
            .Select(r => new { Request = r, AgencyName = db.Agencies.Where(a => a.Id == r.AgencyId).Select(a => a.Name).FirstOrDefault() })
            .FirstOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            return null;
        }

        var request = found.Request;
        var clock = new StatutoryClock(await new CalendarStore(db, time).LoadAsync(CalendarRecheck, cancellationToken));
        var proof = request.Deadline(clock);
        var status = request.Status(clock);
        var steps = request.Events.Select(e => new TrackedStep(e.LegalDate, e.Kind.ToString(), StepText(e.Kind), e.Article)).ToList();
        return new TrackedRequest(
            request.TrackingNumber, found.AgencyName ?? string.Empty, status.ChineseName(), status.ToString(), request.SubmittedOn,
            status == RequestStatus.AwaitingConfirmation ? null : proof.ReceivedOn, proof.DueOn, steps, proof.Steps, proof.Warnings,
            request.Outcome is { } outcome ? OutcomeTaxonomy.ChineseName(outcome) : null);
    }

    /// <summary>The step in Chinese.</summary>
    public static string StepText(RequestEventKind kind) => kind switch
    {
        RequestEventKind.Submitted => "提交申请",
        RequestEventKind.ReceiptConfirmed => "确认收到申请",
        RequestEventKind.CorrectionRequested => "告知补正",
        RequestEventKind.CorrectionReceived => "收到补正后的申请",
        RequestEventKind.CorrectionLapsed => "逾期未补正，视为放弃申请",
        RequestEventKind.ExtensionApproved => "延长答复期限",
        RequestEventKind.ConsultationStarted => "征求意见（期间不计入答复期限）",
        RequestEventKind.ConsultationEnded => "征求意见结束",
        RequestEventKind.FeeNoticeSent => "发出收费通知",
        RequestEventKind.FeePaid => "已缴纳信息处理费",
        RequestEventKind.FeeLapsed => "逾期未缴费，不再处理",
        RequestEventKind.DelayedReplySet => "确定延迟答复期限",
        RequestEventKind.Replied => "作出答复",
        RequestEventKind.Delivered => "答复已送达",
        RequestEventKind.Archived => "归档",
        _ => kind.ToString(),
    };
}
