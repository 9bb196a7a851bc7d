using Gongkai.Domain.AnnualReports;
using Gongkai.Web.Admin;
using Gongkai.Web.Reports;
using Microsoft.AspNetCore.Mvc;

namespace Gongkai.Web.Pages.Admin.Reports;

/// <summary>数据追溯: the records behind one cell of an agency's annual report (requests link to their page).</summary>
public sealed class CellModel(SignedInOfficer officer, ReportWorkflow workflow) : ReportPageModel(officer, workflow)
{
    /// <summary>The table id.</summary>
    [BindProperty(SupportsGet = true)]
    public string Table { get; set; } = string.Empty;

    /// <summary>The row labels, outermost first.</summary>
    [BindProperty(SupportsGet = true)]
    public string[] Row { get; set; } = [];

    /// <summary>The column labels, outermost first.</summary>
    [BindProperty(SupportsGet = true)]
    public string[] Col { get; set; } = [];

    /// <summary>The records.</summary>
    public CellRecords Records { get; private set; } = null!;

    /// <summary>The cell's name.</summary>
    public string CellName => new CellAddress(Table, Row, Col).Describe();

    /// <summary>Lists the records; 404 for an agency outside the scope or a cell the format does not have.</summary>
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await ResolveAsync(cancellationToken) || string.IsNullOrWhiteSpace(Table))
        {
            return NotFound();
        }

        Records = await Workflow.RecordsBehindAsync(Scope, Unit, Year, new CellAddress(Table, Row, Col), cancellationToken);
        return Records.Cell is null ? NotFound() : Page();
    }
}
