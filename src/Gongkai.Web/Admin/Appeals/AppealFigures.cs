using Gongkai.Domain.AnnualReports;
using Gongkai.Domain.AnnualReports.Generation;
using Gongkai.Domain.Appeals;

namespace Gongkai.Web.Admin.Appeals;

/// <summary>
/// Table 四 (政府信息公开行政复议、行政诉讼情况) of a year for a set of cases, computed by the annual-report generator itself
/// (docs/decisions/0002-appeal-counting.md) so the appeals page shows exactly what the report will print.
/// </summary>
public sealed record AppealFigures(int Year, IReadOnlyDictionary<(string Group, string Column), decimal?> Cells)
{
    /// <summary>The column groups: 行政复议, 行政诉讼›未经复议直接起诉, 行政诉讼›复议后起诉.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Groups => Table4Labels.Groups;

    /// <summary>The columns of each group: 结果维持 / 结果纠正 / 其他结果 / 尚未审结 / 总计.</summary>
    public static IReadOnlyList<string> Columns { get; } = [.. Table4Labels.Results, Table4Labels.Total];

    /// <summary>The figure of a group (one of <see cref="Groups"/>) and column.</summary>
    public decimal? this[IReadOnlyList<string> group, string column] => Cells.GetValueOrDefault((string.Join("›", group), column));

    /// <summary>The figures of the cases for <paramref name="year"/>.</summary>
    public static AppealFigures Of(int year, IReadOnlyList<Reconsideration> reconsiderations, IReadOnlyList<Litigation> litigations)
    {
        var generated = AnnualReportGenerator.Generate(new ReportingAgency("appeals", "appeals"), new ReportingYear(year),
            new ReportRecords { Reconsiderations = reconsiderations, Litigations = litigations }, ReportFormat.Format2021);
        var cells = new Dictionary<(string, string), decimal?>();
        foreach (var group in Groups)
        {
            foreach (var column in Columns)
            {
                cells[(string.Join("›", group), column)] = generated.Data.CellOrBlank(Table4Labels.At([.. group, column])).Value;
            }
        }

        return new AppealFigures(year, cells);
    }
}
