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
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Pages.Admin.Requests;

/// <summary>
/// One request (/Admin/Requests/{id}): the applicant (personal data shown only here), the event timeline, the deadline
/// proof, duplicates and the monthly count, linked appeals, and one form per action the state allows. A request
/// outside the officer's scope is answered with 404.
/// </summary>
public sealed class ShowModel(SignedInOfficer officer, GongkaiDbContext db, RequestDesk desk, RequestHandlingQueries queries, NoticeIssuer notices) : PageModel
{
    /// <summary>Roles that may handle requests.</summary>
    public static readonly string[] HandlingRoles = [OfficerRole.Officer, OfficerRole.Approver];

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

    /// <summary>Legal date of the action (defaults to today).</summary>
    [BindProperty] public DateOnly? On { get; set; }

    /// <summary>Officer to assign.</summary>
    [BindProperty] public Guid? OfficerId { get; set; }

    /// <summary>Text of the action: items to correct, reason, whom and what, opinion, grounds, method and evidence, papers, note.</summary>
    [BindProperty] public string? Text { get; set; }

    /// <summary>Working days: correction period, extension length, payment period.</summary>
    [BindProperty] public int? Days { get; set; }

    /// <summary>Consulted party.</summary>
    [BindProperty] public ConsultedParty? Party { get; set; }

    /// <summary>Fee in 元.</summary>
    [BindProperty] public decimal? AmountYuan { get; set; }

    /// <summary>第三十五条 reply date.</summary>
    [BindProperty] public DateOnly? Until { get; set; }

    /// <summary>Reply outcome.</summary>
    [BindProperty] public Outcome? Outcome { get; set; }

    /// <summary>Agency responsible (第三十六条第（五）项) or agency forwarded to.</summary>
    [BindProperty] public string? OtherAgency { get; set; }

    /// <summary>Its contact.</summary>
    [BindProperty] public string? Contact { get; set; }

    /// <summary>Whether to issue the action's notice (告知书) with it.</summary>
    [BindProperty] public bool Notice { get; set; }

    /// <summary>{答复内容} of the notice: how the information is provided, the search done, the payment method.</summary>
    [BindProperty] public string? ReplyContent { get; set; }

    /// <summary>{法律依据} of the notice (for 部分公开 and others the taxonomy does not default).</summary>
    [BindProperty] public string? LegalBasis { get; set; }

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

    /// <summary>分配承办人.</summary>
    public Task<IActionResult> OnPostAssignAsync(Guid id, CancellationToken ct) => ActAsync(id, async (r, clock, by) =>
    {
        var officers = await AssignableAsync(r.AgencyId, ct);
        var chosen = officers.FirstOrDefault(o => o.Id == OfficerId);
        if (chosen == default)
        {
            throw new RuleViolationException("请选择本机关的承办人。", "第四十五条");
        }

        r.AssignTo(chosen.Id, chosen.Name, by);
        return $"已分配给{chosen.Name}承办。";
    }, ct);

    /// <summary>登记申请材料.</summary>
    public Task<IActionResult> OnPostDocumentsAsync(Guid id, CancellationToken ct) => ActAsync(id, (r, clock, by) =>
    {
        r.RecordDocuments(Text ?? string.Empty, by);
        return Task.FromResult("已登记申请材料。");
    }, ct);

    /// <summary>确认收到申请之日 (第三十一条).</summary>
    public Task<IActionResult> OnPostConfirmAsync(Guid id, CancellationToken ct) => ActAsync(id, (r, clock, by) =>
    {
        r.ConfirmReceipt(Day, by);
        return Task.FromResult($"已确认收到申请之日为{ChineseDates.Format(Day)}。");
    }, ct);

    /// <summary>补正告知 (第三十条).</summary>
    public Task<IActionResult> OnPostCorrectionAsync(Guid id, CancellationToken ct) => ActAsync(id, (r, clock, by) =>
    {
        r.RequestCorrection(clock, Day, Text ?? string.Empty, Days, by);
        return WithNoticeAsync("已记录补正告知。", r, NoticeKind.CorrectionRequest, new NoticeFields
        {
            CorrectionItems = Text,
            CorrectionPeriod = Days is { } d ? $"自收到本告知书之日起{d}个工作日内" : null,
        }, by, ct);
    }, ct);

    /// <summary>收到补正 (第三十条).</summary>
    public Task<IActionResult> OnPostCorrectionReceivedAsync(Guid id, CancellationToken ct) => ActAsync(id, (r, clock, by) =>
    {
        r.ReceiveCorrection(clock, Day, by);
        return Task.FromResult("已记录收到补正，答复期限自收到补正之日起重新计算。");
    }, ct);

    /// <summary>逾期不补正 (第三十条).</summary>
    public Task<IActionResult> OnPostCorrectionLapsedAsync(Guid id, CancellationToken ct) => ActAsync(id, (r, clock, by) =>
    {
        r.RecordCorrectionLapsed(clock, Day, by);
        var period = r.Events.LastOrDefault(e => e.Kind == RequestEventKind.CorrectionRequested)?.WorkingDays;
        return WithNoticeAsync("已记录逾期不补正，视为放弃申请。", r, NoticeKind.CorrectionLapsed, new NoticeFields
        {
            CorrectionPeriod = period is { } d ? $"自收到补正告知书之日起{d}个工作日内" : "补正告知书所定期限",
        }, by, ct);
    }, ct);

    /// <summary>提议延长答复期限 (an officer).</summary>
    public Task<IActionResult> OnPostProposeExtensionAsync(Guid id, CancellationToken ct) => ActAsync(id, (r, clock, by) =>
    {
        r.ProposeExtension(clock, Day, Days ?? 0, Text ?? string.Empty, by);
        return Task.FromResult("已提出延期申请，待工作机构负责人批准。");
    }, ct);

    /// <summary>批准延长答复期限 (工作机构负责人, 第三十三条第二款).</summary>
    public Task<IActionResult> OnPostApproveExtensionAsync(Guid id, CancellationToken ct) => ActAsync(id, (r, clock, by) =>
    {
        EnsureApprover();
        if (r.HasPendingExtensionProposal && Days is null)
        {
            r.ApproveProposedExtension(clock, Day, Scope.DisplayName, by);
        }
        else
        {
            r.ApproveExtension(clock, Day, Days ?? 0, Scope.DisplayName, Text ?? string.Empty, by);
        }

        var approval = r.Events[^1];
        var due = r.Deadline(clock).DueOn;
        return WithNoticeAsync("已批准延长答复期限。", r, NoticeKind.Extension, new NoticeFields
        {
            Grounds = approval.Note,
            ExtensionPeriod = $"{approval.WorkingDays}个工作日" + (due is { } d ? $"，至{ChineseDates.Format(d)}" : string.Empty),
        }, by, ct);
    }, ct);

    /// <summary>不同意延期.</summary>
    public Task<IActionResult> OnPostDeclineExtensionAsync(Guid id, CancellationToken ct) => ActAsync(id, (r, clock, by) =>
    {
        EnsureApprover();
        r.DeclineExtension(by);
        return Task.FromResult("已退回延期申请。");
    }, ct);

    /// <summary>征求意见 (第三十二条、第三十四条).</summary>
    public Task<IActionResult> OnPostConsultationAsync(Guid id, CancellationToken ct) => ActAsync(id, (r, clock, by) =>
    {
        var party = Party ?? ConsultedParty.ThirdParty;
        r.StartConsultation(clock, Day, party, Text ?? string.Empty, by);
        const string done = "已记录征求意见，征求意见期间不计入答复期限。";
        return party == ConsultedParty.ThirdParty
            ? WithNoticeAsync(done, r, NoticeKind.ThirdPartyConsultation, new NoticeFields { ThirdParty = OtherAgency, Grounds = Text }, by, ct)
            : Task.FromResult(done);
    }, ct);

    /// <summary>征求意见结束.</summary>
    public Task<IActionResult> OnPostConsultationEndedAsync(Guid id, CancellationToken ct) => ActAsync(id, (r, clock, by) =>
    {
        r.EndConsultation(clock, Day, Text, by);
        return Task.FromResult("已记录征求意见结束，答复期限恢复计算。");
    }, ct);

    /// <summary>收费通知.</summary>
    public Task<IActionResult> OnPostFeeAsync(Guid id, CancellationToken ct) => ActAsync(id, (r, clock, by) =>
    {
        var fen = (long)Math.Round((AmountYuan ?? 0) * 100);
        r.SendFeeNotice(clock, Day, fen, Days, by);
        return WithNoticeAsync("已记录收费通知。", r, NoticeKind.FeeNotice, new NoticeFields
        {
            Grounds = Text,
            FeeAmountFen = fen,
            PaymentPeriod = Days is { } d ? $"收到本通知之日起{d}个工作日内" : null,
            Reply = ReplyContent,
        }, by, ct);
    }, ct);

    /// <summary>已缴费.</summary>
    public Task<IActionResult> OnPostFeePaidAsync(Guid id, CancellationToken ct) => ActAsync(id, (r, clock, by) =>
    {
        r.RecordFeePaid(clock, Day, by);
        return Task.FromResult("已记录缴费，答复期限恢复计算。");
    }, ct);

    /// <summary>逾期未缴费.</summary>
    public Task<IActionResult> OnPostFeeLapsedAsync(Guid id, CancellationToken ct) => ActAsync(id, (r, clock, by) =>
    {
        r.RecordFeeLapsed(clock, Day, by);
        var period = r.Events.LastOrDefault(e => e.Kind == RequestEventKind.FeeNoticeSent)?.WorkingDays;
        return WithNoticeAsync("已记录逾期未缴费，不再处理该申请。", r, NoticeKind.FeeLapsed, new NoticeFields
        {
            PaymentPeriod = period is { } d ? $"收到收费通知之日起{d}个工作日内" : "收费通知所定期限",
        }, by, ct);
    }, ct);

    /// <summary>延迟答复 (第三十五条).</summary>
    public Task<IActionResult> OnPostDelayAsync(Guid id, CancellationToken ct) => ActAsync(id, (r, clock, by) =>
    {
        if (Until is not { } until)
        {
            throw new RuleViolationException("请填写延迟答复的期限（第三十五条）。", "第三十五条");
        }

        r.SetDelayedReply(clock, Day, until, Text ?? string.Empty, by);
        return WithNoticeAsync($"已确定延迟答复期限至{ChineseDates.Format(until)}。", r, NoticeKind.DelayedReply, new NoticeFields
        {
            Grounds = Text,
            DelayedUntil = ChineseDates.Format(until),
        }, by, ct);
    }, ct);

    /// <summary>答复 (第三十六条至第三十九条).</summary>
    public Task<IActionResult> OnPostReplyAsync(Guid id, CancellationToken ct) => ActAsync(id, (r, clock, by) =>
    {
        if (Outcome is not { } outcome)
        {
            throw new RuleViolationException("请选择答复结果（第三十六条）。", "第三十六条");
        }

        if (outcome == Domain.Requests.Outcome.UnavailableNotThisAgency)
        {
            r.ReplyNotThisAgency(clock, Day, Text ?? string.Empty, OtherAgency, Contact, by);
        }
        else
        {
            r.Reply(clock, Day, outcome, Text, by);
        }

        var reply = ReplyContent;
        if (string.IsNullOrWhiteSpace(reply) && outcome == Domain.Requests.Outcome.UnavailableNotThisAgency && !string.IsNullOrWhiteSpace(OtherAgency))
        {
            reply = OtherAgency.Trim() + (string.IsNullOrWhiteSpace(Contact) ? string.Empty : $"，联系方式：{Contact.Trim()}");
        }

        return WithNoticeAsync($"已答复：{OutcomeTaxonomy.ChineseName(outcome)}。", r, NoticeKinds.For(outcome),
            new NoticeFields { Reply = reply, Grounds = Text, LegalBasis = LegalBasis }.ForOutcome(outcome), by, ct);
    }, ct);

    /// <summary>内部转送记录.</summary>
    public Task<IActionResult> OnPostForwardAsync(Guid id, CancellationToken ct) => ActAsync(id, (r, clock, by) =>
    {
        r.RecordForwarding(Day, OtherAgency ?? string.Empty, Text, by);
        return Task.FromResult("已记录内部转送。仍须依第三十六条第（五）项答复申请人。");
    }, ct);

    /// <summary>送达.</summary>
    public Task<IActionResult> OnPostDeliverAsync(Guid id, CancellationToken ct) => ActAsync(id, (r, clock, by) =>
    {
        r.RecordDelivery(clock, Day, Text ?? string.Empty, by);
        return Task.FromResult("已记录送达。");
    }, ct);

    /// <summary>归档 (第四十五条).</summary>
    public Task<IActionResult> OnPostArchiveAsync(Guid id, CancellationToken ct) => ActAsync(id, (r, clock, by) =>
    {
        r.Archive(clock, Day, by);
        return Task.FromResult("已归档。");
    }, ct);

    /// <summary>The outcomes an officer can reply with, grouped as table 三 groups them.</summary>
    public static IEnumerable<IGrouping<string, Outcome>> ReplyOutcomes() =>
        Enum.GetValues<Outcome>()
            .Where(o => o is not (Domain.Requests.Outcome.OtherCorrectionLapsed or Domain.Requests.Outcome.OtherFeeLapsed))
            .GroupBy(o => OutcomeTaxonomy.RowPath2021(o)[1]);

    private DateOnly Day => On ?? Today;

    /// <summary>Issues the action's notice when asked (saved with the action, or refused with it), and says so.</summary>
    private async Task<string> WithNoticeAsync(string done, DisclosureRequest request, NoticeKind kind, NoticeFields fields, RecordedBy by, CancellationToken cancellationToken)
    {
        if (!Notice)
        {
            return done;
        }

        var notice = await notices.IssueAsync(request, kind, fields with { IssuedOn = Day }, by, cancellationToken);
        return $"{done}已生成{NoticeKinds.ChineseName(kind)}（{notice.DocumentNumber}）。";
    }

    private void EnsureApprover()
    {
        if (!CanApprove)
        {
            throw new RuleViolationException("延长答复期限须经政府信息公开工作机构负责人（审核人）同意（第三十三条第二款）；经办人只能提出延期申请。", "第三十三条第二款");
        }
    }

    private async Task<IActionResult> ActAsync(Guid id, Func<DisclosureRequest, StatutoryClock, RecordedBy, Task<string>> action, CancellationToken cancellationToken)
    {
        Scope = await officer.ScopeAsync(cancellationToken);
        Today = desk.Today;
        var request = await desk.FindAsync(Scope, id, tracked: true, cancellationToken);
        if (request is null)
        {
            return NotFound();
        }

        try
        {
            if (!CanHandle)
            {
                throw new RuleViolationException("办理申请须具有“经办人”或“审核人”角色。");
            }

            var clock = await desk.ClockAsync(cancellationToken);
            var success = await action(request, clock, desk.By(Scope));
            await db.SaveChangesAsync(cancellationToken);
            TempData["Success"] = success;
            return RedirectToPage("/Admin/Requests/Show", new { id });
        }
        catch (RuleViolationException refusal)
        {
            ModelState.AddModelError(string.Empty, refusal.Message);
            db.ChangeTracker.Clear();
            await LoadAsync(id, cancellationToken);
            return Page();
        }
    }

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
        Officers = await AssignableAsync(request.AgencyId, cancellationToken);
        Notices = await notices.NoticesOfAsync(id, cancellationToken);
        History = await db.AuditEntries.AsNoTracking()
            .Where(e => e.SubjectId == id && e.EntityType == nameof(DisclosureRequest))
            .OrderByDescending(e => e.Id).Take(50).ToListAsync(cancellationToken);
        return true;
    }

    private async Task<IReadOnlyList<(Guid Id, string Name)>> AssignableAsync(Guid agencyId, CancellationToken cancellationToken)
    {
        var accounts = await db.Set<OfficerAccount>().AsNoTracking()
            .Where(a => a.AgencyId == agencyId || a.Id == Scope.UserId)
            .OrderBy(a => a.DisplayName)
            .Select(a => new { a.Id, a.DisplayName, a.UserName })
            .ToListAsync(cancellationToken);
        return accounts.Select(a => (a.Id, $"{a.DisplayName}（{a.UserName}）")).ToList();
    }
}
