using Gongkai.Domain.AnnualReports;
using Gongkai.Domain.Audit;
using Gongkai.Domain.Audit.Rules;

namespace Gongkai.Domain.Tests.Audit;

/// <summary>
/// Another province's newspaper, rules or website cited as the agency's own (issue 14 item 6,
/// <see cref="AuditRuleIds.CopiedFromOtherAgency"/>), in the usual wording of the 主动公开 channels and 组织保障
/// paragraphs ("在《…日报》…公开", "根据《…省政府信息公开规定》", "通过…政务服务网"), and the near misses: national
/// titles, the agency's own province, exchange and aid with another province, an agency whose province is unknown.
/// </summary>
public sealed class OtherProvinceCitedTests
{
    private static AuditReport Audit(int year, string agency, params string[] paragraphs)
    {
        var text = $"{agency}{year}年政府信息公开工作年度报告\n本报告中所列数据的统计期限自{year}年1月1日起至{year}年12月31日止。\n" +
            string.Join("\n", paragraphs) + $"\n{agency}办公室\n{year + 1}年1月20日\n";
        return ReportAuditor.Audit(ReportText.FromPlainText(text, "composed.txt"));
    }

    private static Finding[] Of(AuditReport audit, string ruleId) => audit.Findings.Where(f => f.RuleId == ruleId).ToArray();

    [Theory]
    [InlineData("海东市乐都区人民政府", "全年通过政府网站、《贵州日报》、政务微博等渠道主动公开政府信息1250条。", "《贵州日报》", "贵州")]
    [InlineData("青海省海南藏族自治州人民政府", "我州严格按照《中华人民共和国政府信息公开条例》和《浙江省政府信息公开规定》要求，认真做好政府信息公开工作。", "《浙江省政府信息公开规定》", "浙江")]
    [InlineData("西宁市城北区人民政府", "重要政策文件均在浙江政务服务网和区政府门户网站同步发布。", "浙江政务服务网", "浙江")]
    [InlineData("贵州省遵义市汇川区人民政府", "依托杭州市人民政府门户网站政府信息公开专栏，及时公开财政预决算信息。", "杭州市人民政府门户网站", "浙江")]
    [InlineData("三明市人民政府", "在《温州日报》《三明日报》开设政务公开专栏。", "《温州日报》", "浙江")]
    [InlineData("巴彦淖尔市人民政府", "依据《宁夏回族自治区政府信息公开实施细则》，健全了依申请公开工作制度。", "《宁夏回族自治区政府信息公开实施细则》", "宁夏")]
    public void Audit_AnotherProvincesTitleOrSiteCitedAsOwn_IsAWarningWithTheSentence(string agency, string sentence, string cited, string province)
    {
        var audit = Audit(2019, agency, "一、总体情况", sentence);
        var finding = Assert.Single(Of(audit, AuditRuleIds.CopiedFromOtherAgency));
        Assert.Equal(FindingSeverity.Warning, finding.Severity);
        Assert.Contains(cited, finding.Message, StringComparison.Ordinal);
        Assert.Contains(province, finding.Message, StringComparison.Ordinal);
        Assert.Equal(sentence, Assert.Single(finding.Evidence).Source!.Text);
    }

    [Theory]
    // national titles name no province
    [InlineData("海东市乐都区人民政府", "认真贯彻《中华人民共和国政府信息公开条例》，在《人民日报》《法制日报》刊登公告。")]
    // the agency's own province, by short and full name and by its cities
    [InlineData("海东市乐都区人民政府", "全年在《青海日报》《海东日报》刊发政务信息36篇，并通过青海政务服务网公开办事指南。")]
    [InlineData("贵州省遵义市汇川区人民政府", "按照《贵州省政府信息公开办法》，在贵州省人民政府门户网站公开规范性文件。")]
    // exchange and aid name another province without citing it as one's own
    [InlineData("海东市乐都区人民政府", "组织政务公开工作人员与贵州省遵义市政务公开办交流学习。")]
    [InlineData("玉树藏族自治州人民政府", "在浙江省对口支援下，依托《浙江日报》宣传援青成果。")]
    [InlineData("拉萨市人民政府", "援藏干部带来江苏政务服务网的建设经验，我市借鉴其做法改版门户网站。")]
    [InlineData("西宁市城北区人民政府", "赴浙江省杭州市学习《浙江省政府信息公开规定》实施经验。")]
    // a title that is neither a newspaper nor rules
    [InlineData("海东市乐都区人民政府", "转发《关于做好贵州省防汛工作的通知》等文件12件。")]
    // a journal is not a newspaper
    [InlineData("海东市乐都区人民政府", "我区1篇政务公开论文刊登于《浙江大学学报》。")]
    public void Audit_NoOtherProvinceCitedAsOwn_IsNoFinding(string agency, string sentence)
    {
        Assert.Empty(Of(Audit(2019, agency, "一、总体情况", sentence), AuditRuleIds.CopiedFromOtherAgency));
    }

    [Fact]
    public void Audit_AgencyOfUnknownProvince_IsNoFinding()
    {
        // 大通回族土族自治县 (西宁) named without its city: its province is not read from the name
        var sentence = "全年通过《贵州日报》主动公开政府信息120条。";
        Assert.Empty(Of(Audit(2019, "大通回族土族自治县人民政府", sentence), AuditRuleIds.CopiedFromOtherAgency));
        Assert.Single(Of(Audit(2019, "西宁市大通回族土族自治县人民政府", sentence), AuditRuleIds.CopiedFromOtherAgency));
    }

    [Theory]
    [InlineData("青海省海东市乐都区人民政府", true)]
    [InlineData("海南藏族自治州贵德县人民政府", true)] // 青海's 海南州, not the province 海南
    [InlineData("海南省海口市人民政府", true)]
    [InlineData("内蒙古自治区巴彦淖尔市磴口县人民政府", true)]
    [InlineData("黔东南州凯里市人民政府", true)]
    [InlineData("天津市河北区人民政府", true)] // 河北区 is a district of 天津, not 河北省
    [InlineData("新疆维吾尔自治区哈密市人民政府", false)] // its own province's newspaper
    [InlineData("长沙市人民政府", false)] // 湖南's cities are not in the gazetteer
    [InlineData("青海省海东市驻贵州省办事处", false)] // two provinces: unknown
    public void Audit_AgencyProvinceReadFromItsName_DecidesTheFinding(string agency, bool expected)
    {
        var audit = Audit(2019, agency, "一、总体情况", "全年通过《新疆日报》主动公开政府信息120条。");
        Assert.Equal(expected, Of(audit, AuditRuleIds.CopiedFromOtherAgency).Length == 1);
    }
}
