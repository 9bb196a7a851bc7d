using Gongkai.Domain;
using Gongkai.Web.Admin;
using Gongkai.Web.Reports;
using Microsoft.AspNetCore.Mvc;

namespace Gongkai.Web.Pages.Admin.Reports;

/// <summary>
/// 年度报告: the report of the officer's agency for a year — its state, the statutory deadline with the days left
/// (条例 第四十九条), and "从数据开始编制".
/// </summary>
public sealed class IndexModel(SignedInOfficer officer, ReportWorkflow workflow) : ReportPageModel(officer, workflow)
{
    /// <summary>Where the report stands.</summary>
    public ReportStanding Standing { get; private set; } = null!;

    /// <summary>Shows the state.</summary>
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await ResolveAsync(cancellationToken))
        {
            return NotFound();
        }

        Standing = await Workflow.StandingAsync(Unit, Year, cancellationToken);
        return Page();
    }

    /// <summary>Starts the draft from the records.</summary>
    public async Task<IActionResult> OnPostStartAsync([FromServices] TimeProvider time, CancellationToken cancellationToken)
    {
        if (!await ResolveAsync(cancellationToken))
        {
            return NotFound();
        }

        var refusal = Refusal("编制");
        if (refusal is null)
        {
            try
            {
                await Workflow.StartAsync(Unit, Year, Scope.By(time), cancellationToken);
                TempData["Success"] = $"已开始编制{Unit.Name}{Year}年度报告，数据已从记录生成。";
                return Redirect($"/Admin/Reports/Draft?{Query}");
            }
            catch (RuleViolationException e)
            {
                refusal = e.Message;
            }
        }

        ModelState.AddModelError(string.Empty, refusal);
        Standing = await Workflow.StandingAsync(Unit, Year, cancellationToken);
        return Page();
    }
}
