using Gongkai.Domain.AnnualReports;

namespace Gongkai.Domain.Tests.AnnualReports;

public sealed class CellRulesTests
{
    private static readonly CellAddress Disclosed = Table3Labels.At(["三、本年度办理结果", "（一）予以公开"], Table3Labels.Columns[0]);

    [Theory]
    [InlineData(-1)]
    [InlineData(2.5)]
    public void ValuesFit_CountNegativeOrFractional_Error(double value)
    {
        var report = Reports.Of(ReportFormat.Format2021, 2021, [new ReportCell(Disclosed, (decimal)value)]);

        var finding = Assert.Single(new ValuesFitTheirCells().Check(report));
        Assert.Equal(FindingSeverity.Error, finding.Severity);
        Assert.Contains("非负整数", finding.Message);
    }

    [Fact]
    public void ValuesFit_NegativeItemChange_Silent_FractionalItemChange_Error()
    {
        var change = new CellAddress("二", [Table2Labels.Article20Item8, Table2Labels.AdministrativeFees], [Table2Labels.ItemChange]);

        Assert.Empty(new ValuesFitTheirCells().Check(Reports.Of(ReportFormat.Format2019, 2019, [new ReportCell(change, -101m)])));
        Assert.Single(new ValuesFitTheirCells().Check(Reports.Of(ReportFormat.Format2019, 2019, [new ReportCell(change, 0.5m)])));
    }

    [Fact]
    public void ValuesFit_FractionalFeeInTenThousandYuan_Silent()
    {
        var fee = new CellAddress("二", [Table2Labels.Article20Item8, Table2Labels.AdministrativeFees], [Table2Labels.FeesThisYear]);

        Assert.Empty(Reports.Check(Reports.Of(ReportFormat.Format2021, 2021, [new ReportCell(fee, 0.025m)])));
    }

    [Fact]
    public void InLayout_LocalColumn_WarningAndNothingElse()
    {
        // 白云鄂博 2019 added 处理决定数量 under 第二十条第（八）项
        var local = new ReportCell("二", ["第二十条第(八)项", "行政事业性收费"], ["处理决定数量"], 296m);

        var finding = Assert.Single(Reports.Check(Reports.Of(ReportFormat.Format2019, 2019, [local])));
        Assert.Equal((CellsBelongToLayout.RuleId, FindingSeverity.Warning), (finding.RuleId, finding.Severity));
    }

    [Fact]
    public void InLayout_2021LabelInA2019Report_Warning()
    {
        var row2021 = new ReportCell("三", ["三、本年度办理结果", "（六）其他处理", "3.其他"], Table3Labels.Columns[0], 0m);

        Assert.Single(new CellsBelongToLayout().Check(Reports.Of(ReportFormat.Format2019, 2019, [row2021])));
    }

    [Fact]
    public void NewlyPublished_2019AboveTotal_Warning()
    {
        IReadOnlyList<string> row = [Table2Labels.Article20Item1, Table2Labels.NormativeDocuments];
        var report = Reports.Of(ReportFormat.Format2019, 2019,
        [
            new ReportCell(new CellAddress("二", row, [Table2Labels.NewlyPublished]), 12m),
            new ReportCell(new CellAddress("二", row, [Table2Labels.PublishedTotal]), 10m),
        ]);

        var finding = Assert.Single(Reports.Check(report));
        Assert.Equal((NewlyPublishedWithinPublishedTotal.RuleId, FindingSeverity.Warning), (finding.RuleId, finding.Severity));
        Assert.Empty(Reports.Check(report.WithValue(new CellAddress("二", row, [Table2Labels.PublishedTotal]), 12m)));
    }
}
