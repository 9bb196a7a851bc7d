using Gongkai.Data;
using Gongkai.Data.AuditTrail;
using Gongkai.Data.Notices;
using Gongkai.Data.Officers;
using Gongkai.Data.Requests;
using Gongkai.Domain;
using Gongkai.Domain.Appeals;
using Gongkai.Domain.Calendar;
using Gongkai.Domain.Notices;
using Gongkai.Domain.Requests;
using Gongkai.Web.Admin;
using Gongkai.Web.Requests;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Pages.Admin.Requests;

/// <summary>
/// One request (/Admin/Requests/{id}): the applicant (personal data shown only here), the event timeline, the deadline
/// proof, duplicates and the monthly count, linked appeals, and one form per action the state allows. A request
/// outside the officer's scope is answered with 404.
/// </summary>
public sealed class ShowModel(SignedInOfficer officer, GongkaiDbContext db, RequestDesk desk, RequestHandlingQueries queries, NoticeIssuer notices, RequestHandling handling) : PageModel
{
    /// <summary>Roles that may handle requests.</summary>
    public static readonly string[] HandlingRoles = RequestHandling.HandlingRoles;

    /// <summary>The officer's scope.</summary>
    public AdminScope Scope { get; private set; } = null!;

    /// <summary>The request.</summary>
    public DisclosureRequest Item { get; private set; } = null!;

    /// <summary>Name of the agency asked.</summary>
    public string AgencyName { get; private set; } = string.Empty;

    /// <summary>Where it stands.</summary>
    public RequestStatus Status { get; private set; }

    /// <summary>The deadline and its proof; null when the log cannot be read by the clock.</summary>
    public DeadlineProof? Proof { get; private set; }

    /// <summary>The queue line (badges).</summary>
    public RequestQueueRow Row { get; private set; } = null!;

    /// <summary>Actions the state allows.</summary>
    public IReadOnlySet<RequestAction> Allowed { get; private set; } = new HashSet<RequestAction>();

    /// <summary>Similar requests of the same applicant (第三十六条第（六）项).</summary>
    public IReadOnlyList<DuplicateCandidate> Duplicates { get; private set; } = [];

    /// <summary>The applicant's monthly count (国办函〔2020〕109号 第四条).</summary>
    public ApplicantMonth Month { get; private set; } = null!;

    /// <summary>Linked reconsiderations.</summary>
    public IReadOnlyList<Reconsideration> Reconsiderations { get; private set; } = [];

    /// <summary>Linked lawsuits.</summary>
    public IReadOnlyList<Litigation> Litigations { get; private set; } = [];

    /// <summary>Officers the request can be assigned to.</summary>
    public IReadOnlyList<(Guid Id, string Name)> Officers { get; private set; } = [];

    /// <summary>Internal changes (assignment, papers, proposals) from the audit trail.</summary>
    public IReadOnlyList<AuditEntry> History { get; private set; } = [];

    /// <summary>Today (Asia/Shanghai).</summary>
    public DateOnly Today { get; private set; }

    /// <summary>Whether the officer may act on requests.</summary>
    public bool CanHandle => Scope.IsInAny(HandlingRoles);

    /// <summary>Whether the officer may approve extensions (工作机构负责人).</summary>
    public bool CanApprove => Scope.IsIn(OfficerRole.Approver);

    /// <summary>Whether an appeal corrected (纠正) the reply.</summary>
    public bool CorrectedByAppeal =>
        Reconsiderations.Any(r => r.Result == AppealResult.Corrected) || Litigations.Any(l => l.Result == AppealResult.Corrected);

    /// <summary>The form posted (its handler name), so a refused form shows what was typed and the messages beside its fields.</summary>
    public string? PostedForm { get; private set; }

    /// <summary>The notices issued on the request.</summary>
    public IReadOnlyList<IssuedNotice> Notices { get; private set; } = [];

    /// <summary>Downloads a notice of the request as DOCX or PDF (scoped like the request: 404 outside the scope).</summary>
    public async Task<IActionResult> OnGetNoticeAsync(Guid id, Guid noticeId, string format, CancellationToken cancellationToken)
    {
        Scope = await officer.ScopeAsync(cancellationToken);
        if (await desk.FindAsync(Scope, id, tracked: false, cancellationToken) is null)
        {
            return NotFound();
        }

        var notice = await notices.FindAsync(noticeId, cancellationToken);
        if (notice is null || notice.RequestId != id)
        {
            return NotFound();
        }

        var name = $"{NoticeKinds.ChineseName(notice.Kind)}-{notice.NumberYear}-{notice.NumberSequence}";
        return format switch
        {
            "docx" => File(notice.Docx, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", name + ".docx"),
            "pdf" when notice.Pdf is { } pdf => File(pdf, "application/pdf", name + ".pdf"),
            _ => NotFound(),
        };
    }

    /// <summary>Loads the page.</summary>
    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    /// <summary>
    /// Every action form (<c>?handler=Reply</c>, …): binds the form's typed <see cref="RequestStep"/>; a field that
    /// does not bind (an impossible date, a number that is none) is refused beside the field and nothing is written;
    /// otherwise <see cref="RequestHandling"/> applies it (PRG on success, the refusal on the page).
    /// </summary>
    public async Task<IActionResult> OnPostAsync(Guid id, string? handler, CancellationToken cancellationToken)
    {
        if (RequestStep.For(handler) is not { } step)
        {
            return NotFound();
        }

        PostedForm = handler;
        await TryUpdateModelAsync(step, step.GetType(), string.Empty);
        if (ModelState.IsValid)
        {
            Scope = await officer.ScopeAsync(cancellationToken);
            var result = await handling.ActAsync(Scope, id, step, cancellationToken);
            if (!result.Found)
            {
                return NotFound();
            }

            if (result.Success is { } success)
            {
                TempData["Success"] = success;
                return RedirectToPage("/Admin/Requests/Show", new { id });
            }

            ModelState.AddModelError(string.Empty, result.Refusal!);
        }

        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    /// <summary>The outcomes an officer can reply with, grouped as table 三 groups them.</summary>
    public static IEnumerable<IGrouping<string, Outcome>> ReplyOutcomes() =>
        Enum.GetValues<Outcome>()
            .Where(o => o is not (Domain.Requests.Outcome.OtherCorrectionLapsed or Domain.Requests.Outcome.OtherFeeLapsed))
            .GroupBy(o => OutcomeTaxonomy.RowPath2021(o)[1]);

    /// <summary>Whether the officer may take <paramref name="action"/> now.</summary>
    public bool Can(RequestAction action) => CanHandle && Allowed.Contains(action);

    /// <summary>What was typed in <paramref name="field"/> of the posted form <paramref name="form"/>, else <paramref name="fallback"/>.</summary>
    public string? Typed(string form, string field, string? fallback = null) =>
        string.Equals(PostedForm, form, StringComparison.OrdinalIgnoreCase) && ModelState.TryGetValue(field, out var entry) && entry.AttemptedValue is { } typed
            ? typed
            : fallback;

    /// <summary>The message beside <paramref name="field"/> of the posted form (empty when none).</summary>
    public IHtmlContent FieldError(string form, string field) =>
        ErrorOf(form, field) is { } message
            ? new HtmlContentBuilder().AppendHtml("<span class=\"error\" role=\"alert\">").Append(message).AppendHtml("</span>")
            : HtmlString.Empty;

    /// <summary>The message for <paramref name="field"/> of the posted form <paramref name="form"/> (null when none).</summary>
    public string? ErrorOf(string form, string field) =>
        string.Equals(PostedForm, form, StringComparison.OrdinalIgnoreCase) && ModelState.TryGetValue(field, out var entry) && entry.Errors.Count > 0
            ? string.Join(" ", entry.Errors.Select(e => e.ErrorMessage))
            : null;

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        Scope = await officer.ScopeAsync(cancellationToken);
        Today = desk.Today;
        var request = await desk.FindAsync(Scope, id, tracked: false, cancellationToken);
        if (request is null)
        {
            return false;
        }

        Item = request;
        var clock = await desk.ClockAsync(cancellationToken);
        Status = request.Status(clock);
        Row = RequestQueue.Row(request, clock, Today);
        try
        {
            Proof = request.Deadline(clock);
        }
        catch (RuleViolationException)
        {
            Proof = null;
        }

        Allowed = request.AllowedActions(clock);
        AgencyName = await db.Agencies.Where(a => a.Id == request.AgencyId).Select(a => a.Name).FirstAsync(cancellationToken);
        Duplicates = await queries.DuplicatesAsync(Scope.AgencyIds, request, cancellationToken: cancellationToken);
        Month = await queries.ApplicantMonthAsync(request, cancellationToken);
        Reconsiderations = await db.Reconsiderations.AsNoTracking().Where(r => r.RequestId == id).OrderBy(r => r.FiledOn).ToListAsync(cancellationToken);
        Litigations = await db.Litigations.AsNoTracking().Where(l => l.RequestId == id).OrderBy(l => l.FiledOn).ToListAsync(cancellationToken);
        Officers = await handling.AssignableAsync(Scope, request.AgencyId, cancellationToken);
        Notices = await notices.NoticesOfAsync(id, cancellationToken);
        History = await db.AuditEntries.AsNoTracking()
            .Where(e => e.SubjectId == id && e.EntityType == nameof(DisclosureRequest))
            .OrderByDescending(e => e.Id).Take(50).ToListAsync(cancellationToken);
        return true;
    }
}
