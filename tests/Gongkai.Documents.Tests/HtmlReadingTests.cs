using System.Text;
using Gongkai.Domain.AnnualReports;
using Gongkai.Domain.Audit;

namespace Gongkai.Documents.Tests;

/// <summary>HTML pages as saved from government sites: page furniture around the report, data tables with merged cells.</summary>
public sealed class HtmlReadingTests
{
    private const string Page = """
        <!DOCTYPE html>
        <html>
        <head>
        <meta http-equiv="Content-Type" content="text/html; charset=gb2312">
        <title>某某区2019年政府信息公开工作年度报告_某某区人民政府门户网站</title>
        <script type="text/javascript">document.write("一、这不是正文");</script>
        <style>.content p { text-indent: 2em; }</style>
        </head>
        <body>
        <div class="top-header"><a href="/">首页</a><a href="/zwgk">政务公开</a><a href="/bsfw">办事服务</a><a href="/hdjl">互动交流</a></div>
        <nav><ul><li><a href="/a">机构设置</a></li><li><a href="/b">政策文件</a></li></ul></nav>
        <div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk">政府信息公开</a> &gt; 政府信息公开年度报告</div>
        <div class="article">
          <h1>某某区2019年政府信息公开工作年度报告</h1>
          <div class="info">发布时间：2020-01-20 10:30　　来源：区政府办　<span class="print">【打印本页】</span>　<a href="javascript:window.close()">【关闭窗口】</a></div>
          <div class="content">
            <p>&nbsp;&nbsp;本报告中所列数据的统计期限自2019年1月1日至2019年12月31日。</p>
            <p>一、总体情况</p>
            <p>2019年，我区认真贯彻<strong>新修订的</strong>《条例》，<br>推进政务公开。</p>
            <p>二、主动公开政府信息情况</p>
            <table border="1" cellspacing="0">
              <tr><td colspan="4">第二十条第（一）项</td></tr>
              <tr><td>信息内容</td><td>本年新制作数量</td><td>本年新公开数量</td><td>对外公开总数量</td></tr>
              <tr><td>规章</td><td>0</td><td>0</td><td>0</td></tr>
              <tr><td>规范性文件</td><td>３</td><td>3</td><td>—</td></tr>
            </table>
            <p>三、收到和处理政府信息公开申请情况</p>
            <table border="1">
              <tr><td rowspan="2" colspan="2">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td><td colspan="2">申请人情况</td></tr>
              <tr><td>自然人</td><td>总计</td></tr>
              <tr><td colspan="2">一、本年新收政府信息公开申请数量</td><td>5</td><td>5</td></tr>
              <tr><td rowspan="2">三、本年度办理结果</td><td>（一）予以公开</td><td>4</td><td>4</td></tr>
              <tr><td>（六）其他处理</td><td></td><td>/</td></tr>
            </table>
            <p>四、政府信息公开行政复议、行政诉讼情况</p>
            <p>本年度无。</p>
            <p>五、存在的主要问题及改进情况</p>
            <p>一是人员力量不足。</p>
            <p style="display:none">六、隐藏的内容</p>
          </div>
          <div class="bdsharebuttonbox">分享到：<a class="bds_weixin">微信</a><a class="bds_tsina">微博</a><a class="bds_qzone">QQ空间</a></div>
        </div>
        <div class="related"><h3>相关文章</h3><ul>
          <li><a href="/1">某某区2018年政府信息公开工作年度报告</a></li>
          <li><a href="/2">某某区2017年政府信息公开工作年度报告</a></li>
          <li><a href="/3">某某县2019年政府信息公开工作年度报告</a></li></ul></div>
        <div id="footer"><p>主办：某某区人民政府办公室　网站标识码：1234567890　备案号：某ICP备12345678号</p><p>扫一扫在手机打开当前页</p></div>
        </body>
        </html>
        """;

    private readonly ReportDocumentReader _reader = new();

    [Fact]
    public void Read_GovernmentPage_KeepsReportBodyAndDropsFurniture()
    {
        var text = ReadPage();
        var all = string.Join('\n', text.Lines.Select(l => l.Normalized));

        Assert.Equal(ReportReadStatus.Read, text.Status);
        Assert.Equal(ReportSourceKind.Html, text.SourceKind);
        Assert.Contains("某某区2019年政府信息公开工作年度报告", all, StringComparison.Ordinal);
        Assert.Contains("发布时间:2020-01-20", all, StringComparison.Ordinal);
        Assert.Contains("一是人员力量不足。", all, StringComparison.Ordinal);
        foreach (var furniture in new[] { "这不是正文", "text-indent", "办事服务", "机构设置", "当前位置", "打印本页", "关闭窗口", "分享到", "相关文章", "2018年", "网站标识码", "扫一扫", "隐藏的内容" })
        {
            Assert.DoesNotContain(furniture, all, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Read_GovernmentPage_BreaksLinesLikeABrowser()
    {
        var text = ReadPage();

        Assert.Contains(text.Lines, l => l.Original == "2019年，我区认真贯彻新修订的《条例》，");
        Assert.Contains(text.Lines, l => l.Original == "推进政务公开。");
        Assert.Contains(text.Lines, l => l.Original.StartsWith("本报告中所列数据", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_DataTables_ExpandRowspanAndColspanToGrid()
    {
        var text = ReadPage();

        Assert.Equal(2, text.Tables.Count);
        var table2 = text.Tables[0];
        Assert.Equal((4, 4), (table2.RowCount, table2.ColumnCount));
        Assert.Equal(Enumerable.Repeat("第二十条第（一）项", 4), table2.RowTexts(0));
        Assert.Equal(3m, table2[3, 1].Figure.Value);
        Assert.Equal(FigureKind.Dash, table2[3, 3].Figure.Kind);

        var table3 = text.Tables[1];
        Assert.Equal((5, 4), (table3.RowCount, table3.ColumnCount));
        Assert.Equal(table3[0, 0].Text, table3[1, 1].Text);
        Assert.False(table3[1, 1].IsOrigin);
        Assert.Equal("三、本年度办理结果", table3[4, 0].Text);
        Assert.Equal("（六）其他处理", table3[4, 1].Text);
        Assert.Equal(FigureKind.Blank, table3[4, 2].Figure.Kind);
        Assert.Equal(FigureKind.Slash, table3[4, 3].Figure.Kind);
    }

    [Fact]
    public void Read_DataTables_RowsStayInPlaceAsLinesBetweenHeadings()
    {
        var text = ReadPage();
        var table3 = text.Tables[1];

        var before = text.Line(table3.FirstLineNumber - 1);
        var after = text.Line(table3.LastLineNumber + 1);

        Assert.Equal("三、收到和处理政府信息公开申请情况", before.Normalized);
        Assert.Equal("四、政府信息公开行政复议、行政诉讼情况", after.Normalized);
        Assert.All(Enumerable.Range(table3.FirstLineNumber, table3.RowCount), n => Assert.Equal(1, text.Line(n).TableIndex));
        Assert.Equal("一、本年新收政府信息公开申请数量\t5\t5", text.Line(table3.FirstLineNumber + 2).Normalized);
    }

    [Fact]
    public void Read_LinesAndCells_PointIntoTheDecodedSource()
    {
        var text = ReadPage();

        var heading = text.Lines.Single(l => l.Original == "二、主动公开政府信息情况");
        Assert.Equal(heading.Original, Page.Substring(heading.Source.Offset, heading.Original.Length));
        Assert.Equal(Page[..heading.Source.Offset].Count(c => c == '\n') + 1, heading.Source.Line);

        var cell = text.Tables[0][3, 0];
        Assert.StartsWith("<td>规范性文件", Page[cell.Source.Offset..], StringComparison.Ordinal);
    }

    [Fact]
    public void Read_GovernmentPage_MetadataComesFromTheReportNotTheRelatedLinks()
    {
        var metadata = ReportMetadataReader.Read(ReadPage());

        Assert.Equal("某某区", metadata.AgencyName);
        Assert.Equal(2019, metadata.ReportYear);
        Assert.Equal(new DateOnly(2020, 1, 20), metadata.PublishedOn!.Value);
        Assert.True(metadata.StatisticsPeriod!.IsStated);
        Assert.Equal(ReportFormat.Format2019, metadata.FormatGuess.Format);
        Assert.Equal(new[] { 1, 2, 3, 4, 5 }, metadata.Sections.Select(s => s.Number));
        Assert.Equal(1, metadata.Section(2)!.TableCount);
        Assert.Equal(SectionContent.NoneStated, metadata.Section(4)!.Content);
    }

    [Fact]
    public void Read_PageDeclaringGb2312ButSavedAsUtf8_IsReadAsUtf8()
    {
        var text = _reader.Read(Encoding.UTF8.GetBytes(Page), "page.html");

        Assert.Equal("utf-8", text.EncodingName);
        Assert.Contains(text.Lines, l => l.Normalized == "一、总体情况");
        Assert.Contains(text.Diagnostics, d => d.Contains("declares gb18030", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_HtmlWithTxtName_IsRecognisedAsHtml()
    {
        var text = _reader.Read(Encoding.UTF8.GetBytes(Page), "saved.txt");

        Assert.Equal(ReportSourceKind.Html, text.SourceKind);
        Assert.DoesNotContain(text.Lines, l => l.Original.Contains("<td>", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_LayoutTables_AreReadAsTextNotAsData()
    {
        const string html = """
            <html><body><table width="100%"><tr>
            <td width="20%"><table><tr><td><a href="/1">栏目一</a></td></tr><tr><td><a href="/2">栏目二</a></td></tr><tr><td><a href="/3">栏目三</a></td></tr></table></td>
            <td><p>某某镇2021年政府信息公开工作年度报告</p><p>一、总体情况</p><p>本镇认真落实《中华人民共和国政府信息公开条例》，全年主动公开政府信息一百余条，依申请公开工作平稳有序，未发生行政复议和行政诉讼。本镇将继续加强政务公开工作，提升公开质量。</p></td>
            </tr></table></body></html>
            """;

        var text = _reader.Read(Encoding.UTF8.GetBytes(html), "layout.html");

        Assert.Empty(text.Tables);
        Assert.Contains(text.Lines, l => l.Normalized == "一、总体情况");
        Assert.Equal("某某镇", ReportMetadataReader.Read(text).AgencyName);
    }

    [Fact]
    public void Read_MalformedHtml_DoesNotThrow()
    {
        const string html = "<html><body><p>政府信息公开年度报告<table><tr><td rowspan=abc colspan=-3>一<td>二</tr><tr><td colspan=99999>x</table><div><div><div>";

        var text = _reader.Read(Encoding.UTF8.GetBytes(html), "broken.html");

        Assert.Equal(ReportReadStatus.Read, text.Status);
        Assert.Single(text.Tables);
    }

    private ReportText ReadPage() => _reader.Read(TestFiles.Gbk.GetBytes(Page), "report.shtml");
}
