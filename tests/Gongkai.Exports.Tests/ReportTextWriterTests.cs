using Gongkai.Domain.AnnualReports;

namespace Gongkai.Exports.Tests;

public sealed class ReportTextWriterTests
{
    private readonly ReportTextWriter _writer = new();

    private static string[] Cells(string line) =>
        line.Trim().Trim('|').Split(" | ").Select(c => c.Trim()).ToArray();

    /// <summary>Reads every pipe table back: (row path labels + column path labels) → printed value.</summary>
    private static Dictionary<string, string> ReadBack(string text)
    {
        var values = new Dictionary<string, string>();
        string[]? header = null;
        foreach (var line in text.Split('\n'))
        {
            if (!line.StartsWith('|'))
            {
                header = null;
                continue;
            }

            var cells = Cells(line);
            if (header is null)
            {
                header = cells;
                continue;
            }

            if (cells[0].StartsWith("---", StringComparison.Ordinal))
            {
                continue;
            }

            var row = cells[0].Length == 0 ? [] : cells[0].Split(" / ");
            for (var i = 1; i < header.Length; i++)
            {
                if (header[i] != ReportTextWriter.UnitHeader)
                {
                    values.Add(ExpectedCells.Key([.. row, .. header[i].Split(" / ")]), cells[i]);
                }
            }
        }

        return values;
    }

    [Theory]
    [MemberData(nameof(TestReports.AllFormats), MemberType = typeof(TestReports))]
    public void Write_ReadBack_EveryPrintedCellUnderItsFullRowAndColumnPath(ReportFormat format)
    {
        var report = TestReports.For(format);

        var read = ReadBack(_writer.Write(report));

        var expected = TestReports.PrintedTables(format).SelectMany(t => t.Cells)
            .ToDictionary(c => ExpectedCells.Key([.. c.RowPath, .. c.ColumnPath]), c => PrintedValue.Of(report.Data.ValueAt(c.Address)));
        Assert.Equal(expected.OrderBy(p => p.Key, StringComparer.Ordinal), read.OrderBy(p => p.Key, StringComparer.Ordinal));
    }

    [Fact]
    public void Write_Table3_RowLineWithFullLabelPathAndHeaderWithColumnPaths()
    {
        var report = TestReports.For(ReportFormat.Format2021);
        var lines = _writer.Write(report).Split('\n');
        string[] path = ["三、本年度办理结果", "（三）不予公开", "1.属于国家秘密"];
        var values = Table3Labels.Columns.Select(c => PrintedValue.Of(report.Data.ValueAt(Table3Labels.At(path, c))));

        Assert.Contains($"| 三、本年度办理结果 / （三）不予公开 / 1.属于国家秘密 | {string.Join(" | ", values)} |", lines);
        Assert.Contains("| 行 | 申请人情况 / 自然人 | 申请人情况 / 法人或其他组织 / 商业企业 | 申请人情况 / 法人或其他组织 / 科研机构 | 申请人情况 / 法人或其他组织 / 社会公益组织 | 申请人情况 / 法人或其他组织 / 法律服务机构 | 申请人情况 / 法人或其他组织 / 其他 | 申请人情况 / 总计 |", lines);
        Assert.Contains("|---|---:|---:|---:|---:|---:|---:|---:|", lines.Select(l => l.Replace(" ", string.Empty, StringComparison.Ordinal)));
    }

    [Fact]
    public void Write_Layout_TitleHeadingsParagraphsThenTables()
    {
        var report = TestReports.For(ReportFormat.Format2021);
        var lines = _writer.Write(report).Split('\n');

        Assert.Equal(report.Title, lines[0]);
        Assert.Equal("", lines[1]);
        Assert.Equal("一、总体情况", lines[2]);
        Assert.Equal("本年度，本机关认真贯彻《中华人民共和国政府信息公开条例》。", lines[4]);
        var table4Heading = Array.IndexOf(lines, Table4Labels.Title);
        Assert.Equal("第4部分第一段。", lines[table4Heading + 2]);
        Assert.StartsWith("| 行 | 行政复议 / 结果维持 |", lines[table4Heading + 6], StringComparison.Ordinal);
        Assert.StartsWith("|  | ", lines[table4Heading + 8], StringComparison.Ordinal);
    }

    [Fact]
    public void Write_StatisticsTable_UnitColumnAndNoNarrativeTable()
    {
        var report = TestReports.For(ReportFormat.Format2014);
        var lines = _writer.Write(report).Split('\n');

        Assert.Contains("| 行 | 单位 | 统计数 |", lines);
        var fees = PrintedValue.Of(report.Data.ValueAt(StatisticsTableRows.At(StatisticsTableRows.FeesCollected)));
        Assert.Contains($"| 七、依申请公开信息收取的费用 | 万元 | {fees} |", lines);
        Assert.DoesNotContain(lines, l => l.Contains("| 数值 |", StringComparison.Ordinal));
    }

    [Fact]
    public void Write_Table2Of2019_OnePipeTablePerRunOfSubTablesWithTheSameColumns()
    {
        var text = _writer.Write(TestReports.For(ReportFormat.Format2019));
        var headers = text.Split('\n').Where(l => l.StartsWith("| 行 |", StringComparison.Ordinal)).ToArray();

        Assert.Equal("| 行 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量 |", headers[0]);
        Assert.Equal("| 行 | 上一年项目数量 | 本年增/减 | 处理决定数量 |", headers[1]);
        Assert.Equal("| 行 | 上一年项目数量 | 本年增/减 |", headers[2]);
        Assert.Equal("| 行 | 采购项目数量 | 采购总金额 |", headers[3]);
        Assert.Contains("| 第二十条第（六）项 / 行政强制 |", text, StringComparison.Ordinal);
    }
}
