using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Gongkai.Domain.AnnualReports;

namespace Gongkai.Domain.Tests.AnnualReports;

public sealed class Table3RulesTests
{
    private static IReadOnlyList<string> Row(params string[] path) => path;

    // 上海市人民政府办公厅 2019, total column (formats-and-law.md §1.5): 859 + 18 = 805 + 72
    private static AnnualReportData ShanghaiTotals(decimal? outcomeTotal = 805m) => Reports.Of(ReportFormat.Format2019, 2019,
    [
        new ReportCell(Table3Labels.At(Table3Labels.NewRequestsRow, Table3Labels.TotalColumn), 859m),
        new ReportCell(Table3Labels.At(Table3Labels.CarriedOverRow, Table3Labels.TotalColumn), 18m),
        new ReportCell(Table3Labels.At(Table3Labels.OutcomeTotalRow, Table3Labels.TotalColumn), outcomeTotal),
        new ReportCell(Table3Labels.At(Table3Labels.CarriedForwardRow, Table3Labels.TotalColumn), 72m),
    ]);

    [Fact]
    public void IntakeBalancesOutcomes_ShanghaiTotals_Silent() =>
        Assert.Empty(new IntakeBalancesOutcomes().Check(ShanghaiTotals()));

    [Fact]
    public void IntakeBalancesOutcomes_TotalOneShort_ErrorNamingTheColumn()
    {
        var finding = Assert.Single(new IntakeBalancesOutcomes().Check(ShanghaiTotals(804m)));

        Assert.Equal(FindingSeverity.Error, finding.Severity);
        Assert.Equal("table3.intake-balances-outcomes", finding.RuleId);
        Assert.Contains("“总计”列", finding.Message);
        Assert.Contains("877", finding.Message);
        Assert.Contains("876", finding.Message);
        Assert.Equal(4, finding.Evidence.Count);
    }

    [Fact]
    public void IntakeBalancesOutcomes_TotalBlank_InfoNotError()
    {
        var finding = Assert.Single(new IntakeBalancesOutcomes().Check(ShanghaiTotals(outcomeTotal: null)));

        Assert.Equal(FindingSeverity.Info, finding.Severity);
        Assert.Contains("未填写", finding.Message);
    }

    [Fact]
    public void IntakeBalancesOutcomes_Format2014_NotApplicable() =>
        Assert.Empty(new IntakeBalancesOutcomes().Check(Reports.Zeros(ReportFormat.Format2014, 2017)));

    [Fact]
    public void ApplicantTotal_ShanghaiNewRequests_Silent()
    {
        // 上海 2019 row 一: 821 + 35 + 0 + 0 + 2 + 1 = 859
        decimal[] values = [821, 35, 0, 0, 2, 1, 859];
        var report = Reports.Of(ReportFormat.Format2019, 2019,
            Table3Labels.Columns.Select((c, i) => new ReportCell(Table3Labels.At(Table3Labels.NewRequestsRow, c), values[i])));

        Assert.Empty(new ApplicantTotalIsSumOfApplicants().Check(report));
    }

    [Fact]
    public void ApplicantTotal_TotalCellLeftBlank_Info()
    {
        // 上海 2019 left the 总计 cell of （一）予以公开 blank while the applicant cells were filled
        IReadOnlyList<string> disclosed = Row("三、本年度办理结果", "（一）予以公开");
        decimal?[] values = [400, 20, 0, 0, 1, 0, null];
        var report = Reports.Of(ReportFormat.Format2019, 2019,
            Table3Labels.Columns.Select((c, i) => new ReportCell(Table3Labels.At(disclosed, c), values[i])));

        var finding = Assert.Single(new ApplicantTotalIsSumOfApplicants().Check(report));
        Assert.Equal(FindingSeverity.Info, finding.Severity);
        Assert.Contains("（一）予以公开", finding.Message);
    }

    [Fact]
    public void ApplicantTotal_PartsBlankTotalZero_Silent()
    {
        var report = Reports.Of(ReportFormat.Format2021, 2021, [new ReportCell(Table3Labels.At(Table3Labels.NewRequestsRow, Table3Labels.TotalColumn), 0m)]);

        Assert.Empty(new ApplicantTotalIsSumOfApplicants().Check(report));
    }

    [Fact]
    public void ApplicantTotal_PartsBlankTotalPositive_ErrorReadingBlanksAsZero()
    {
        var report = Reports.Of(ReportFormat.Format2021, 2021, [new ReportCell(Table3Labels.At(Table3Labels.NewRequestsRow, Table3Labels.TotalColumn), 4m)]);

        var finding = Assert.Single(new ApplicantTotalIsSumOfApplicants().Check(report));
        Assert.Equal(FindingSeverity.Error, finding.Severity);
        Assert.Equal(7, finding.Evidence.Count);
        Assert.Equal(6, finding.Evidence.Count(e => e.Value is null));
    }

    [Fact]
    public void Rules_AllBlank_Silent() =>
        Assert.Empty(Reports.Check(Reports.Empty(ReportFormat.Format2021, 2021)));

    [Fact]
    public void Rules_AllZero_Silent()
    {
        Assert.Empty(Reports.Check(Reports.Zeros(ReportFormat.Format2021, 2021)));
        Assert.Empty(Reports.Check(Reports.Zeros(ReportFormat.Format2019, 2019)));
    }

    [Theory]
    [InlineData(ReportFormat.Format2019)]
    [InlineData(ReportFormat.Format2021)]
    public void OutcomeTotal_OtherHandlingRowsOfTheFormat_AreSummed(ReportFormat format)
    {
        var outcomes = new int[ConsistentTable3.OutcomeRowCount(format), 6];
        outcomes[outcomes.GetLength(0) - 1, 0] = 3; // last outcome row: （六）其他处理 (2019) or （六）3.其他 (2021)
        var report = new ConsistentTable3(format, outcomes, new int[6], new int[6]).Report(format == ReportFormat.Format2019 ? 2019 : 2021);

        Assert.Empty(Reports.Check(report));
        var broken = report.WithValue(Table3Labels.At(Table3Labels.OutcomeRows(format)[^1], Table3Labels.Columns[0]), 2m);
        Assert.Contains(Reports.Check(broken), f => f.RuleId == OutcomeTotalIsSumOfOutcomes.RuleId && f.Severity == FindingSeverity.Error);
    }

    [Property(MaxTest = 200)]
    public Property ConsistentTable3_2021_NoFindings() =>
        Prop.ForAll(ConsistentTable3.Generator(ReportFormat.Format2021).ToArbitrary(), table => Reports.Check(table.Report()).Count == 0);

    [Property(MaxTest = 100)]
    public Property ConsistentTable3_2019_NoFindings() =>
        Prop.ForAll(ConsistentTable3.Generator(ReportFormat.Format2019).ToArbitrary(), table => Reports.Check(table.Report(2019)).Count == 0);

    [Property(MaxTest = 300)]
    public Property PerturbedTable3_OneCellChanged_ErrorsAllNameThatCell()
    {
        var cases =
            from table in ConsistentTable3.Generator(ReportFormat.Format2021)
            from index in Gen.Choose(0, 174)
            from delta in Gen.Choose(1, 25)
            from sign in Gen.Elements(1, -1)
            select (table, index, delta: delta * sign);

        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var report = c.table.Report();
            var cell = report.Layout.Table("三").Cells[c.index].Address;
            var perturbed = report.WithValue(cell, report.ValueAt(cell)!.Value + c.delta);

            var errors = Reports.Check(perturbed).Errors().ToArray();

            return (errors.Length > 0).Label("at least one error")
                .And(errors.All(f => f.Cites(cell)).Label($"every error cites {cell}"));
        });
    }
}
