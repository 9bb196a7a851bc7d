using Gongkai.Domain.AnnualReports;
using Gongkai.Domain.Audit;
using Gongkai.Domain.Audit.Extraction;

namespace Gongkai.Domain.Tests.Audit.Extraction;

/// <summary>
/// Tables Gongkai renders from <see cref="ReportLayout"/>, filled with random values, read back to exactly the cells
/// they were rendered from — as pipe-table text and as grids with merged cells (the shape HTML and DOCX readers build).
/// </summary>
public sealed class RoundTripExtractionTests
{
    public static TheoryData<ReportFormat, int> Cases()
    {
        var data = new TheoryData<ReportFormat, int>();
        foreach (var format in new[] { ReportFormat.Format2014, ReportFormat.Format2019, ReportFormat.Format2021 })
        {
            for (var seed = 0; seed < 40; seed++)
            {
                data.Add(format, seed);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Extract_PipeTableText_YieldsTheRenderedCells(ReportFormat format, int seed)
    {
        var cells = LayoutTableRendering.RandomCells(format, new Random(seed));
        var text = ReportText.FromPlainText(LayoutTableRendering.PipeText(format, cells), "generated.txt");
        AssertSameCells(cells, ReportCellExtractor.Extract(text, format));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Extract_MergedCellGrids_YieldTheRenderedCells(ReportFormat format, int seed)
    {
        var cells = LayoutTableRendering.RandomCells(format, new Random(seed));
        var values = cells.ToDictionary(c => c.Address, c => c.Value);
        var builder = new ReportTextBuilder("generated.docx", ReportSourceKind.Docx);
        builder.AddLine("某某市人民政府2020年政府信息公开工作年度报告");
        foreach (var table in ReportLayout.For(format).Tables.Where(t => t.Id != NarrativeFigures.TableId))
        {
            builder.AddLine(table.Title);
            var grid = new DocumentTableBuilder();
            foreach (var row in LayoutTableRendering.Grid(table, values))
            {
                grid.StartRow();
                foreach (var cell in row)
                {
                    grid.AddCell(cell.Text, null, cell.RowSpan, cell.ColumnSpan);
                }
            }

            builder.AddTable(grid);
        }

        AssertSameCells(cells, ReportCellExtractor.Extract(builder.Build(), format));
    }

    internal static void AssertSameCells(IReadOnlyList<ReportCell> expected, IReadOnlyList<ReportCell> actual)
    {
        var missing = expected.Where(e => !actual.Any(a => a.Address.Equals(e.Address) && a.Value == e.Value)).Select(e => $"{e.Address} = {e.Value}").ToArray();
        var extra = actual.Where(a => !expected.Any(e => a.Address.Equals(e.Address))).Select(a => $"{a.Address} = {a.Value}").ToArray();
        Assert.True(missing.Length == 0 && extra.Length == 0, $"missing: {string.Join("; ", missing.Take(5))} extra: {string.Join("; ", extra.Take(5))}");
        Assert.Equal(expected.Count, actual.Count);
    }
}
