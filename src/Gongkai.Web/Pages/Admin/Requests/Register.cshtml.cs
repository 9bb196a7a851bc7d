using Gongkai.Data;
using Gongkai.Domain;
using Gongkai.Domain.Calendar;
using Gongkai.Domain.Requests;
using Gongkai.Web.Admin;
using Gongkai.Web.Requests;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Pages.Admin.Requests;

/// <summary>
/// 登记申请 (/Admin/Requests/Register): a request handed in at the office, sent by post, e-mail or fax (第二十九条),
/// with the papers received. Online requests come from the portal and wait in the queue as 待确认 (第三十一条第（三）项).
/// </summary>
public sealed class RegisterModel(SignedInOfficer officer, ScopedRecords records, GongkaiDbContext db, RequestDesk desk, AccessCodes codes) : PageModel
{
    /// <summary>The agencies the officer may register for.</summary>
    public IReadOnlyList<(Guid Id, string Name)> Agencies { get; private set; } = [];

    /// <summary>受理机关.</summary>
    [BindProperty] public Guid? AgencyId { get; set; }

    /// <summary>提交方式.</summary>
    [BindProperty] public SubmissionChannel Channel { get; set; } = SubmissionChannel.Post;

    /// <summary>申请人类型.</summary>
    [BindProperty] public ApplicantKind Kind { get; set; } = ApplicantKind.NaturalPerson;

    /// <summary>姓名或者名称.</summary>
    [BindProperty] public string? Name { get; set; }

    /// <summary>身份证明.</summary>
    [BindProperty] public string? IdentityNumber { get; set; }

    /// <summary>电话.</summary>
    [BindProperty] public string? Phone { get; set; }

    /// <summary>电子邮箱.</summary>
    [BindProperty] public string? Email { get; set; }

    /// <summary>通信地址.</summary>
    [BindProperty] public string? Address { get; set; }

    /// <summary>所需信息.</summary>
    [BindProperty] public string? Description { get; set; }

    /// <summary>获取方式.</summary>
    [BindProperty] public string? FormRequested { get; set; }

    /// <summary>提交日期 (for a registered letter: the day the agency signed for it).</summary>
    [BindProperty, RecordedDate(RecordedDateKind.Procedure)] public DateOnly? SubmittedOn { get; set; }

    /// <summary>Confirmation day for an ordinary letter, e-mail or fax, if already confirmed with the applicant.</summary>
    [BindProperty, RecordedDate(RecordedDateKind.Procedure)] public DateOnly? ConfirmedOn { get; set; }

    /// <summary>申请材料.</summary>
    [BindProperty] public string? Documents { get; set; }

    /// <summary>Today.</summary>
    public DateOnly Today { get; private set; }

    /// <summary>Shows the form.</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    /// <summary>Registers the request.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        var scope = await officer.ScopeAsync(cancellationToken);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        try
        {
            if (AgencyId is not { } agencyId || !scope.Covers(agencyId))
            {
                throw new RuleViolationException("请选择受理机关。");
            }

            if (Channel == SubmissionChannel.Online)
            {
                throw new RuleViolationException("网络申请由申请人在门户网站提交，请在申请队列中“待确认”的申请里确认（第三十一条第（三）项）。", "第三十一条");
            }

            var by = desk.By(scope);
            var submitted = SubmittedOn ?? Today;
            if (submitted > Today)
            {
                throw new RuleViolationException("提交日期不能晚于今天。");
            }

            var applicant = new Applicant(Kind, Name ?? string.Empty, IdentityNumber, Phone, Email, Address);
            var id = Guid.NewGuid();
            var request = DisclosureRequest.Register(id, agencyId, AccessCodes.TrackingNumberFor(id, submitted), Channel, applicant, Description ?? string.Empty, FormRequested, submitted, by);
            if (!string.IsNullOrWhiteSpace(Documents))
            {
                request.RecordDocuments(Documents, by);
            }

            if (ConfirmedOn is { } confirmed && Channel != SubmissionChannel.InPerson)
            {
                request.ConfirmReceipt(confirmed, by);
            }

            db.DisclosureRequests.Add(request);
            await db.SaveChangesAsync(cancellationToken);
            TempData["Success"] = $"已登记申请 {request.TrackingNumber}，申请人查询码：{codes.CodeFor(request.TrackingNumber)}。";
            return RedirectToPage("/Admin/Requests/Show", new { id });
        }
        catch (RuleViolationException refusal)
        {
            ModelState.AddModelError(string.Empty, refusal.Message);
            return Page();
        }
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var scope = await officer.ScopeAsync(cancellationToken);
        Today = desk.Today;
        var agencies = await (await records.AgenciesAsync(cancellationToken)).AsNoTracking().OrderBy(a => a.Code).Select(a => new { a.Id, a.Name }).ToListAsync(cancellationToken);
        Agencies = agencies.Select(a => (a.Id, a.Name)).ToList();
        AgencyId ??= scope.AgencyId ?? Agencies.FirstOrDefault().Id;
    }
}
