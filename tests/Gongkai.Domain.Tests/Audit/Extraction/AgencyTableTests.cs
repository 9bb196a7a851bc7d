using Gongkai.Domain.AnnualReports;
using Gongkai.Domain.Audit;
using Gongkai.Domain.Audit.Extraction;
using Gongkai.Domain.Audit.Rules;

namespace Gongkai.Domain.Tests.Audit.Extraction;

/// <summary>
/// Pre-2014 reports with the agency's own statistics table (issue 14 item 3), composed after public ones: a county's
/// 2011 table printed one row per line (统计指标 / 单位 / 本年度 / 历年累计), a bureau's 2009 附表式 saved from its web
/// page one cell per line (指标名称 / 计量单位 / 2009年度 / 历年累计, the wording of a 2009 municipal notice), and a
/// district's 2012 report saved with its line breaks lost, the table's cells run together
/// ("1.网站公开条41815092.政府公报…"). The figures land at the agency's own labels from the this-year column,
/// never the cumulative one; units do not move them.
/// </summary>
public sealed class AgencyTableTests
{
    private static AuditReport Audit(string fixture, Func<string, string>? edit = null)
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Audit", "Extraction", "Fixtures", fixture));
        return ReportAuditor.Audit(ReportText.FromPlainText(edit is null ? text : edit(text), fixture));
    }

    private static ReportCell Own(AuditReport audit, string label) =>
        Assert.Single(audit.Cells, c => c.Table == AgencyTableReader.TableId && c.RowPath.SequenceEqual([label]));

    private static decimal? Figure(AuditReport audit, IReadOnlyList<string> figure) =>
        audit.Cells.SingleOrDefault(c => c.Address.Equals(NarrativeFigures.At(figure)))?.Value;

    [Fact]
    public void Audit_CountyTableOneRowPerLine_TakesThisYearColumnAtOwnLabels()
    {
        var audit = Audit("county-2011-rows.txt");

        Assert.Equal(("2008", 2011), (audit.Format, audit.Year));
        Assert.Equal(1286, Own(audit, "主动公开政府信息数").Value);
        Assert.Equal(1120, Own(audit, "政府网站").Value);
        Assert.Equal(36, Own(audit, "政府公报").Value);
        Assert.Equal(130, Own(audit, "其他方式").Value);
        Assert.Equal(12, Own(audit, "收到申请数").Value);
        Assert.Equal(5, Own(audit, "当面申请").Value);
        Assert.Equal(6, Own(audit, "网上申请").Value);
        Assert.Equal(1, Own(audit, "信函申请").Value);
        Assert.Equal(230, Own(audit, "接受咨询").Value);
        Assert.Equal(0, Own(audit, "行政复议数").Value);
        Assert.Equal(14, audit.Cells.Count(c => c.Table == AgencyTableReader.TableId));
        Assert.All(audit.Cells.Where(c => c.Table == AgencyTableReader.TableId), c => Assert.Equal([AgencyTableReader.ThisYearColumn], c.ColumnPath));
        Assert.DoesNotContain(audit.Cells, c => c.Value is 5432 or 4870 or 210 or 352 or 47 or 20 or 21 or 38 or 1150);
    }

    [Fact]
    public void Audit_CountyTable_FiguresTheTextLeavesUnstatedComeFromTheTableMarkedLoose()
    {
        var audit = Audit("county-2011-rows.txt");

        Assert.Equal(36, Figure(audit, NarrativeFigures.ViaGazette));
        Assert.Equal(9, Figure(audit, NarrativeFigures.AnsweredDisclosed));
        var gazette = audit.Cells.Single(c => c.Address.Equals(NarrativeFigures.At(NarrativeFigures.ViaGazette)));
        Assert.Equal(ReadingCertainty.LooseLabel, gazette.Source!.Certainty);
        Assert.Equal(1286, Figure(audit, NarrativeFigures.ProactivelyPublished)); // stated in the text and the table alike
        Assert.DoesNotContain(audit.Findings, f => f.Severity == FindingSeverity.Error);
        Assert.DoesNotContain(audit.Findings, f => f.RuleId == AuditRuleIds.NarrativeMatchesTable);
    }

    [Fact]
    public void Audit_CountyTableDisagreeingWithText_IsAWarningNamingBoth()
    {
        var audit = Audit("county-2011-rows.txt", t => t.Replace("其中：1.当面申请 件 5 20", "其中：1.当面申请 件 4 20", StringComparison.Ordinal));

        var finding = Assert.Single(audit.Findings, f => f.RuleId == AuditRuleIds.NarrativeMatchesTable);
        Assert.Equal(FindingSeverity.Warning, finding.Severity);
        Assert.Contains("“当面”为5", finding.Message, StringComparison.Ordinal);
        Assert.Contains("本年度为4", finding.Message, StringComparison.Ordinal);
        Assert.Contains("“当面申请”", finding.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(audit.Findings, f => f.Severity == FindingSeverity.Error);
    }

    [Fact]
    public void Audit_BureauTableOneCellPerLine_TakesThe2009ColumnNotTheCumulative()
    {
        var audit = Audit("bureau-2009-cells.txt");

        Assert.Equal(("2008", 2009), (audit.Format, audit.Year));
        Assert.Equal(85, Own(audit, "主动公开信息数").Value);
        Assert.Equal(80, Own(audit, "政府网站").Value);
        Assert.Equal(3, Own(audit, "受理依申请公开信息总数").Value);
        Assert.Equal(1, Own(audit, "当面申请数").Value);
        Assert.Equal(0, Own(audit, "电子邮件申请数").Value);
        Assert.Equal(2, Own(audit, "网上申请数").Value);
        Assert.Equal(3, Own(audit, "本年度对申请的答复总数").Value);
        Assert.Equal(1, Own(audit, "同意部分公开答复数").Value);
        Assert.Equal(0, Own(audit, "否决公开答复总数").Value);
        Assert.Equal(0, Own(audit, "行政申诉数").Value);
        Assert.Equal(17, audit.Cells.Count(c => c.Table == AgencyTableReader.TableId));
        Assert.Equal(0, Figure(audit, NarrativeFigures.AnsweredRefused));
        Assert.Equal(3, Figure(audit, NarrativeFigures.RequestsAnswered));
        Assert.DoesNotContain(audit.Cells, c => c.Table == AgencyTableReader.TableId && c.Value is 312 or 290 or 11);
        Assert.DoesNotContain(audit.Findings, f => f.Severity == FindingSeverity.Error);
        Assert.DoesNotContain(audit.Findings, f => f.RuleId == AuditRuleIds.NarrativeMatchesTable);
    }

    [Fact]
    public void Audit_RunOnTableWithCellsRunTogether_GivesRowNumbersBackAndSplitsOnlyTheUniqueWay()
    {
        var audit = Audit("district-2012-runon.txt");

        Assert.Equal(("2008", 2012), (audit.Format, audit.Year));
        // "194.受理申请": the 4 is the next row's number; "19" holds this year and the running total: only 1|9
        var board = Own(audit, "公开栏");
        Assert.Equal(1, board.Value);
        Assert.Equal(ReadingCertainty.Inferred, board.Source!.Certainty);
        Assert.Equal(7, Own(audit, "受理申请").Value);
        Assert.Equal(7, Own(audit, "答复").Value);
        Assert.Equal(0, Own(audit, "行政复议").Value);
        Assert.Equal(7, Figure(audit, NarrativeFigures.RequestsReceived));
        Assert.Contains(audit.Findings, f => f.RuleId == AuditRuleIds.ReadingInferred);
    }

    [Fact]
    public void Audit_RunOnTableWithSeveralSplits_SetsTheRowAsideAndNeverReadsOneBigFigure()
    {
        var audit = Audit("district-2012-runon.txt");

        // "41815092.政府公报": 2 is the next row's number; 4181509 is 4|181509, 41|81509 or 418|1509 — not told apart
        var website = Own(audit, "网站公开");
        Assert.Null(website.Value);
        Assert.Equal(ReadingCertainty.Ambiguous, website.Source!.Certainty);
        Assert.Contains("418｜1509", website.Source.Doubt, StringComparison.Ordinal);
        Assert.Null(Own(audit, "政府公报").Value); // 1248: 1|248 or 12|48
        Assert.DoesNotContain(audit.Cells, c => c.Value is 41815092 or 4181509 or 1248 or 12483);
        var ambiguous = audit.Findings.Where(f => f.RuleId == AuditRuleIds.ReadingAmbiguous).ToArray();
        Assert.Equal(2, ambiguous.Length);
        Assert.All(ambiguous, f => Assert.Equal(FindingSeverity.Warning, f.Severity));
        Assert.Equal(418, Figure(audit, NarrativeFigures.ProactivelyPublished)); // from the text
        Assert.DoesNotContain(audit.Findings, f => f.Severity == FindingSeverity.Error);
    }

    [Theory]
    [InlineData("其中：1.政府网站", "政府网站")]
    [InlineData("（三）行政复议数", "行政复议数")]
    [InlineData("一、主动公开情况", "主动公开情况")]
    [InlineData("2.同意部分公开答复数", "同意部分公开答复数")]
    public void RowLabel_Numbered_LosesItsNumbering(string printed, string label) =>
        Assert.Equal(label, AgencyTableReader.RowLabel(printed));
}
