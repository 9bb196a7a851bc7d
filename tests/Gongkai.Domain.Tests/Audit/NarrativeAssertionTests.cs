using Gongkai.Domain.AnnualReports;
using Gongkai.Domain.Audit;
using Gongkai.Domain.Audit.Rules;

namespace Gongkai.Domain.Tests.Audit;

/// <summary>
/// Universal and negative claims of the narrative against other sentences and the tables, and the slips no table
/// rule sees (malformed dates, the report's own year as a plan, another agency's text), in phrasings composed after
/// real reports (not the drafter's sentences).
/// </summary>
public sealed class NarrativeAssertionTests
{
    private static AuditReport Audit(int year, string agency, params string[] paragraphs)
    {
        var text = $"{agency}{year}年政府信息公开工作年度报告\n本报告中所列数据的统计期限自{year}年1月1日起至{year}年12月31日止。\n" +
            string.Join("\n", paragraphs) + $"\n{agency}办公室\n{year + 1}年3月20日\n";
        return ReportAuditor.Audit(ReportText.FromPlainText(text, "composed.txt"));
    }

    private static Finding[] Of(AuditReport audit, string ruleId) => audit.Findings.Where(f => f.RuleId == ruleId).ToArray();

    [Theory]
    [InlineData("全年受理的政府信息公开申请全部按时办结。", "其中1件申请因需征求第三方意见，经审批延长了答复期限。")]
    [InlineData("所有申请均在法定期限内予以答复，答复率100%。", "对2件涉及多部门的申请，我们依法延期答复并告知了申请人。")]
    [InlineData("依申请公开工作规范有序，无超期答复情况。", "个别申请因检索量大超过法定期限答复，今后将加以改进。")]
    public void Audit_OnTimeClaimBesideAnExtension_IsAContradictionWithBothSentences(string universal, string denial)
    {
        var audit = Audit(2016, "某某县人民政府", "二、依申请公开政府信息情况", universal + denial);
        var finding = Assert.Single(Of(audit, AuditRuleIds.NarrativeContradiction));
        Assert.Equal(FindingSeverity.Warning, finding.Severity);
        Assert.Equal([universal, denial], finding.Evidence.Select(e => e.Source!.Text));
    }

    [Fact]
    public void Audit_OnTimeClaimBesideZeroExtensions_IsNoContradiction()
    {
        var audit = Audit(2016, "某某县人民政府", "全年申请全部按时办结，延期答复0件。");
        Assert.Empty(Of(audit, AuditRuleIds.NarrativeContradiction));
    }

    [Theory]
    [InlineData("本年度未发生因政府信息公开引起的行政复议和行政诉讼案件。", "全年收到政府信息公开行政复议申请1件，已维持原答复。")]
    [InlineData("我局没有因政府信息公开工作被申请行政复议的情况。", "本年度因政府信息公开被申请行政复议2起。")]
    [InlineData("全年无政府信息公开行政诉讼。", "被提起政府信息公开行政诉讼1件，法院判决维持。")]
    [InlineData("依申请公开政府信息未收取任何费用。", "依规定收取信息处理费200元。")]
    public void Audit_NegativeClaimBesideASentenceThatCountsOne_IsAContradiction(string negative, string counting)
    {
        var audit = Audit(2021, "某某区人民政府", "三、收到和处理政府信息公开申请情况", negative, counting);
        var finding = Assert.Single(Of(audit, AuditRuleIds.NarrativeContradiction));
        Assert.Equal([negative, counting], finding.Evidence.Select(e => e.Source!.Text));
    }

    [Fact]
    public void Audit_NoReconsiderationClaimedButTable4CountsOne_IsAContradictionCitingTheCell()
    {
        var cells = Claims.DraftedNarrative.ConsistentTables(ReportFormat.Format2021, new Random(5))
            .Select(c => c.Table == Table4Labels.TableId ? c with { Value = 0 } : c).ToList();
        cells = cells.Select(c => c.Address.Equals(Table4Labels.At([Table4Labels.Reconsideration, Table4Labels.Upheld]))
            || c.Address.Equals(Table4Labels.At([Table4Labels.Reconsideration, Table4Labels.Total])) ? c with { Value = 1 } : c).ToList();
        var text = GeneratedReports.Text2019(ReportFormat.Format2021, 2022, cells, "一、总体情况\n本年度未发生因政府信息公开引起的行政复议、行政诉讼。");
        var audit = ReportAuditor.Audit(ReportText.FromPlainText(text, "g.txt"));
        var finding = Assert.Single(Of(audit, AuditRuleIds.NarrativeContradiction));
        Assert.Contains(finding.Evidence, e => e.Address.Equals(Table4Labels.At([Table4Labels.Reconsideration, Table4Labels.Total])) && e.Value == 1);
    }

    [Theory]
    [InlineData("本报告统计期限为2020年1月1日至202020年12月31日。", "202020年12月31日")]
    [InlineData("本报告于2007年45日在政府网站公布。", "2007年45日")]
    [InlineData("该文件于2019年13月5日印发。", "2019年13月5日")]
    public void Audit_MalformedDate_IsAWarningWithTheSentence(string sentence, string date)
    {
        var audit = Audit(2019, "某某市人民政府", sentence);
        var finding = Assert.Single(Of(audit, AuditRuleIds.MalformedDate));
        Assert.Contains(date, finding.Message, StringComparison.Ordinal);
        Assert.Equal(sentence, finding.Evidence[0].Source!.Text);
    }

    [Theory]
    [InlineData(2016, "2016年，我们将进一步加大政府信息公开力度，重点做好以下工作。", true)]
    [InlineData(2016, "2017年，我们将进一步加大政府信息公开力度。", false)]
    [InlineData(2012, "2012年我局将继续深化政务公开工作。", true)]
    public void Audit_OwnYearWrittenAsAPlan_IsAWarning(int year, string sentence, bool expected)
    {
        var audit = Audit(year, "某某市人民政府", "五、存在的主要问题及改进情况", sentence);
        Assert.Equal(expected, Of(audit, AuditRuleIds.OwnYearAsFuture).Length == 1);
    }

    [Fact]
    public void Audit_CityLevelWordingInACountyReport_IsAWarning()
    {
        var audit = Audit(2018, "某某县人民政府", "全年市本级主动公开政府信息1200条，各部门积极配合。");
        var finding = Assert.Single(Of(audit, AuditRuleIds.CopiedFromOtherAgency));
        Assert.Contains("市本级", finding.Message, StringComparison.Ordinal);
        Assert.Empty(Of(Audit(2018, "某某市人民政府", "全年市本级主动公开政府信息1200条。"), AuditRuleIds.CopiedFromOtherAgency));
    }
}
