using Gongkai.Domain.AnnualReports;

namespace Gongkai.Domain.Tests.AnnualReports;

public sealed class CrossYearRulesTests
{
    private static ConsistentTable3 Table(int carriedForwardNatural, int carriedOverNatural, ReportFormat format = ReportFormat.Format2021)
    {
        var outcomes = new int[ConsistentTable3.OutcomeRowCount(format), 6];
        outcomes[0, 0] = 10;
        return new ConsistentTable3(format, outcomes, [carriedOverNatural, 0, 0, 0, 0, 0], [carriedForwardNatural, 0, 0, 0, 0, 0]);
    }

    [Fact]
    public void CarryOver_MatchesLastYearsCarriedForward_Silent()
    {
        var previous = Table(carriedForwardNatural: 4, carriedOverNatural: 0).Report(2021);
        var current = Table(carriedForwardNatural: 1, carriedOverNatural: 4).Report(2022);

        Assert.Empty(Reports.Check(current, previous));
    }

    [Fact]
    public void CarryOver_DiffersFromLastYear_WarningPerColumnCitingBothYears()
    {
        var previous = Table(carriedForwardNatural: 4, carriedOverNatural: 0).Report(2021);
        var current = Table(carriedForwardNatural: 1, carriedOverNatural: 3).Report(2022);

        var findings = Reports.Check(current, previous);

        Assert.All(findings, f => Assert.Equal((CarryOverMatchesPreviousYear.RuleId, FindingSeverity.Warning), (f.RuleId, f.Severity)));
        Assert.Equal(["自然人", "总计"], findings.Select(f => f.Evidence[0].ColumnPath[^1]));
        Assert.Equal([2022, 2021], findings[0].Evidence.Select(e => e.Year));
        Assert.Contains("2021年报告“四、结转下年度继续办理”为4", findings[0].Message);
    }

    [Fact]
    public void CarryOver_2019FormatLastYear_AppliesAcrossTheFormatChange()
    {
        var previous = Table(carriedForwardNatural: 4, carriedOverNatural: 0, ReportFormat.Format2019).Report(2020);
        var current = Table(carriedForwardNatural: 1, carriedOverNatural: 2).Report(2021);

        Assert.Contains(Reports.Check(current, previous), f => f.RuleId == CarryOverMatchesPreviousYear.RuleId);
    }

    [Fact]
    public void CrossYear_PreviousIsNotTheYearBefore_OneInfoAndNoCheck()
    {
        var previous = Table(4, 0).Report(2020);
        var current = Table(1, 3).Report(2022);

        var finding = Assert.Single(new CarryOverMatchesPreviousYear(previous).Check(current));
        Assert.Equal(FindingSeverity.Info, finding.Severity);
        Assert.Contains("未作跨年核对", finding.Message);
    }

    [Fact]
    public void CrossYear_PreviousOfAnotherAgency_OneInfo()
    {
        var previous = Reports.Of(ReportFormat.Format2021, 2021, Table(4, 0).Cells(), new ReportingAgency("other", "另一机关"));

        Assert.Equal(FindingSeverity.Info, Assert.Single(new CarryOverMatchesPreviousYear(previous).Check(Table(1, 4).Report(2022))).Severity);
    }

    private static IEnumerable<ReportCell> Documents(decimal? issued, decimal? repealed, decimal? inForce)
    {
        IReadOnlyList<string> row = [Table2Labels.Article20Item1, Table2Labels.AdministrativeNormativeDocuments];
        yield return new ReportCell(new CellAddress("二", row, [Table2Labels.IssuedThisYear]), issued);
        yield return new ReportCell(new CellAddress("二", row, [Table2Labels.RepealedThisYear]), repealed);
        yield return new ReportCell(new CellAddress("二", row, [Table2Labels.InForce]), inForce);
    }

    [Theory]
    [InlineData(120, 7, 3, 124, false)] // 120 + 7 − 3 = 124
    [InlineData(120, 7, 3, 127, true)]
    [InlineData(120, 0, 0, 120, false)]
    public void DocumentsInForce_RollForward(int lastInForce, int issued, int repealed, int inForce, bool fires)
    {
        var previous = Reports.Of(ReportFormat.Format2021, 2022, Documents(5, 0, lastInForce));
        var current = Reports.Of(ReportFormat.Format2021, 2023, Documents(issued, repealed, inForce));

        var findings = new DocumentsInForceRollForward(previous).Check(current).ToArray();

        Assert.Equal(fires, findings.Any(f => f.Severity == FindingSeverity.Warning));
        if (fires)
        {
            Assert.Contains("＝124", findings[0].Message);
        }
    }

    [Fact]
    public void DocumentsInForce_LastYearBlank_Info()
    {
        var previous = Reports.Of(ReportFormat.Format2021, 2022, Documents(5, 0, null));
        var current = Reports.Of(ReportFormat.Format2021, 2023, Documents(7, 3, 124));

        Assert.Equal(FindingSeverity.Info, Assert.Single(new DocumentsInForceRollForward(previous).Check(current)).Severity);
    }

    [Fact]
    public void DocumentsInForce_LastYearIn2019Format_NotInTheRuleSet()
    {
        var previous = Reports.Zeros(ReportFormat.Format2019, 2020);

        Assert.DoesNotContain(ConsistencyRuleSet.For(ReportFormat.Format2021, previous).Rules, r => r.Id == DocumentsInForceRollForward.RuleId);
        Assert.Contains(ConsistencyRuleSet.For(ReportFormat.Format2021, previous).Rules, r => r.Id == CarryOverMatchesPreviousYear.RuleId);
    }

    private static AnnualReportData Items(int year, decimal? lastYear, decimal? change, decimal? decisions) =>
        Reports.Of(ReportFormat.Format2019, year,
        [
            new ReportCell(new CellAddress("二", [Table2Labels.Article20Item6, Table2Labels.Penalties], [Table2Labels.ItemsLastYear]), lastYear),
            new ReportCell(new CellAddress("二", [Table2Labels.Article20Item6, Table2Labels.Penalties], [Table2Labels.ItemChange]), change),
            new ReportCell(new CellAddress("二", [Table2Labels.Article20Item6, Table2Labels.Penalties], [Table2Labels.Decisions]), decisions),
        ]);

    [Fact]
    public void ItemCount_LastYearPlusSignedChange_Silent()
    {
        // 白云鄂博 2019 行政处罚: 上一年 257, 本年减 18 → 2020's 上一年项目数量 should be 239
        var previous = Items(2019, 257, -18, 239);

        Assert.Empty(Reports.Check(Items(2020, 239, 3, 1000), previous));
    }

    [Fact]
    public void ItemCount_DoesNotRollForward_Warning()
    {
        var previous = Items(2019, 257, -18, 239);

        var finding = Assert.Single(Reports.Check(Items(2020, 257, 0, 239), previous));
        Assert.Equal((ItemCountRollsForward.RuleId, FindingSeverity.Warning), (finding.RuleId, finding.Severity));
    }

    [Fact]
    public void ItemCount_DecisionsAreNotItemsPlusChange_NoWithinYearRule()
    {
        // 白云鄂博 2019 行政许可: 519 + 165 ≠ 784 处理决定数量 — not a defect the format defines
        var report = Reports.Of(ReportFormat.Format2019, 2019,
        [
            new ReportCell(new CellAddress("二", [Table2Labels.Article20Item5, Table2Labels.Licensing], [Table2Labels.ItemsLastYear]), 519m),
            new ReportCell(new CellAddress("二", [Table2Labels.Article20Item5, Table2Labels.Licensing], [Table2Labels.ItemChange]), 165m),
            new ReportCell(new CellAddress("二", [Table2Labels.Article20Item5, Table2Labels.Licensing], [Table2Labels.Decisions]), 784m),
        ]);

        Assert.Empty(Reports.Check(report));
    }
}
