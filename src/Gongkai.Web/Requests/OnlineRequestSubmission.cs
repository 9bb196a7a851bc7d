using Gongkai.Data;
using Gongkai.Data.Calendar;
using Gongkai.Domain.Calendar;
using Gongkai.Domain.Requests;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Requests;

/// <summary>
/// Registers an online request (网络申请, 第二十九条) from the form or the API. The receipt is returned only after the
/// request is committed; the submission token makes a repeated submit (double click, retry) of the same content
/// return the same receipt instead of a second request, and refuses the token with other content
/// (<see cref="SubmissionFingerprint"/>).
/// </summary>
public sealed class OnlineRequestSubmission(GongkaiDbContext db, AccessCodes codes, TimeProvider time, ILogger<OnlineRequestSubmission> logger)
{
    /// <summary>The actor recorded for online submissions.</summary>
    public const string Actor = "网上申请";

    /// <summary>Submits the form (already validated) under the token; returns the receipt.</summary>
    /// <exception cref="Domain.RuleViolationException">The domain refused the request.</exception>
    /// <exception cref="SubmissionKeyReusedException">The token was used before for different content.</exception>
    public async Task<RequestReceipt> SubmitAsync(OnlineRequestForm form, string submissionToken, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentException.ThrowIfNullOrWhiteSpace(submissionToken);
        var id = codes.RequestIdFor(submissionToken);
        var applicant = new Applicant(form.ApplicantKind!.Value, form.Name!, form.IdentityNumber, form.Phone, form.Email, form.Address);
        var formRequested = $"{form.Form}；{form.Manner}";
        var fingerprint = SubmissionFingerprint.Of(form.AgencyId!.Value, applicant, form.Description!, formRequested);
        if (await db.DisclosureRequests.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken) is { } earlier)
        {
            return await ReplayAsync(earlier, fingerprint, cancellationToken);
        }

        var agency = await db.Agencies.AsNoTracking().FirstOrDefaultAsync(a => a.Id == form.AgencyId, cancellationToken)
            ?? throw new Domain.RuleViolationException("所选受理机关不存在。");
        var now = time.GetUtcNow();
        var today = ChinaDate(now);
        var request = DisclosureRequest.Register(
            id, agency.Id, AccessCodes.TrackingNumberFor(id, today), SubmissionChannel.Online, applicant,
            form.Description!, formRequested, today, new RecordedBy(Actor, now.UtcDateTime));
        db.DisclosureRequests.Add(request);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            var stored = await db.DisclosureRequests.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
            if (stored is null)
            {
                throw;
            }

            return await ReplayAsync(stored, fingerprint, cancellationToken);
        }

        logger.LogInformation("Online request {TrackingNumber} registered for agency {AgencyId}", request.TrackingNumber, agency.Id);
        return await ReceiptAsync(request, replayed: false, cancellationToken);
    }

    /// <summary>The legal date (Asia/Shanghai, UTC+8 without daylight saving) of an instant.</summary>
    public static DateOnly ChinaDate(DateTimeOffset instant) => DateOnly.FromDateTime(instant.UtcDateTime.AddHours(8));

    private async Task<RequestReceipt> ReplayAsync(DisclosureRequest earlier, SubmissionFingerprint fingerprint, CancellationToken cancellationToken)
    {
        if (SubmissionFingerprint.Of(earlier) != fingerprint)
        {
            logger.LogWarning("Submission key reused with different content (request {RequestId})", earlier.Id);
            throw new SubmissionKeyReusedException();
        }

        return await ReceiptAsync(earlier, replayed: true, cancellationToken);
    }

    private async Task<RequestReceipt> ReceiptAsync(DisclosureRequest request, bool replayed, CancellationToken cancellationToken)
    {
        var clock = new StatutoryClock(await new CalendarStore(db, time).LoadAsync(cancellationToken));
        var proof = request.Deadline(clock);
        var pending = request.Status(clock) == RequestStatus.AwaitingConfirmation;
        var agencyName = await db.Agencies.Where(a => a.Id == request.AgencyId).Select(a => a.Name).FirstAsync(cancellationToken);
        return new RequestReceipt(
            request.TrackingNumber, codes.CodeFor(request.TrackingNumber), agencyName, request.SubmittedOn,
            pending ? null : proof.ReceivedOn, pending ? "pendingConfirmation" : "received", proof.DueOn, replayed);
    }
}
