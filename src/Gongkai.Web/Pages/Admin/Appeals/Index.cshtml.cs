using Gongkai.Domain.AnnualReports.Publishing;
using Gongkai.Data;
using Gongkai.Domain.AnnualReports;
using Gongkai.Domain.Appeals;
using Gongkai.Web.Admin;
using Gongkai.Web.Admin.Appeals;
using Gongkai.Web.Admin.Catalogue;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Pages.Admin.Appeals;

/// <summary>
/// 复议诉讼: the 行政复议 and 行政诉讼 cases of the officer's subtree that count in a year (filed by 31 December and not
/// decided before 1 January, docs/decisions/0002-appeal-counting.md), filtered by kind and result, with table 四 of the
/// year at the top, computed by the annual-report generator.
/// </summary>
public sealed class IndexModel(GongkaiDbContext db, ScopedRecords records, TimeProvider time) : PageModel
{
    /// <summary>The year (default: this year).</summary>
    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    /// <summary>Filter: 行政复议 / 未经复议直接起诉 / 复议后起诉.</summary>
    [BindProperty(SupportsGet = true)]
    public AppealKind? Kind { get; set; }

    /// <summary>Filter: the result in the year.</summary>
    [BindProperty(SupportsGet = true)]
    public AppealResult? Result { get; set; }

    /// <summary>Table 四 of the year.</summary>
    public AppealFigures Figures { get; private set; } = null!;

    /// <summary>The cases listed.</summary>
    public IReadOnlyList<AppealCase> Cases { get; private set; } = [];

    /// <summary>Lists the cases.</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var year = Year is >= 2008 and <= 2100 ? Year.Value : AnnualReportDeadline.ChinaDate(time.GetUtcNow().UtcDateTime).Year;
        Year = year;
        var lastDay = new DateOnly(year, 12, 31);
        var reconsiderations = await (await records.ReconsiderationsAsync(cancellationToken)).AsNoTracking().Where(r => r.FiledOn <= lastDay).ToListAsync(cancellationToken);
        var litigations = await (await records.LitigationsAsync(cancellationToken)).AsNoTracking().Where(l => l.FiledOn <= lastDay).ToListAsync(cancellationToken);
        Figures = AppealFigures.Of(year, reconsiderations, litigations);
        var reporting = new ReportingYear(year);
        var requestIds = reconsiderations.Select(r => r.RequestId).Concat(litigations.Select(l => l.RequestId)).Distinct().ToList();
        var numbers = await db.DisclosureRequests.AsNoTracking().IgnoreAutoIncludes().Where(r => requestIds.Contains(r.Id))
            .ToDictionaryAsync(r => r.Id, r => r.TrackingNumber, cancellationToken);
        Cases = [.. reconsiderations.Where(r => r.CountsIn(reporting)).Select(r => AppealCase.Of(r, reporting, numbers))
            .Concat(litigations.Where(l => l.CountsIn(reporting)).Select(l => AppealCase.Of(l, reporting, numbers)))
            .Where(c => Kind is null || c.Kind == Kind)
            .Where(c => Result is null || c.ResultInYear == Result)
            .OrderByDescending(c => c.FiledOn)];
    }
}
