using Gongkai.Domain.AnnualReports;

namespace Gongkai.Domain.Tests.AnnualReports;

/// <summary>Small builders for report data in tests.</summary>
internal static class Reports
{
    public static readonly ReportingAgency Agency = new("test-agency", "某市人民政府办公室");

    public static AnnualReportData Of(ReportFormat format, int year, IEnumerable<ReportCell> cells, ReportingAgency? agency = null) =>
        new(format, year, agency ?? Agency, cells);

    public static AnnualReportData Empty(ReportFormat format, int year) => Of(format, year, []);

    /// <summary>Every cell of the format's layout filled with 0.</summary>
    public static AnnualReportData Zeros(ReportFormat format, int year) =>
        Of(format, year, ReportLayout.For(format).Cells.Select(c => new ReportCell(c.Address, 0m)));

    public static ReportCell Cell(CellAddress address, decimal? value) => new(address, value);

    public static IReadOnlyList<Finding> Check(AnnualReportData report, AnnualReportData? previousYear = null) =>
        ConsistencyRuleSet.For(report.Format, previousYear).Check(report);

    public static IEnumerable<Finding> Errors(this IEnumerable<Finding> findings) =>
        findings.Where(f => f.Severity == FindingSeverity.Error);
}
