using Gongkai.Domain.AnnualReports;
using Gongkai.Domain.AnnualReports.Generation;
using Gongkai.Domain.Catalogue;

namespace Gongkai.Web.Admin.Catalogue;

/// <summary>
/// The figures of table 二 第二十条第（一）项 (2021 format: 本年制发件数 / 本年废止件数 / 现行有效件数 for 规章 and 行政规范性文件)
/// of a register, computed by the annual-report generator itself (docs/decisions/0003-normative-documents.md) so the
/// register page shows exactly what the report will print.
/// </summary>
public sealed record NormativeDocumentFigures(int Year, IReadOnlyDictionary<(string Row, string Column), decimal?> Cells)
{
    /// <summary>The rows, as table 二 labels them.</summary>
    public static IReadOnlyList<string> Rows { get; } = [Table2Labels.Rules, Table2Labels.AdministrativeNormativeDocuments];

    /// <summary>The columns, as table 二 labels them.</summary>
    public static IReadOnlyList<string> Columns { get; } = [Table2Labels.IssuedThisYear, Table2Labels.RepealedThisYear, Table2Labels.InForce];

    /// <summary>The figure of a row and column.</summary>
    public decimal? this[string row, string column] => Cells.GetValueOrDefault((row, column));

    /// <summary>The figures of <paramref name="documents"/> for <paramref name="year"/>.</summary>
    public static NormativeDocumentFigures Of(int year, IReadOnlyList<NormativeDocument> documents)
    {
        var generated = AnnualReportGenerator.Generate(new ReportingAgency("register", "register"), new ReportingYear(year),
            new ReportRecords { NormativeDocuments = documents }, ReportFormat.Format2021);
        var cells = new Dictionary<(string, string), decimal?>();
        foreach (var row in Rows)
        {
            foreach (var column in Columns)
            {
                var address = new CellAddress(Table2Labels.TableId, [Table2Labels.Article20Item1, row], [column]);
                cells[(row, column)] = generated.Data.CellOrBlank(address).Value;
            }
        }

        return new NormativeDocumentFigures(year, cells);
    }
}
