using Gongkai.Domain.AnnualReports;

namespace Gongkai.Exports.Tests;

public sealed class ReportTableGridTests
{
    private static ReportTableGrid GridOf(ReportFormat format, string tableId)
    {
        var report = TestReports.For(format);
        return ReportTableGrid.For(report.Data.Layout.Table(tableId), report.Data);
    }

    private static GridCell Header(ReportTableGrid grid, string text) => grid.Cells.Single(c => c.IsHeader && c.Text == text);

    [Fact]
    public void For_Table3Of2021_TwoLevelColumnHeaderAndSpanningRowHeaders()
    {
        var grid = GridOf(ReportFormat.Format2021, Table3Labels.TableId);

        Assert.Equal((3, 3), (grid.HeaderRowCount, grid.RowHeaderColumnCount));
        Assert.Equal((3 + 25, 3 + 7), (grid.RowCount, grid.ColumnCount));
        var corner = grid.At(0, 0);
        Assert.Equal((GridCellKind.Corner, 3, 3, Table3Labels.Note), (corner.Kind, corner.RowSpan, corner.ColumnSpan, corner.Text));
        Assert.Equal((0, 3, 1, 7), Span(Header(grid, "申请人情况")));
        Assert.Equal((1, 3, 2, 1), Span(Header(grid, "自然人")));
        Assert.Equal((1, 4, 1, 5), Span(Header(grid, "法人或其他组织")));
        Assert.Equal((2, 4, 1, 1), Span(Header(grid, "商业企业")));
        Assert.Equal((1, 9, 2, 1), Span(grid.Cells.Single(c => c.Kind == GridCellKind.ColumnHeader && c.Text == "总计")));
        Assert.Equal((3, 0, 1, 3), Span(Header(grid, Table3Labels.NewRequests)));
        Assert.Equal((5, 0, 22, 1), Span(Header(grid, Table3Labels.Outcomes)));
        Assert.Equal((5, 1, 1, 2), Span(Header(grid, Table3Labels.Disclosed)));
        Assert.Equal((7, 1, 8, 1), Span(Header(grid, Table3Labels.Withheld)));
        Assert.Equal((7, 2, 1, 1), Span(Header(grid, "1.属于国家秘密")));
        Assert.Equal((23, 1, 3, 1), Span(Header(grid, Table3Labels.OtherHandling)));
        Assert.Equal((26, 1, 1, 2), Span(Header(grid, Table3Labels.OutcomeTotal)));
        Assert.Equal((27, 0, 1, 3), Span(Header(grid, Table3Labels.CarriedForward)));
    }

    [Fact]
    public void For_Table3Of2019_OneOtherHandlingRowSpanningTwoColumns()
    {
        var grid = GridOf(ReportFormat.Format2019, Table3Labels.TableId);

        Assert.Equal(3 + 23, grid.RowCount);
        Assert.Equal((5, 0, 20, 1), Span(Header(grid, Table3Labels.Outcomes)));
        Assert.Equal((23, 1, 1, 2), Span(Header(grid, Table3Labels.OtherHandling)));
    }

    [Fact]
    public void For_Table4_ThreeHeaderRowsAndOneDataRowWithoutRowHeader()
    {
        var grid = GridOf(ReportFormat.Format2021, Table4Labels.TableId);

        Assert.Equal((4, 15, 3, 0), (grid.RowCount, grid.ColumnCount, grid.HeaderRowCount, grid.RowHeaderColumnCount));
        Assert.Equal((0, 0, 1, 5), Span(Header(grid, "行政复议")));
        Assert.Equal((0, 5, 1, 10), Span(Header(grid, "行政诉讼")));
        Assert.Equal((1, 5, 1, 5), Span(Header(grid, "未经复议直接起诉")));
        Assert.Equal((1, 10, 1, 5), Span(Header(grid, "复议后起诉")));
        Assert.Equal((1, 0, 2, 1), Span(grid.At(1, 0)));
        Assert.Equal("结果维持", grid.At(2, 0).Text);
        Assert.Equal((2, 5, 1, 1), Span(grid.At(2, 5)));
        Assert.Equal(15, grid.CellsStartingIn(3).Count(c => c.Kind == GridCellKind.Data));
    }

    [Fact]
    public void For_Table2Of2021_StackOfTitledSubTablesFourColumnsWide()
    {
        var grid = GridOf(ReportFormat.Format2021, Table2Labels.TableId);

        Assert.Equal(4, grid.ColumnCount);
        var titles = grid.Cells.Where(c => c.Kind == GridCellKind.Title).ToArray();
        Assert.Equal(["第二十条第（一）项", "第二十条第（五）项", "第二十条第（六）项", "第二十条第（八）项"], titles.Select(t => t.Text));
        Assert.All(titles, t => Assert.Equal(4, t.ColumnSpan));
        Assert.All(titles, t => Assert.Equal("信息内容", grid.At(t.Row + 1, 0).Text));
        var decisions = grid.Cells.First(c => c.Text == Table2Labels.DecisionsThisYear);
        Assert.Equal((1, 3), (decisions.Column, decisions.ColumnSpan));
        Assert.Equal(["第二十条第（一）项", "规章", "本年制发件数"], grid.DataCells.First().Headers.Select(h => h.Text));
    }

    [Fact]
    public void For_StatisticsTable_LabelUnitValueColumnsWithHeadingRows()
    {
        var grid = GridOf(ReportFormat.Format2014, StatisticsTableRows.TableId);

        Assert.Equal(["统计指标", "单位", "统计数"], grid.CellsStartingIn(0).Select(c => c.Text));
        Assert.Equal(["一、主动公开情况", "", ""], grid.CellsStartingIn(1).Select(c => c.Text));
        var published = grid.CellsStartingIn(2).ToArray();
        Assert.Equal(("（一）主动公开政府信息数（不同渠道和方式公开相同信息计1条）", 1), (published[0].Text, published[0].Level));
        Assert.Equal("条", published[1].Text);
        Assert.Equal(GridCellKind.Data, published[2].Kind);
        var fees = grid.DataCells.Single(c => c.Definition!.RowPath.SequenceEqual(StatisticsTableRows.FeesCollected));
        Assert.Equal("万元", grid.At(fees.Row, 1).Text);
        Assert.Equal(58, grid.DataCells.Count());
    }

    [Theory]
    [MemberData(nameof(TestReports.AllFormats), MemberType = typeof(TestReports))]
    public void For_EveryPrintedTable_DataCellHeadersAreRowPathThenColumnPathAndValuesPrinted(ReportFormat format)
    {
        var report = TestReports.For(format);
        foreach (var table in TestReports.PrintedTables(format))
        {
            var grid = ReportTableGrid.For(table, report.Data);
            Assert.Equal(table.Cells.Count, grid.DataCells.Count());
            foreach (var cell in grid.DataCells)
            {
                var definition = cell.Definition!;
                Assert.Equal([.. definition.RowPath, .. definition.ColumnPath], cell.Headers.Select(h => h.Text));
                Assert.Equal(PrintedValue.Of(report.Data.ValueAt(definition.Address)), cell.Text);
            }

            for (var r = 0; r < grid.RowCount; r++)
            {
                for (var c = 0; c < grid.ColumnCount; c++)
                {
                    Assert.True(grid.At(r, c).Covers(r, c));
                }
            }
        }
    }

    [Theory]
    [InlineData(null, "")]
    [InlineData("12345", "12345")]
    [InlineData("12.50", "12.5")]
    [InlineData("-8", "-8")]
    [InlineData("0.0", "0")]
    public void PrintedValue_Number_NoSeparatorsNoTrailingZerosBlankEmpty(string? value, string expected) =>
        Assert.Equal(expected, PrintedValue.Of(value is null ? null : decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)));

    private static (int Row, int Column, int RowSpan, int ColumnSpan) Span(GridCell cell) => (cell.Row, cell.Column, cell.RowSpan, cell.ColumnSpan);
}
