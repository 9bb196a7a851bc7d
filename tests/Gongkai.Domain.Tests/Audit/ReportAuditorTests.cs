using System.Text.Json;
using Gongkai.Domain.AnnualReports;
using Gongkai.Domain.Audit;
using Gongkai.Domain.Audit.Rules;
using Gongkai.Domain.Tests.Audit.Claims;
using T2 = Gongkai.Domain.AnnualReports.Table2Labels;
using T3 = Gongkai.Domain.AnnualReports.Table3Labels;

namespace Gongkai.Domain.Tests.Audit;

public sealed class ReportAuditorTests
{
    private static AuditReport AuditSeed(string seed) => ReportAuditor.Audit(SeedReports.Read(seed));

    [SeedTheory]
    [InlineData("000", "巴彦淖尔市", 2017, "2014")]
    [InlineData("001", "西宁市", 2017, "2014")]
    [InlineData("002", "二连浩特市人民政府办公室", 2011, "2008")]
    [InlineData("003", "白云鄂博矿区人民政府", 2019, "2019")]
    [InlineData("004", "博乐市", 2017, "2014")]
    public void Audit_Seed_ReadsAgencyYearAndFormatAndRaisesNoError(string seed, string agency, int year, string format)
    {
        var audit = AuditSeed(seed);
        Assert.Equal((agency, year, format), (audit.Agency, audit.Year, audit.Format));
        Assert.InRange(audit.Confidence, 0.01, 1);
        Assert.DoesNotContain(audit.Findings, f => f.Severity == FindingSeverity.Error);
    }

    [SeedFact]
    public void Audit_XiningSeed_FindsTheTableDefectAndThreeNarrativeContradictionsWithEvidence()
    {
        var audit = AuditSeed("001");
        var warnings = audit.Findings.Where(f => f.Severity == FindingSeverity.Warning).ToArray();
        Assert.Equal(
            [
                (NarrativeMatchesTable.RuleId, "政府网站公开政府信息数"),             // 正文 21541条 vs 统计表 54162
                (NarrativeMatchesTable.RuleId, "按时办结数"),                         // 正文 "全部按时办结" (48) vs 统计表 46 + 2 延期
                (NarrativeMatchesTable.RuleId, "行政复议数"),                         // 正文 2件 vs 统计表 3
                (PublishedNormativeWithinIssued.RuleId, "其中：主动公开规范性文件数"),  // 3145 published > 2139 issued
            ],
            warnings.Select(f => (f.RuleId, f.Evidence[0].RowPath[^1])));
        Assert.Equal(
            [("21541条", 38, 2784), ("54162", 146, 6474)],
            warnings[0].Evidence.Select(e => (e.Source!.Text, e.Source.Line, e.Source.Offset)));
        Assert.Equal(["全部按时办结", "46"], warnings[1].Evidence.Select(e => e.Source!.Text).Take(2));
        Assert.Equal([("2件", 85), ("3", 298)], warnings[2].Evidence.Select(e => (e.Source!.Text, e.Source.Line)));
    }

    [SeedFact]
    public void Audit_XiningSeed_SumsAndSharesThatHoldAreNotFlagged()
    {
        // 48 = 6 + 42; 复议 2 = 维持 1 + 其他 1 (narrative); 14/48 = 29.17 printed 29.1%; 3/7 = 42.86 printed 42.8% …
        var audit = AuditSeed("001");
        Assert.DoesNotContain(audit.Findings, f => f.RuleId is AuditRuleIds.NarrativePercent or AuditRuleIds.NarrativePartsExceedTotal or NarrativePartsWithinTotals.RuleId);
        Assert.DoesNotContain(audit.Findings, f => f.RuleId.StartsWith("stats2014.", StringComparison.Ordinal) && f.RuleId != PublishedNormativeWithinIssued.RuleId);
    }

    [SeedFact]
    public void Audit_BaiyunEboSeed_FindsTheLocalColumnAndTheMissingSixthPart()
    {
        var audit = AuditSeed("003");
        Assert.Equal(187, audit.Cells.Count);
        Assert.Equal(
            [(CellsBelongToLayout.RuleId, FindingSeverity.Warning), (AuditRuleIds.SectionMissing, FindingSeverity.Warning)],
            audit.Findings.Select(f => (f.RuleId, f.Severity)));
        var local = audit.Findings[0].Evidence.Single();
        Assert.Equal((T2.Article20Item8 + "|" + T2.AdministrativeFees, T2.Decisions, "296", 124), (string.Join("|", local.RowPath), local.ColumnPath[0], local.Source!.Text, local.Source.Line));
        Assert.Contains("六、其他需要报告的事项", audit.Findings[1].Message);
    }

    [Fact]
    public void Audit_UnreadableInput_IsAReadingStatusWithOneWarningNotAnException()
    {
        var audit = ReportAuditor.Audit(ReportText.Failed(ReportReadStatus.Unreadable, "无法识别的文件内容。", "x.bin"));
        var finding = Assert.Single(audit.Findings);
        Assert.Equal((AuditRuleIds.Unreadable, FindingSeverity.Warning, "无法识别的文件内容。"), (finding.RuleId, finding.Severity, finding.Message));
        Assert.Equal(ReportReadStatus.Unreadable, audit.Reading);
        Assert.False(audit.WasRead);
        Assert.Contains("\"reading\": \"unreadable\"", audit.ToJson(), StringComparison.Ordinal);
        Assert.Equal("unknown", audit.Format);
    }

    [Fact]
    public void Audit_TextThatIsNoReport_SaysSo()
    {
        var audit = ReportAuditor.Audit(ReportText.FromPlainText("今天天气很好，我们去公园散步。\n明天再说。", "note.txt"));
        Assert.Contains(audit.Findings, f => f.RuleId == AuditRuleIds.FormatUnknown || f.RuleId == AuditRuleIds.NotAReport);
        Assert.Empty(audit.Cells);
    }

    [SeedFact]
    public void ToJson_HasExactlyTheAgreedTopLevelProperties()
    {
        using var json = JsonDocument.Parse(AuditSeed("001").ToJson());
        Assert.Equal(["file", "agency", "year", "format", "reading", "confidence", "cells", "claims", "findings"], json.RootElement.EnumerateObject().Select(p => p.Name));
        var cell = json.RootElement.GetProperty("cells")[0];
        Assert.Equal(["table", "rowPath", "columnPath", "value", "source"], cell.EnumerateObject().Select(p => p.Name));
        Assert.Equal("2014", json.RootElement.GetProperty("format").GetString());
        Assert.Equal("read", json.RootElement.GetProperty("reading").GetString());
        Assert.Equal("Warning", json.RootElement.GetProperty("findings")[0].GetProperty("severity").GetString());
    }

    [SeedFact]
    public void Audit_SameReportAsPrevious_ReportsCopiedTextAndWrongPreviousYear()
    {
        var audit = ReportAuditor.Audit(SeedReports.Read("001"), SeedReports.Read("001"));
        var copied = Assert.Single(audit.Findings, f => f.RuleId == AuditRuleIds.CopiedFromPreviousYear);
        Assert.Equal(FindingSeverity.Warning, copied.Severity);
        Assert.Contains("100.0%", copied.Message);
        Assert.Contains(audit.Findings, f => f.RuleId == AuditRuleIds.PreviousNotPrecedingYear);
    }

    [SeedFact]
    public void Audit_DifferentReportAsPrevious_ReportsNoCopiedText()
    {
        var audit = ReportAuditor.Audit(SeedReports.Read("001"), SeedReports.Read("000"));
        Assert.DoesNotContain(audit.Findings, f => f.RuleId == AuditRuleIds.CopiedFromPreviousYear);
    }

    public static TheoryData<int> Seeds() => [.. Enumerable.Range(0, 250)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Audit_GeneratedReport2019Or2021_YieldsTheGeneratedCellsAndNoErrorOrNarrativeFinding(int seed)
    {
        var format = seed % 2 == 0 ? ReportFormat.Format2019 : ReportFormat.Format2021;
        var year = format == ReportFormat.Format2019 ? 2020 : 2022;
        var cells = DraftedNarrative.ConsistentTables(format, new Random(seed));
        var (narrative, _) = DraftedNarrative.For2019(format, cells);
        var audit = ReportAuditor.Audit(ReportText.FromPlainText(GeneratedReports.Text2019(format, year, cells, narrative), "generated.txt"));
        Assert.Equal((format.ToString()[^4..], year), (audit.Format, audit.Year));
        Extraction.RoundTripExtractionTests.AssertSameCells(cells, audit.Cells);
        Assert.Empty(audit.Findings);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Audit_GeneratedReport2008Or2014Narrative_YieldsTheStatedFiguresAsCells(int seed)
    {
        var year = seed % 2 == 0 ? 2012 : 2016;
        var (narrative, statements) = DraftedNarrative.For2014(new Random(seed));
        var audit = ReportAuditor.Audit(ReportText.FromPlainText(GeneratedReports.Text2014(year, narrative), "generated.txt"));
        Assert.Equal(year == 2012 ? "2008" : "2014", audit.Format);
        Assert.Equal(
            statements.Select(s => (s.Address.Key, s.Value)).Order(),
            audit.Cells.Select(c => (c.Address.Key, c.Value ?? -1)).Order());
        Assert.DoesNotContain(audit.Findings, f => f.Severity == FindingSeverity.Error || f.RuleId.StartsWith("narrative", StringComparison.Ordinal) || f.RuleId.StartsWith("audit.narrative", StringComparison.Ordinal));
    }

    [Fact]
    public void Audit_NarrativeFigureDifferentFromTable_IsFoundWithBothValuesAsWritten()
    {
        var cells = DraftedNarrative.ConsistentTables(ReportFormat.Format2019, new Random(7));
        var (narrative, _) = DraftedNarrative.For2019(ReportFormat.Format2019, cells);
        var forward = cells.Single(c => c.Address.Equals(T3.At(T3.CarriedForwardRow, T3.TotalColumn))).Value!.Value;
        narrative = narrative.Replace($"结转下年度继续办理{forward}件", $"结转下年度继续办理{forward + 5}件", StringComparison.Ordinal);
        var audit = ReportAuditor.Audit(ReportText.FromPlainText(GeneratedReports.Text2019(ReportFormat.Format2019, 2020, cells, narrative), "g.txt"));
        var finding = Assert.Single(audit.Findings);
        Assert.Equal(AuditRuleIds.NarrativeMatchesTable, finding.RuleId);
        Assert.Equal([$"{forward + 5}件", GeneratedReports.Number(forward)], finding.Evidence.Select(e => e.Source!.Text));
    }

    [Fact]
    public void Audit_WrongShareAndPartsAboveTotal_AreFound()
    {
        const string text = "某某县人民政府2016年政府信息公开工作年度报告\n（二）行政机关依申请公开政府信息和不予公开政府信息的情况\n" +
            "全年共收到政府信息公开申请40件，其中当面申请10件、占30%。\n（四）因政府信息公开申请行政复议、提起行政诉讼的情况\n本年度行政复议2件，维持2件、纠正1件。\n";
        var audit = ReportAuditor.Audit(ReportText.FromPlainText(text, "t.txt"));
        var percent = Assert.Single(audit.Findings, f => f.RuleId == AuditRuleIds.NarrativePercent);
        Assert.Equal(["10件", "40件", "30%"], percent.Evidence.Select(e => e.Source!.Text));
        var parts = Assert.Single(audit.Findings, f => f.RuleId == AuditRuleIds.NarrativePartsExceedTotal);
        Assert.Equal(["2件", "2件", "1件"], parts.Evidence.Select(e => e.Source!.Text));
    }

    [Fact]
    public void Audit_PeriodOfAnotherYear_IsFound()
    {
        var cells = DraftedNarrative.ConsistentTables(ReportFormat.Format2019, new Random(3));
        var (narrative, _) = DraftedNarrative.For2019(ReportFormat.Format2019, cells);
        var text = GeneratedReports.Text2019(ReportFormat.Format2019, 2020, cells, narrative).Replace("自2020年1月1日起至2020年12月31日止", "自2019年1月1日起至2019年12月31日止", StringComparison.Ordinal);
        var audit = ReportAuditor.Audit(ReportText.FromPlainText(text, "g.txt"));
        Assert.Contains(audit.Findings, f => f.RuleId == AuditRuleIds.PeriodMismatch || f.RuleId == AuditRuleIds.YearMissing);
    }

    [Fact]
    public void Audit_WithPreviousYear_ChecksCarryOver()
    {
        var previousCells = DraftedNarrative.ConsistentTables(ReportFormat.Format2019, new Random(11));
        var cells = DraftedNarrative.ConsistentTables(ReportFormat.Format2019, new Random(12));
        var previous = ReportText.FromPlainText(GeneratedReports.Text2019(ReportFormat.Format2019, 2019, previousCells, DraftedNarrative.For2019(ReportFormat.Format2019, previousCells).Text), "2019.txt");
        var current = ReportText.FromPlainText(GeneratedReports.Text2019(ReportFormat.Format2019, 2020, cells, DraftedNarrative.For2019(ReportFormat.Format2019, cells).Text), "2020.txt");
        var audit = ReportAuditor.Audit(current, previous);
        var forward = previousCells.Where(c => c.Address.RowPath.SequenceEqual(T3.CarriedForwardRow)).ToDictionary(c => c.Address.ColumnLeaf, c => c.Value);
        var carried = cells.Where(c => c.Address.RowPath.SequenceEqual(T3.CarriedOverRow)).ToDictionary(c => c.Address.ColumnLeaf, c => c.Value);
        Assert.Equal(forward.Any(f => carried[f.Key] != f.Value), audit.Findings.Any(f => f.RuleId == CarryOverMatchesPreviousYear.RuleId));
        Assert.DoesNotContain(audit.Findings, f => f.RuleId == AuditRuleIds.PreviousNotPrecedingYear);
    }
}
