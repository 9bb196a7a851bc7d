using Gongkai.Domain.AnnualReports;

namespace Gongkai.Exports.Tests;

/// <summary>What every printed data cell must show: its labels (row path then column path) → the printed value.</summary>
internal static class ExpectedCells
{
    public const char Separator = '\u001F';

    public static string Key(IEnumerable<string> labels) => string.Join(Separator, labels);

    public static Dictionary<string, string> Of(AnnualReportDocument report, ReportTable table) =>
        table.Cells.ToDictionary(
            c => Key([table.Id, .. c.RowPath, .. c.ColumnPath]),
            c => PrintedValue.Of(report.Data.ValueAt(c.Address)));

    public static Dictionary<string, string> Of(AnnualReportDocument report) =>
        TestReports.PrintedTables(report.Data.Format)
            .SelectMany(t => Of(report, t))
            .ToDictionary(p => p.Key, p => p.Value);
}
