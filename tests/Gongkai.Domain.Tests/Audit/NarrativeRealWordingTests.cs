using Gongkai.Domain.AnnualReports;
using Gongkai.Domain.Audit;
using Gongkai.Domain.Audit.Rules;
using Gongkai.Domain.Tests.Audit.Claims;
using T3 = Gongkai.Domain.AnnualReports.Table3Labels;

namespace Gongkai.Domain.Tests.Audit;

/// <summary>
/// Universal and negative claims and the slips no table rule sees (issue 14 item 6), in wording taken from published
/// reports — each sentence says where its wording came from. The drafter's own phrasings are tested elsewhere
/// (<see cref="NarrativeAssertionTests"/>); here the point is that the rules accept the family of phrasings real
/// reports use and stay silent on the near misses (a claim about most requests, a count of 0, a word that only looks
/// like a date).
/// </summary>
public sealed class NarrativeRealWordingTests
{
    private static AuditReport Audit(int year, string agency, params string[] paragraphs)
    {
        var text = $"{agency}{year}年政府信息公开工作年度报告\n本报告中所列数据的统计期限自{year}年1月1日起至{year}年12月31日止。\n" +
            string.Join("\n", paragraphs) + $"\n{agency}办公室\n{year + 1}年1月20日\n";
        return ReportAuditor.Audit(ReportText.FromPlainText(text, "composed.txt"));
    }

    private static Finding[] Of(AuditReport audit, string ruleId) => audit.Findings.Where(f => f.RuleId == ruleId).ToArray();

    [Fact]
    public void Audit_MostRequestsAnsweredInTimeBesideAnExtension_IsNoContradiction()
    {
        // xjwq.gov.cn summary: "多数部门能在法定时限内进行答复，对于复杂申请，积极与申请人沟通，延长答复期限并说明理由" —
        // a claim about most, not all: no universal claim to deny
        var audit = Audit(2024, "某某区人民政府", "（二）依申请公开",
            "多数部门能在法定时限内进行答复，对于复杂申请，积极与申请人沟通，延长答复期限并说明理由。");
        Assert.Empty(Of(audit, AuditRuleIds.NarrativeContradiction));
    }

    [Fact]
    public void Audit_ReconsiderationsCountedAsZeroBesideNoReconsiderationClaim_IsNoContradiction()
    {
        // 荣成市信访局 2025 (rongcheng.gov.cn): "因政府信息公开工作被申请行政复议0件，与去年相同" — a count of 0 agrees
        var audit = Audit(2025, "荣成市信访局", "2.政府信息公开行政复议、行政诉讼情况",
            "2025年，荣成市信访局因政府信息公开工作被申请行政复议0件，与去年相同。", "全年未发生因政府信息公开引起的行政复议。");
        Assert.Empty(Of(audit, AuditRuleIds.NarrativeContradiction));
    }

    [Fact]
    public void Audit_NoComplaintsClaimBesideAReconsideration_IsNoContradiction()
    {
        // 云台镇 2020 (cqcs.gov.cn): "未接到群众举报、投诉，也未出现失泄密情况" — says nothing of 行政复议
        var audit = Audit(2020, "某某镇人民政府", "一、总体情况",
            "2020年度政府信息与政务公开工作未接到群众举报、投诉，也未出现失泄密情况。", "本年度因政府信息公开被申请行政复议1件。");
        Assert.Empty(Of(audit, AuditRuleIds.NarrativeContradiction));
    }

    [Fact]
    public void Audit_NoLitigationClaimBesideCountedLawsuits_IsAContradiction()
    {
        // the counting sentence after 上海普陀 2022 (shpt.gov.cn): "共发生涉及政府信息公开的行政诉讼案件2件，被纠错0件"
        var counting = "全区共发生涉及政府信息公开的行政诉讼案件2件，被纠错0件。";
        var audit = Audit(2022, "某某区人民政府", "四、政府信息公开行政复议、行政诉讼情况", "全年未发生政府信息公开行政诉讼。", counting);
        var finding = Assert.Single(Of(audit, AuditRuleIds.NarrativeContradiction));
        Assert.Equal(FindingSeverity.Warning, finding.Severity);
        Assert.Contains(finding.Evidence, e => e.Source!.Text == counting);
    }

    [Theory]
    [InlineData("按时办结率100%，群众满意度较高。")]
    [InlineData("按期答复率达100%。")]
    [InlineData("所受理的申请均在法定时限内予以答复。")]
    public void Audit_OnTimeRateOfAHundredBesideDelayedReplies_IsAContradiction(string universal)
    {
        var audit = Audit(2019, "某某县人民政府", "三、收到和处理政府信息公开申请情况", universal, "因涉及第三方，依法延期答复3件。");
        Assert.Single(Of(audit, AuditRuleIds.NarrativeContradiction));
    }

    [Theory]
    [InlineData("全年依申请公开办结率100%。", true)]
    [InlineData("受理的申请已全部办结。", true)]
    [InlineData("全年依申请公开按时办结率100%。", false)]
    public void Audit_AllClosedClaimBesideRequestsCarriedForward_IsAContradictionCitingTheCell(string claim, bool fires)
    {
        var cells = DraftedNarrative.ConsistentTables(ReportFormat.Format2021, new Random(3));
        var forward = T3.At(T3.CarriedForwardRow, T3.TotalColumn);
        var carried = cells.Single(c => c.Address.Equals(forward)).Value;
        Assert.True(carried > 0); // the seed carries requests into next year
        var text = GeneratedReports.Text2019(ReportFormat.Format2021, 2022, cells, "一、总体情况\n" + claim);
        var finding = Of(ReportAuditor.Audit(ReportText.FromPlainText(text, "g.txt")), AuditRuleIds.NarrativeContradiction).SingleOrDefault();
        Assert.Equal(fires, finding is not null);
        if (finding is not null)
        {
            Assert.Contains(finding.Evidence, e => e.Address.Equals(forward) && e.Value == carried);
        }

        var none = cells.Select(c => c.RowPath.SequenceEqual(T3.CarriedForwardRow) ? c with { Value = 0 } : c).ToList();
        var closed = GeneratedReports.Text2019(ReportFormat.Format2021, 2022, none, "一、总体情况\n" + claim);
        Assert.Empty(Of(ReportAuditor.Audit(ReportText.FromPlainText(closed, "g.txt")), AuditRuleIds.NarrativeContradiction));
    }

    [Theory]
    // 龙潭区 2017 report (longtan.gov.cn), under its title: "2017210日）" — year, month and day run together
    [InlineData("（2017210日）", "2017210日")]
    // a report template posted as 范文 (pinggu.org): "根据《规定》要求，年5月1日起，本区开始开展政府信息公开工作" — year left out
    [InlineData("根据《规定》要求，年5月1日起，本区开始开展政府信息公开工作。", "年5月1日")]
    public void Audit_DateSlipsFromPublishedReports_AreWarningsWithTheSentence(string sentence, string date)
    {
        var audit = Audit(2017, "某某区人民政府", sentence);
        var finding = Assert.Single(Of(audit, AuditRuleIds.MalformedDate));
        Assert.Equal(FindingSeverity.Warning, finding.Severity);
        Assert.Contains(date, finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("本年5月1日起，我区开始实行政府信息公开预审制度。")]
    [InlineData("同年5月，区政府办公室召开专题会议。")]
    [InlineData("全年共接待群众来访2017人次，办理咨询210件。")]
    [InlineData("2017年2月10日，区政府印发了工作要点。")]
    public void Audit_WordsThatOnlyLookLikeDateSlips_AreNoFinding(string sentence)
    {
        Assert.Empty(Of(Audit(2017, "某某区人民政府", sentence), AuditRuleIds.MalformedDate));
    }

    [Fact]
    public void Audit_CompilerSentenceNamingAnotherCity_IsCopiedFromAnotherAgency()
    {
        // 南平 2012 (np.gov.cn): "本报告由南平市人民政府信息公开工作领导小组办公室根据…要求，汇总…编制而成" — here in
        // another city's report, the name left unchanged
        var sentence = "本报告由南平市人民政府信息公开工作领导小组办公室根据《条例》要求，汇总各县（市、区）、市政府各有关部门政府信息公开工作情况编制而成。";
        var audit = Audit(2012, "三明市人民政府", sentence);
        var finding = Assert.Single(Of(audit, AuditRuleIds.CopiedFromOtherAgency));
        Assert.Equal(FindingSeverity.Warning, finding.Severity);
        Assert.Contains("南平市", finding.Message, StringComparison.Ordinal);
        Assert.Empty(Of(Audit(2012, "南平市人民政府", sentence), AuditRuleIds.CopiedFromOtherAgency));
    }

    [Fact]
    public void Audit_ContactSentenceNamingAnotherCitysOffice_IsCopiedFromAnotherAgency()
    {
        // 巴彦淖尔 2017 (seed 000): "如对本报告有疑问，可与巴彦淖尔市政务公开领导小组办公室联系"
        var sentence = "如对本报告有疑问，可与巴彦淖尔市政务公开领导小组办公室联系。";
        Assert.Single(Of(Audit(2017, "乌海市人民政府", sentence), AuditRuleIds.CopiedFromOtherAgency));
        Assert.Empty(Of(Audit(2017, "巴彦淖尔市人民政府", sentence), AuditRuleIds.CopiedFromOtherAgency));
        // a county's report naming the city above it and itself is its own
        Assert.Empty(Of(Audit(2017, "磴口县人民政府", "如对本报告有疑问，可与巴彦淖尔市磴口县人民政府办公室联系。"), AuditRuleIds.CopiedFromOtherAgency));
        // "市政府" names no place
        Assert.Empty(Of(Audit(2017, "乌海市人民政府", "本报告由市政府办公室汇总编制。"), AuditRuleIds.CopiedFromOtherAgency));
    }
}
