using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Gongkai.Documents;
using Gongkai.Domain.AnnualReports;

namespace Gongkai.Exports.Tests;

public sealed class ReportHtmlWriterTests
{
    private readonly ReportHtmlWriter _writer = new();

    private IDocument Parse(ReportFormat format) => new HtmlParser().ParseDocument(_writer.Page(TestReports.For(format)));

    [Theory]
    [MemberData(nameof(TestReports.AllFormats), MemberType = typeof(TestReports))]
    public void Page_AnyFormat_StandaloneAccessiblePageWithTitleAndParts(ReportFormat format)
    {
        var report = TestReports.For(format);
        var page = _writer.Page(report);
        var document = new HtmlParser().ParseDocument(page);

        Assert.StartsWith("<!DOCTYPE html>", page, StringComparison.Ordinal);
        Assert.Equal("zh-CN", document.DocumentElement.GetAttribute("lang"));
        Assert.Equal("utf-8", document.QuerySelector("meta[charset]")!.GetAttribute("charset"));
        Assert.Equal(report.Title, document.Title);
        Assert.Equal(report.Title, document.QuerySelector("h1")!.TextContent);
        Assert.Equal(report.Sections.Select(s => s.Section.Heading), document.QuerySelectorAll("h2").Select(h => h.TextContent));
        Assert.Equal(TestReports.PrintedTables(format).Select(t => t.Title), document.QuerySelectorAll("table > caption").Select(c => c.TextContent));
        Assert.Equal(2 * (report.Sections.Count - 1) + 2, document.QuerySelectorAll("section > p").Length);
    }

    [Fact]
    public void Page_Text_IsHtmlEncoded()
    {
        var page = _writer.Page(TestReports.For(ReportFormat.Format2021));
        var document = new HtmlParser().ParseDocument(page);

        Assert.Contains("收到申请&lt;48&gt;件 &amp; “依法”答复。", page, StringComparison.Ordinal);
        Assert.Contains(document.QuerySelectorAll("p"), p => p.TextContent == "收到申请<48>件 & “依法”答复。");
    }

    [Fact]
    public void Page_Style_PrintRulesForA4AndChineseFonts()
    {
        var style = Parse(ReportFormat.Format2021).QuerySelector("head > style")!.TextContent;

        Assert.Contains("@media print", style, StringComparison.Ordinal);
        Assert.Contains("size: A4", style, StringComparison.Ordinal);
        Assert.Contains("break-inside: avoid", style, StringComparison.Ordinal);
        Assert.Contains("border: 1px solid #000", style, StringComparison.Ordinal);
        Assert.Contains("仿宋_GB2312", style, StringComparison.Ordinal);
        Assert.Contains("Noto Sans CJK SC", style, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestReports.AllFormats), MemberType = typeof(TestReports))]
    public void Page_EveryDataCell_UnderItsRowAndColumnHeadersWithItsValue(ReportFormat format)
    {
        var report = TestReports.For(format);
        var document = new HtmlParser().ParseDocument(_writer.Page(report));
        var expected = ExpectedCells.Of(report);
        var seen = new Dictionary<string, string>();

        foreach (var table in document.QuerySelectorAll("table"))
        {
            foreach (var td in table.QuerySelectorAll("td[headers]"))
            {
                var labels = td.GetAttribute("headers")!.Split(' ').Select(id => document.GetElementById(id)!).ToArray();
                Assert.All(labels, h => Assert.Equal("TH", h.TagName));
                var key = ExpectedCells.Key([table.GetAttribute("data-table")!, .. labels.Select(h => h.TextContent)]);
                seen.Add(key, td.TextContent);
            }
        }

        Assert.Equal(expected.OrderBy(p => p.Key, StringComparer.Ordinal), seen.OrderBy(p => p.Key, StringComparer.Ordinal));
        if (format is ReportFormat.Format2008)
        {
            Assert.Empty(document.QuerySelectorAll("table"));
        }
    }

    [Fact]
    public void Page_Table3_MergedHeadersWithScopeAsOfficialTable()
    {
        var table = Parse(ReportFormat.Format2021).QuerySelector("table[data-table='三']")!;
        IElement Th(string text) => table.QuerySelectorAll("th").Single(th => th.TextContent == text);

        Assert.Equal(3, table.QuerySelectorAll("thead > tr").Length);
        Assert.Equal(("7", "colgroup"), (Th("申请人情况").GetAttribute("colspan"), Th("申请人情况").GetAttribute("scope")));
        Assert.Equal(("2", "col"), (Th("自然人").GetAttribute("rowspan"), Th("自然人").GetAttribute("scope")));
        Assert.Equal("5", Th("法人或其他组织").GetAttribute("colspan"));
        Assert.Equal(("22", "rowgroup"), (Th("三、本年度办理结果").GetAttribute("rowspan"), Th("三、本年度办理结果").GetAttribute("scope")));
        Assert.Equal("8", Th("（三）不予公开").GetAttribute("rowspan"));
        Assert.Equal(("3", "row"), (Th("一、本年新收政府信息公开申请数量").GetAttribute("colspan"), Th("一、本年新收政府信息公开申请数量").GetAttribute("scope")));
        var corner = table.QuerySelector("thead td.corner")!;
        Assert.Equal((Table3Labels.Note, "3", "3"), (corner.TextContent, corner.GetAttribute("rowspan"), corner.GetAttribute("colspan")));
    }

    [Fact]
    public void Page_ReadBackAsDocumentTables_GridMatchesOfficialLayout()
    {
        var report = TestReports.For(ReportFormat.Format2021);
        var html = System.Text.Encoding.UTF8.GetBytes(_writer.Page(report));
        var text = new ReportDocumentReader().Read(html, "report.html");

        Assert.Equal(3, text.Tables.Count);
        var table3 = text.Tables[1];
        Assert.Equal((28, 10), (table3.RowCount, table3.ColumnCount));
        var row = Enumerable.Range(0, table3.RowCount).Single(r => table3.RowTexts(r)[2] == "1.属于国家秘密");
        string[] expected =
        [
            "三、本年度办理结果", "（三）不予公开", "1.属于国家秘密",
            .. Table3Labels.Columns.Select(c => PrintedValue.Of(report.Data.ValueAt(Table3Labels.At(["三、本年度办理结果", "（三）不予公开", "1.属于国家秘密"], c)))),
        ];
        Assert.Equal(expected, table3.RowTexts(row));
        Assert.Equal(["申请人情况", "申请人情况", "申请人情况"], table3.RowTexts(0).Skip(3).Take(3));
        var table4 = text.Tables[2];
        Assert.Equal(["结果维持", "结果维持", "结果维持"], new[] { table4[1, 0].Text, table4[2, 0].Text, table4[2, 5].Text });
    }

    [Fact]
    public void Fragment_ReportBodyOnly_ArticleWithTitleAndTables()
    {
        var report = TestReports.For(ReportFormat.Format2014);
        var fragment = _writer.Fragment(report);

        Assert.StartsWith("<article class=\"gongkai-report\"", fragment, StringComparison.Ordinal);
        Assert.DoesNotContain("<html", fragment, StringComparison.Ordinal);
        var document = new HtmlParser().ParseDocument(fragment);
        Assert.Equal(report.Title, document.QuerySelector("article > h1")!.TextContent);
        var table = document.QuerySelector("table[data-table='统计表']")!;
        Assert.Equal(["统计指标", "单位", "统计数"], table.QuerySelectorAll("thead th").Select(th => th.TextContent));
    }
}
