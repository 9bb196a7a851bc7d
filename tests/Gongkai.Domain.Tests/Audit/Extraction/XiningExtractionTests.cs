using Gongkai.Domain.AnnualReports;
using Gongkai.Domain.Audit.Extraction;
using Gongkai.Domain.Tests.AnnualReports;

namespace Gongkai.Domain.Tests.Audit.Extraction;

/// <summary>
/// Every number of the 西宁 2017 统计表 (seeds/001), flattened one value per line. The expected cells, with their
/// lines, offsets and texts, are the hand-typed <see cref="XiningStatisticsTable2017"/>.
/// </summary>
public sealed class XiningExtractionTests
{
    private static readonly Lazy<IReadOnlyList<ReportCell>> Read = new(() => ReportCellExtractor.Extract(SeedReports.Read("001"), ReportFormat.Format2014));

    private static IReadOnlyList<ReportCell> Extracted => Read.Value;

    public static TheoryData<string, string, int, int, string> ExpectedCells()
    {
        var data = new TheoryData<string, string, int, int, string>();
        foreach (var cell in XiningStatisticsTable2017.TableCells())
        {
            data.Add(string.Join(" / ", cell.RowPath), cell.Value?.ToString() ?? "", cell.Source!.Line, cell.Source.Offset, cell.Source.Text);
        }

        return data;
    }

    [SeedTheory]
    [MemberData(nameof(ExpectedCells))]
    public void Extract_XiningStatisticsTable_ReadsEachCellAtItsRowWithSource(string rowPath, string value, int line, int offset, string text)
    {
        var address = new CellAddress(StatisticsTableRows.TableId, rowPath.Split(" / "), [StatisticsTableRows.ValueColumn]);
        var cell = Assert.Single(Extracted, c => c.Address.Equals(address));
        Assert.Equal(value, cell.Value?.ToString() ?? "");
        Assert.Equal((line, offset, text), (cell.Source!.Line, cell.Source.Offset, cell.Source.Text));
    }

    [SeedFact]
    public void Extract_XiningStatisticsTable_ReadsExactlyTheHandTypedCells()
    {
        var expected = XiningStatisticsTable2017.TableCells().ToArray();
        Assert.Equal(58, expected.Length);
        Assert.Equal(expected.Length, Extracted.Count);
        var layout = ReportLayout.For(ReportFormat.Format2014);
        Assert.All(Extracted, c => Assert.NotNull(layout.Find(c.Address)));
        Assert.All(expected, e => Assert.Contains(Extracted, c => c.Address.Equals(e.Address) && c.Value == e.Value));
    }
}
