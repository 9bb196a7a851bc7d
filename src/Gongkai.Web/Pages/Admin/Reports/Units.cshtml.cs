using Gongkai.Data.Officers;
using Gongkai.Web.Admin;
using Gongkai.Web.Reports;
using Microsoft.AspNetCore.Mvc;

namespace Gongkai.Web.Pages.Admin.Reports;

/// <summary>
/// 下属单位年度报告 (supervising office, 条例 第三条、第四条、第四十九条): every unit of the officer's subtree with its report
/// state for the year, its deadline and an overdue marker; each unit's report opens read-only.
/// </summary>
public sealed class UnitsModel(SignedInOfficer officer, ReportWorkflow workflow) : ReportPageModel(officer, workflow)
{
    /// <summary>Every unit, the supervising agency first.</summary>
    public IReadOnlyList<ReportStanding> Units { get; private set; } = [];

    /// <summary>The refusal when the officer is not a supervising office.</summary>
    public string? Refused { get; private set; }

    /// <summary>Lists the units.</summary>
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await ResolveAsync(cancellationToken))
        {
            return NotFound();
        }

        if (!Scope.IsIn(OfficerRole.Supervisor))
        {
            Refused = "查看下属单位的年度报告需要“上级主管（监督）”角色。";
            return Page();
        }

        Units = await Workflow.UnitsAsync(Unit, Year, cancellationToken);
        return Page();
    }
}
