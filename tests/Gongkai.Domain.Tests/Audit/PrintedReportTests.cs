using Gongkai.Domain.AnnualReports;
using Gongkai.Domain.Audit;
using Gongkai.Domain.Audit.Extraction;

namespace Gongkai.Domain.Tests.Audit;

/// <summary>
/// The composed report printed like the 西宁 seed (<see cref="PrintedReport"/>): its flattened 统计表 and its
/// traditional-character twin, read without the seed folder.
/// </summary>
public sealed class PrintedReportTests
{
    [Fact]
    public void Normalize_TraditionalPrintedReport_NormalisesLikeTheSimplifiedText()
    {
        Assert.Equal(ChineseScript.Traditional, ChineseTextNormalizer.DetectScript(PrintedReport.Traditional));

        var normalized = ChineseTextNormalizer.Normalize(PrintedReport.Traditional, ChineseScript.Traditional);

        Assert.NotEqual(PrintedReport.Simplified, PrintedReport.Traditional);
        Assert.Equal(ChineseTextNormalizer.Normalize(PrintedReport.Simplified), normalized);
    }

    [Fact]
    public void Read_PrintedReport_FindsAgencyYearAndFormat()
    {
        var metadata = ReportMetadataReader.Read(ReportText.FromPlainText(PrintedReport.Simplified));

        Assert.Equal((PrintedReport.Agency, PrintedReport.Year, ReportFormat.Format2014),
            (metadata.AgencyName, metadata.ReportYear, metadata.FormatGuess.Format));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Extract_FlattenedStatisticsTable_ReadsEveryPrintedValueAtItsRow(bool traditional)
    {
        var text = ReportText.FromPlainText(traditional ? PrintedReport.Traditional : PrintedReport.Simplified);

        var cells = ReportCellExtractor.Extract(text, ReportFormat.Format2014).Where(c => c.Address.Table == StatisticsTableRows.TableId).ToArray();

        var expected = PrintedReport.TableValues().ToArray();
        Assert.Equal(expected.Length, cells.Length);
        Assert.All(expected, e => Assert.Contains(cells, c => c.Address.Equals(e.Cell.Address) && c.Value == e.Value));
    }
}
