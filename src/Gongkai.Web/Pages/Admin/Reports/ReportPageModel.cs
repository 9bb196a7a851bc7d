using Gongkai.Data.Officers;
using Gongkai.Domain.Agencies;
using Gongkai.Web.Admin;
using Gongkai.Web.Reports;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages.Admin.Reports;

/// <summary>
/// What the annual-report pages share: the agency (?agency=code, default the officer's own; outside the scope → 404)
/// and the year (?year=, default last year), and the role checks with their Chinese refusals.
/// </summary>
public abstract class ReportPageModel(SignedInOfficer officer, ReportWorkflow workflow) : PageModel
{
    /// <summary>The agency code from the address; empty for the officer's own agency.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Agency { get; set; }

    /// <summary>The report year from the address; 0 for last year.</summary>
    [BindProperty(SupportsGet = true)]
    public int Year { get; set; }

    /// <summary>The officer's scope.</summary>
    public AdminScope Scope { get; private set; } = null!;

    /// <summary>The agency whose report is shown.</summary>
    public Agency Unit { get; private set; } = null!;

    /// <summary>The workflow.</summary>
    protected ReportWorkflow Workflow => workflow;

    /// <summary>Whether the officer may work on this agency's report (its own), not only read it.</summary>
    public bool MayWork => ReportWorkflow.MayWork(Scope, Unit);

    /// <summary>The query string of this agency and year, for links.</summary>
    public string Query => $"agency={Uri.EscapeDataString(Unit.Code)}&year={Year}";

    /// <summary>Resolves the scope, agency and year; false when the page must answer 404.</summary>
    protected async Task<bool> ResolveAsync(CancellationToken cancellationToken)
    {
        Scope = await officer.ScopeAsync(cancellationToken);
        if (Year == 0)
        {
            Year = workflow.DefaultYear;
        }

        if (!workflow.IsReportYear(Year))
        {
            return false;
        }

        var agency = await workflow.AgencyInScopeAsync(Scope, Agency, cancellationToken);
        if (agency is null)
        {
            return false;
        }

        Unit = agency;
        Agency = agency.Code;
        return true;
    }

    /// <summary>The refusal when the officer may not do <paramref name="action"/> on this report; null when it may.</summary>
    protected string? Refusal(string action)
    {
        if (!MayWork)
        {
            return $"只能{action}本机关的年度报告；{Unit.Name}的年度报告由该机关编制，您只能查看。";
        }

        return action switch
        {
            "批准" when !Scope.IsIn(OfficerRole.Approver) => "批准年度报告需要“审核人（工作机构负责人）”角色。",
            "批准" => null,
            _ when !Scope.IsInAny(OfficerRole.Officer, OfficerRole.Approver, OfficerRole.Supervisor) =>
                $"{action}年度报告需要“经办人”“审核人（工作机构负责人）”或“上级主管（监督）”角色。",
            _ => null,
        };
    }
}
