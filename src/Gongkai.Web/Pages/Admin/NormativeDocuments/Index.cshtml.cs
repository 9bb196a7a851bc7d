using Gongkai.Domain.AnnualReports.Publishing;
using Gongkai.Data;
using Gongkai.Domain.Catalogue;
using Gongkai.Web.Admin;
using Gongkai.Web.Admin.Catalogue;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Pages.Admin.NormativeDocuments;

/// <summary>
/// The register of 规章 and 行政规范性文件 of the officer's subtree for one year, with the figures table 二
/// 第二十条第（一）项 takes from it (本年制发件数 / 本年废止件数 / 现行有效件数).
/// </summary>
public sealed class IndexModel(ScopedRecords records, TimeProvider time) : PageModel
{
    /// <summary>The year shown (default: this year).</summary>
    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    /// <summary>The figures of the year.</summary>
    public NormativeDocumentFigures Figures { get; private set; } = null!;

    /// <summary>The documents that matter in the year: issued, repealed, or in force at its end.</summary>
    public IReadOnlyList<NormativeDocument> Documents { get; private set; } = [];

    /// <summary>Agency names by id.</summary>
    public IReadOnlyDictionary<Guid, string> AgencyNames { get; private set; } = new Dictionary<Guid, string>();

    /// <summary>Shows the register.</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var year = Year is >= 2008 and <= 2100 ? Year.Value : AnnualReportDeadline.ChinaDate(time.GetUtcNow().UtcDateTime).Year;
        Year = year;
        var lastDay = new DateOnly(year, 12, 31);
        var firstDay = new DateOnly(year, 1, 1);
        var register = await (await records.NormativeDocumentsAsync(cancellationToken)).AsNoTracking()
            .Where(d => d.IssuedOn <= lastDay && (d.RepealedOn == null || d.RepealedOn >= firstDay))
            .OrderByDescending(d => d.IssuedOn).ThenBy(d => d.DocumentNumber).ToListAsync(cancellationToken);
        Figures = NormativeDocumentFigures.Of(year, register);
        Documents = register;
        AgencyNames = await (await records.AgenciesAsync(cancellationToken)).AsNoTracking().ToDictionaryAsync(a => a.Id, a => a.Name, cancellationToken);
    }

    /// <summary>The kind as printed.</summary>
    public static string KindName(NormativeDocumentKind kind) => kind == NormativeDocumentKind.Rule ? "规章" : "行政规范性文件";
}
