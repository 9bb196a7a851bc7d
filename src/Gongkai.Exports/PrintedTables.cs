using Gongkai.Domain.AnnualReports;

namespace Gongkai.Exports;

/// <summary>
/// Which tables a report prints, and where: the table of each part that has one (<see cref="ReportSection.TableId"/>),
/// in the format's order — 二, 三, 四 (2019, 2021) or 统计表 (2014). The pseudo-table "正文" (figures stated in the text)
/// is never printed as a table.
/// </summary>
internal static class PrintedTables
{
    public static ReportTable? Of(AnnualReportDocument report, SectionText section) =>
        section.Section.TableId is { } id && LabelKey.Of(id) != LabelKey.Of(NarrativeFigures.TableId)
            ? report.Data.Layout.FindTable(id)
            : null;

    public static IEnumerable<ReportTable> Of(AnnualReportDocument report) =>
        report.Sections.Select(s => Of(report, s)).OfType<ReportTable>();

    /// <summary>"表二", "表三", "表四", "统计表": the name of a printed table (sheet names, captions in text).</summary>
    public static string NameOf(ReportTable table) => table.Id.EndsWith('表') ? table.Id : "表" + table.Id;
}
