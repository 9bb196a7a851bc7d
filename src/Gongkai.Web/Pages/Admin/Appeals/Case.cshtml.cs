using Gongkai.Data;
using Gongkai.Data.Officers;
using Gongkai.Domain;
using Gongkai.Domain.Calendar;
using Gongkai.Domain.Appeals;
using Gongkai.Domain.Requests;
using Gongkai.Web.Admin;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Pages.Admin.Appeals;

/// <summary>
/// One 行政复议 or 行政诉讼 case: its stages (进展), its decision (维持 / 纠正 / 其他; 尚未审结 until recorded) and the
/// correction of a recorded decision with a reason. A case outside the officer's subtree is not found (404).
/// </summary>
public sealed class CaseModel(GongkaiDbContext db, SignedInOfficer officer, ScopedRecords records, TimeProvider time) : PageModel
{
    /// <summary>The reconsideration shown, when it is one.</summary>
    public Reconsideration? Reconsideration { get; private set; }

    /// <summary>The litigation shown, when it is one.</summary>
    public Litigation? Litigation { get; private set; }

    /// <summary>申请编号 of the request.</summary>
    public string TrackingNumber { get; private set; } = string.Empty;

    /// <summary>进展.</summary>
    [BindProperty]
    public string? StageName { get; set; }

    /// <summary>进展日期.</summary>
    [BindProperty]
    [RecordedDate(RecordedDateKind.Procedure)]
    public DateOnly? StageOn { get; set; }

    /// <summary>说明.</summary>
    [BindProperty]
    public string? StageNote { get; set; }

    /// <summary>结果.</summary>
    [BindProperty]
    public AppealResult Result { get; set; } = AppealResult.Upheld;

    /// <summary>决定/裁判日期.</summary>
    [BindProperty]
    [RecordedDate(RecordedDateKind.Procedure)]
    public DateOnly? DecidedOn { get; set; }

    /// <summary>更正理由.</summary>
    [BindProperty]
    public string? Reason { get; set; }

    /// <summary>Shows the case.</summary>
    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await Load(id, cancellationToken) ? Page() : NotFound();

    /// <summary>Records a stage.</summary>
    public Task<IActionResult> OnPostStageAsync(Guid id, CancellationToken cancellationToken) =>
        Act(id, by =>
        {
            var on = StageOn ?? throw new RuleViolationException("请填写进展日期。");
            Reconsideration?.RecordStage(StageName ?? string.Empty, on, StageNote, by);
            Litigation?.RecordStage(StageName ?? string.Empty, on, StageNote, by);
        }, "进展已记录。", cancellationToken);

    /// <summary>Records the decision.</summary>
    public Task<IActionResult> OnPostDecideAsync(Guid id, CancellationToken cancellationToken) =>
        Act(id, by =>
        {
            var on = DecidedOn ?? throw new RuleViolationException("请填写决定或裁判日期。");
            Reconsideration?.Decide(Result, on, by);
            Litigation?.Decide(Result, on, by);
        }, "结果已记录。", cancellationToken);

    /// <summary>Corrects the decision with a reason.</summary>
    public Task<IActionResult> OnPostCorrectAsync(Guid id, CancellationToken cancellationToken) =>
        Act(id, by =>
        {
            Reconsideration?.CorrectDecision(Result, DecidedOn, Reason ?? string.Empty, by);
            Litigation?.CorrectDecision(Result, DecidedOn, Reason ?? string.Empty, by);
        }, "结果已更正。", cancellationToken);

    private async Task<IActionResult> Act(Guid id, Action<RecordedBy> action, string success, CancellationToken cancellationToken)
    {
        if (!await Load(id, cancellationToken))
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var scope = await officer.ScopeAsync(cancellationToken);
        try
        {
            action(scope.By(time));
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (RuleViolationException e)
        {
            ModelState.AddModelError(string.Empty, e.Message);
            db.ChangeTracker.Clear();
            await Load(id, cancellationToken);
            return Page();
        }

        TempData["Success"] = success;
        return Redirect($"/Admin/Appeals/Case/{id}");
    }

    private async Task<bool> Load(Guid id, CancellationToken cancellationToken)
    {
        Reconsideration = await (await records.ReconsiderationsAsync(cancellationToken)).FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        Litigation = Reconsideration is null
            ? await (await records.LitigationsAsync(cancellationToken)).FirstOrDefaultAsync(l => l.Id == id, cancellationToken)
            : null;
        var requestId = Reconsideration?.RequestId ?? Litigation?.RequestId;
        if (requestId is null)
        {
            return false;
        }

        TrackingNumber = await db.DisclosureRequests.IgnoreAutoIncludes().Where(r => r.Id == requestId).Select(r => r.TrackingNumber).FirstAsync(cancellationToken);
        return true;
    }
}
