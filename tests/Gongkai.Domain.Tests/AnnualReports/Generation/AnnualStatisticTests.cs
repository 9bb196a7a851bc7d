using Gongkai.Domain.AnnualReports;
using Gongkai.Domain.AnnualReports.Statistics;
using static Gongkai.Domain.Tests.AnnualReports.Generation.RecordBuilder;

namespace Gongkai.Domain.Tests.AnnualReports.Generation;

public sealed class AnnualStatisticTests
{
    private static readonly Guid AgencyId = Guid.NewGuid();

    private static CellAddress Table2(string item, string row, string column) => new(Table2Labels.TableId, [item, row], [column]);

    private static AnnualStatistic Enter(int year, ReportFormat format, CellAddress cell, decimal value, string source = "市政务服务局提供") =>
        AnnualStatistic.Enter(Guid.NewGuid(), AgencyId, new ReportingYear(year), format, cell, value, source, Officer);

    [Fact]
    public void Enter_CellWithHalfWidthLabels_StoredUnderOfficialLabels()
    {
        var statistic = Enter(2024, ReportFormat.Format2021, Table2("第二十条第(五)项", "行政许可", "本年处理决定数量"), 1200);

        Assert.Equal(["第二十条第（五）项", "行政许可"], statistic.RowPath);
        Assert.Equal(Table2(Table2Labels.Article20Item5, Table2Labels.Licensing, Table2Labels.DecisionsThisYear), statistic.Cell);
        Assert.Equal("市政务服务局提供", statistic.Source);
        Assert.Equal(Officer.Actor, statistic.RecordedBy);
    }

    [Fact]
    public void Enter_CellNotInFormat_Refused() =>
        Assert.Throws<RuleViolationException>(() =>
            Enter(2024, ReportFormat.Format2021, Table2(Table2Labels.Article20Item9, Table2Labels.CentralisedProcurement, Table2Labels.ProcurementProjects), 3));

    [Theory]
    [InlineData(-1)]
    [InlineData(2.5)]
    public void Enter_CountNegativeOrFractional_Refused(double value) =>
        Assert.Throws<RuleViolationException>(() =>
            Enter(2017, ReportFormat.Format2014, StatisticsTableRows.At(StatisticsTableRows.Complaints), (decimal)value));

    [Fact]
    public void Enter_SignedCountNegative_Accepted() =>
        Assert.Equal(-8, Enter(2019, ReportFormat.Format2019, Table2(Table2Labels.Article20Item5, Table2Labels.Licensing, Table2Labels.ItemChange), -8).Value);

    [Fact]
    public void Enter_SignedCountFractional_Refused() =>
        Assert.Throws<RuleViolationException>(() =>
            Enter(2019, ReportFormat.Format2019, Table2(Table2Labels.Article20Item5, Table2Labels.Licensing, Table2Labels.ItemChange), -0.5m));

    [Fact]
    public void Enter_AmountFractional_Accepted() =>
        Assert.Equal(12.3456m, Enter(2024, ReportFormat.Format2021, Table2(Table2Labels.Article20Item8, Table2Labels.AdministrativeFees, Table2Labels.FeesThisYear), 12.3456m).Value);

    [Fact]
    public void Enter_AmountNegative_Refused() =>
        Assert.Throws<RuleViolationException>(() =>
            Enter(2024, ReportFormat.Format2021, Table2(Table2Labels.Article20Item8, Table2Labels.AdministrativeFees, Table2Labels.FeesThisYear), -1));

    [Fact]
    public void Enter_FormatNotYetIssued_Refused() =>
        Assert.Throws<RuleViolationException>(() =>
            Enter(2018, ReportFormat.Format2021, Table2(Table2Labels.Article20Item5, Table2Labels.Licensing, Table2Labels.DecisionsThisYear), 1));

    [Fact]
    public void Enter_NoSource_Refused() =>
        Assert.Throws<RuleViolationException>(() =>
            Enter(2017, ReportFormat.Format2014, StatisticsTableRows.At(StatisticsTableRows.Complaints), 1, " "));

    [Fact]
    public void Revise_ValidValue_ReplacesValueSourceAndRecorder()
    {
        var statistic = Enter(2017, ReportFormat.Format2014, StatisticsTableRows.At(StatisticsTableRows.Complaints), 1);

        statistic.Revise(2, "信访台账（复核）", new("officer.zhao", Officer.AtUtc.AddDays(3)));

        Assert.Equal(2, statistic.Value);
        Assert.Equal("信访台账（复核）", statistic.Source);
        Assert.Equal("officer.zhao", statistic.RecordedBy);
    }

    [Fact]
    public void Revise_InvalidValue_RefusedAndUnchanged()
    {
        var statistic = Enter(2017, ReportFormat.Format2014, StatisticsTableRows.At(StatisticsTableRows.Complaints), 1);

        Assert.Throws<RuleViolationException>(() => statistic.Revise(-2, "台账", Officer));
        Assert.Equal(1, statistic.Value);
    }
}
