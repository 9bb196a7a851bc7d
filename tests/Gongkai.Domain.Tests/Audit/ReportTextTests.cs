using Gongkai.Domain.Audit;

namespace Gongkai.Domain.Tests.Audit;

public sealed class ReportTextTests
{
    [Fact]
    public void FromPlainText_MixedLineEnds_NumbersLinesAndOffsets()
    {
        const string raw = "西宁市2017年政府信息公开工作年度报告\r\n一、概述\n\r二、主动公开";

        var text = ReportText.FromPlainText(raw, "x.txt");

        Assert.Equal(4, text.Lines.Count);
        Assert.Equal(new[] { 0, 22, 27, 28 }, text.Lines.Select(l => l.Source.Offset));
        Assert.True(text.Line(3).IsBlank);
        Assert.Equal("二、主动公开", text.Line(4).Original);
    }

    [Fact]
    public void FromPlainText_NoReportWords_IsNotAReportButKeepsText()
    {
        var text = ReportText.FromPlainText("今天天气很好，我们去公园散步。\nThe quick brown fox.");

        Assert.Equal(ReportReadStatus.NotAReport, text.Status);
        Assert.True(text.HasText);
        Assert.Contains("年度报告", text.Message, StringComparison.Ordinal);
        Assert.Equal(2, text.Lines.Count);
    }

    [Fact]
    public void FromPlainText_OnlyWhitespace_IsEmpty()
    {
        var text = ReportText.FromPlainText(" \n\u3000\n\t");

        Assert.Equal(ReportReadStatus.Empty, text.Status);
        Assert.False(text.HasText);
    }

    [Fact]
    public void FromPlainText_BinaryGarbage_IsUnreadable()
    {
        var random = new Random(7);
        var chars = Enumerable.Range(0, 2000).Select(_ => (char)random.Next(0, 0x3000)).ToArray();

        var text = ReportText.FromPlainText(new string(chars));

        Assert.Equal(ReportReadStatus.Unreadable, text.Status);
        Assert.NotEmpty(text.Message);
    }

    [Fact]
    public void Failed_ReadStatus_IsRejected()
    {
        Assert.Throws<ArgumentException>(() => ReportText.Failed(ReportReadStatus.Read, "x", "y"));
    }

    [Fact]
    public void ToOriginalSpan_NormalisedFigure_PointsAtPrintedCharacters()
    {
        var text = ReportText.FromPlainText("政府信息公开年度报告\n收到申请　４８　件");
        var line = text.Line(2);
        var at = line.Normalized.IndexOf("48", StringComparison.Ordinal);

        var span = line.ToOriginalSpan(new TextSpan(at, 2));

        Assert.Equal("４８", span.Slice(line.Original));
    }

    [Fact]
    public void AddSourceText_FormFeeds_CountPagesAndDropTheLastBreak()
    {
        var builder = new ReportTextBuilder("r.pdf", ReportSourceKind.Pdf);
        builder.AddSourceText("政府信息公开工作年度报告\n\f一、总体情况\n内容\n\f", countPages: true);

        var text = builder.Build();

        Assert.Equal(3, text.Lines.Count);
        Assert.Equal(new[] { 1, 2, 2 }, text.Lines.Select(l => l.Source.Page));
        Assert.Equal("一、总体情况", text.Line(2).Original);
        Assert.Equal(14, text.Line(2).Source.Offset); // after "…报告\n\f"
    }
}
