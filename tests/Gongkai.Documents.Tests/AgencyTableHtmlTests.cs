using System.Text;
using Gongkai.Domain.AnnualReports;
using Gongkai.Domain.Audit;
using Gongkai.Domain.Audit.Extraction;

namespace Gongkai.Documents.Tests;

/// <summary>
/// A 2010 report page with the agency's own table as an HTML table (issue 14 item 3), composed after the 附表式 of a
/// 2009 municipal notice: 指标名称 | 计量单位 | 2010年度 | 历年累计, the header cells merged over two rows, a blank
/// cumulative cell, a fee in 元. The figures come from the this-year column at the agency's own labels.
/// </summary>
public sealed class AgencyTableHtmlTests
{
    private const string Page = """
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"><title>某某市国土资源局2010年政府信息公开工作年度报告</title></head>
        <body>
        <div class="position">当前位置：首页 &gt; 政府信息公开年报</div>
        <div class="article">
          <h1>某某市国土资源局2010年政府信息公开工作年度报告</h1>
          <p>本报告中所列数据的统计期限自2010年1月1日起至2010年12月31日止。</p>
          <p>一、概述</p>
          <p>2010年，我局按照《条例》要求，扎实推进政府信息公开工作。</p>
          <p>二、主动公开政府信息情况</p>
          <p>全年主动公开政府信息236条。</p>
          <p>三、依申请公开政府信息情况</p>
          <p>全年受理政府信息公开申请9件，其中当面申请4件、信函申请5件。</p>
          <p>四、政府信息公开的收费及减免情况</p>
          <p>收取检索、复制费用共计300元。</p>
          <p>五、因政府信息公开申请行政复议、提起行政诉讼的情况</p>
          <p>全年发生行政复议1件。</p>
          <p>六、政府信息公开工作存在的主要问题及改进情况</p>
          <p>信息更新不够及时。</p>
          <p>附表：政府信息公开情况统计表</p>
          <table border="1">
            <tr><td rowspan="2">指标名称</td><td rowspan="2">计量单位</td><td colspan="2">数量</td></tr>
            <tr><td>2010年度</td><td>历年累计</td></tr>
            <tr><td>主动公开信息数</td><td>条</td><td>236</td><td>1015</td></tr>
            <tr><td>其中：1.政府网站</td><td>条</td><td>221</td><td>960</td></tr>
            <tr><td>2.政府公报</td><td>条</td><td>15</td><td></td></tr>
            <tr><td>受理依申请公开信息总数</td><td>件</td><td>9</td><td>31</td></tr>
            <tr><td>其中：1.当面申请数</td><td>件</td><td>4</td><td>12</td></tr>
            <tr><td>2.信函申请数</td><td>件</td><td>5</td><td>19</td></tr>
            <tr><td>依申请公开收取费用</td><td>元</td><td>300</td><td>1200</td></tr>
            <tr><td>行政复议数</td><td>件</td><td>1</td><td>2</td></tr>
            <tr><td>行政诉讼数</td><td>件</td><td>0</td><td>0</td></tr>
          </table>
          <p>某某市国土资源局</p><p>2011年3月18日</p>
        </div>
        </body></html>
        """;

    private static ReportCell Own(AuditReport audit, string label) =>
        Assert.Single(audit.Cells, c => c.Table == AgencyTableReader.TableId && c.RowPath.SequenceEqual([label]));

    [Fact]
    public void Audit_HtmlOwnTable_ThisYearColumnAtOwnLabelsAndNoError()
    {
        var audit = new ReportFileAuditor().Audit(Encoding.UTF8.GetBytes(Page), "land-2010.html");

        Assert.Equal(("2008", 2010), (audit.Format, audit.Year));
        Assert.Equal(236, Own(audit, "主动公开信息数").Value);
        Assert.Equal(221, Own(audit, "政府网站").Value);
        Assert.Equal(15, Own(audit, "政府公报").Value);
        Assert.Equal(9, Own(audit, "受理依申请公开信息总数").Value);
        Assert.Equal(4, Own(audit, "当面申请数").Value);
        Assert.Equal(300, Own(audit, "依申请公开收取费用").Value);
        Assert.Equal(1, Own(audit, "行政复议数").Value);
        Assert.DoesNotContain(audit.Cells, c => c.Table == AgencyTableReader.TableId && c.Value is 1015 or 960 or 31 or 12 or 19 or 1200 or 2);
        // the fee printed in 元 is 0.03 万元 as the figure the text states
        Assert.Equal(0.03m, audit.Cells.Single(c => c.Address.Equals(NarrativeFigures.At(NarrativeFigures.FeesCollected))).Value);
        Assert.Equal(15, audit.Cells.Single(c => c.Address.Equals(NarrativeFigures.At(NarrativeFigures.ViaGazette))).Value);
        Assert.DoesNotContain(audit.Findings, f => f.Severity == FindingSeverity.Error);
        Assert.DoesNotContain(audit.Findings, f => f.RuleId == Domain.Audit.Rules.AuditRuleIds.NarrativeMatchesTable);
    }
}
