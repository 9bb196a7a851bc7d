using Gongkai.Data;
using Gongkai.Data.Officers;
using Gongkai.Domain;
using Gongkai.Domain.Calendar;
using Gongkai.Domain.Appeals;
using Gongkai.Web.Admin;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Pages.Admin.Appeals;

/// <summary>
/// Registers a 行政复议 or 行政诉讼 case (条例 第五十一条) against the handling of a request of the officer's subtree, found
/// by its tracking number; a request outside the subtree is not found (404).
/// </summary>
public sealed class RegisterModel(GongkaiDbContext db, SignedInOfficer officer, TimeProvider time) : PageModel
{
    /// <summary>类别.</summary>
    [BindProperty]
    public AppealKind Kind { get; set; }

    /// <summary>申请编号 of the request.</summary>
    [BindProperty(SupportsGet = true)]
    public string? TrackingNumber { get; set; }

    /// <summary>案号.</summary>
    [BindProperty]
    public string? CaseNumber { get; set; }

    /// <summary>提起日期.</summary>
    [BindProperty]
    [RecordedDate(RecordedDateKind.Procedure)]
    public DateOnly? FiledOn { get; set; }

    /// <summary>The preceding reconsideration's 案号 (复议后起诉, when Gongkai holds it).</summary>
    [BindProperty]
    public string? ReconsiderationCaseNumber { get; set; }

    /// <summary>Shows the form.</summary>
    public void OnGet()
    {
    }

    /// <summary>Registers the case.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var scope = await officer.ScopeAsync(cancellationToken);
        var number = (TrackingNumber ?? string.Empty).Trim();
        var request = await scope.Requests(db).FirstOrDefaultAsync(r => r.TrackingNumber == number, cancellationToken);
        if (request is null)
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (FiledOn is not { } filed)
        {
            ModelState.AddModelError(nameof(FiledOn), "请填写提起日期。");
            return Page();
        }

        var by = scope.By(time);
        Guid id;
        try
        {
            switch (Kind)
            {
                case AppealKind.Reconsideration:
                    var r = Reconsideration.File(Guid.NewGuid(), request, CaseNumber ?? string.Empty, filed, by);
                    db.Reconsiderations.Add(r);
                    id = r.Id;
                    break;
                case AppealKind.LitigationDirect:
                    var d = Litigation.FileDirectly(Guid.NewGuid(), request, CaseNumber ?? string.Empty, filed, by);
                    db.Litigations.Add(d);
                    id = d.Id;
                    break;
                default:
                    Reconsideration? preceding = null;
                    if (!string.IsNullOrWhiteSpace(ReconsiderationCaseNumber))
                    {
                        var rn = ReconsiderationCaseNumber.Trim();
                        preceding = await db.Reconsiderations.FirstOrDefaultAsync(x => x.RequestId == request.Id && x.CaseNumber == rn, cancellationToken)
                            ?? throw new RuleViolationException($"该申请没有案号为“{rn}”的行政复议记录。");
                    }

                    var a = Litigation.FileAfterReconsideration(Guid.NewGuid(), request, preceding, CaseNumber ?? string.Empty, filed, by);
                    db.Litigations.Add(a);
                    id = a.Id;
                    break;
            }

            await db.SaveChangesAsync(cancellationToken);
        }
        catch (RuleViolationException e)
        {
            ModelState.AddModelError(string.Empty, e.Message);
            return Page();
        }

        TempData["Success"] = "案件已登记。";
        return Redirect($"/Admin/Appeals/Case/{id}");
    }
}
