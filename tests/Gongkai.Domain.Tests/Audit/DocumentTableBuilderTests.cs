using Gongkai.Domain.Audit;

namespace Gongkai.Domain.Tests.Audit;

public sealed class DocumentTableBuilderTests
{
    [Fact]
    public void Build_HtmlStyleSpans_ExpandToGrid()
    {
        // | 统计指标 (rowspan 2) | 数量 (colspan 2) |
        // |                      | 单位 | 统计数   |
        // | 收到申请数           | 件   | 48       |
        var builder = new DocumentTableBuilder();
        builder.StartRow();
        builder.AddCell("统计指标", rowSpan: 2);
        builder.AddCell("数量", columnSpan: 2);
        builder.StartRow();
        builder.AddCell("单位");
        builder.AddCell("统计数");
        builder.StartRow();
        builder.AddCell("收到申请数");
        builder.AddCell("件");
        builder.AddCell("48");

        var table = Place(builder).Tables.Single();

        Assert.Equal(3, table.RowCount);
        Assert.Equal(3, table.ColumnCount);
        Assert.Equal(new[] { "统计指标", "数量", "数量" }, table.RowTexts(0));
        Assert.Equal(new[] { "统计指标", "单位", "统计数" }, table.RowTexts(1));
        Assert.Equal(new[] { "收到申请数", "件", "48" }, table.RowTexts(2));
        Assert.True(table[0, 0].IsOrigin);
        Assert.False(table[1, 0].IsOrigin);
        Assert.Equal((0, 0), (table[1, 0].OriginRow, table[1, 0].OriginColumn));
        Assert.Equal(2, table[0, 1].ColumnSpan);
        Assert.Equal(48m, table[2, 2].Figure.Value);
    }

    [Fact]
    public void Build_WordStyleVerticalMerge_ExtendsTheCellAbove()
    {
        var builder = new DocumentTableBuilder();
        builder.StartRow();
        builder.AddCell("三、本年度办理结果");
        builder.AddCell("(一)予以公开");
        builder.AddCell("5");
        builder.StartRow();
        builder.ContinueCellAbove();
        builder.AddCell("(二)部分公开");
        builder.AddCell("1");
        builder.StartRow();
        builder.ContinueCellAbove();
        builder.AddCell("(三)不予公开");
        builder.AddCell("0");

        var table = Place(builder).Tables.Single();

        Assert.Equal(3, table[0, 0].RowSpan);
        Assert.All(Enumerable.Range(0, 3), r => Assert.Equal("三、本年度办理结果", table[r, 0].Text));
        Assert.Equal("(三)不予公开", table[2, 1].Text);
    }

    [Fact]
    public void Build_ShortRowsAndGridBefore_AreFilledWithFillerCells()
    {
        var builder = new DocumentTableBuilder();
        builder.StartRow();
        builder.AddCell("a");
        builder.AddCell("b");
        builder.AddCell("c");
        builder.StartRow();
        builder.SkipColumns(1);
        builder.AddCell("y");

        var table = Place(builder).Tables.Single();

        Assert.True(table[1, 0].IsFiller);
        Assert.Equal("y", table[1, 1].Text);
        Assert.True(table[1, 2].IsFiller);
    }

    [Fact]
    public void Build_HugeOrZeroSpans_AreCappedToTheTable()
    {
        var builder = new DocumentTableBuilder();
        builder.StartRow();
        builder.AddCell("a", rowSpan: 0, columnSpan: 100_000);
        builder.StartRow();
        builder.StartRow();

        var table = Place(builder).Tables.Single();

        Assert.Equal(3, table.RowCount);
        Assert.Equal(DocumentTableBuilder.MaxColumnSpan, table.ColumnCount);
        Assert.Equal(3, table[0, 0].RowSpan);
        Assert.Equal("a", table[2, 199].Text);
    }

    [Fact]
    public void Build_TableInText_RowsBecomeTabSeparatedLines()
    {
        var builder = new DocumentTableBuilder();
        builder.StartRow();
        builder.AddCell("(一)予以公开");
        builder.AddCell("５");
        var textBuilder = new ReportTextBuilder("t", ReportSourceKind.Docx);
        textBuilder.AddLine("二、主动公开政府信息情况");
        textBuilder.AddTable(builder);
        textBuilder.AddLine("三、收到和处理政府信息公开申请情况");

        var text = textBuilder.Build();

        var row = text.Line(2);
        Assert.Equal(0, row.TableIndex);
        Assert.Equal("(一)予以公开\t５", row.Original);
        Assert.Equal("(一)予以公开\t5", row.Normalized);
        Assert.Equal(2, text.Tables[0].FirstLineNumber);
        Assert.Equal(new SourcePosition(2, row.Source.Offset + 8), text.Tables[0][0, 1].Source);
        Assert.Equal(text.Line(3).Source.Offset, row.Source.Offset + row.Original.Length + 1);
    }

    private static ReportText Place(DocumentTableBuilder builder)
    {
        var text = new ReportTextBuilder("t", ReportSourceKind.Html);
        text.AddTable(builder);
        return text.Build();
    }
}
