using Gongkai.Domain.AnnualReports;

namespace Gongkai.Domain.Tests.AnnualReports;

public sealed class AnnualReportDataTests
{
    private static readonly CellAddress Disclosed = Table3Labels.At(["三、本年度办理结果", "（一）予以公开"], Table3Labels.TotalColumn);

    [Fact]
    public void Constructor_HalfWidthLabels_StoresOfficialLabels()
    {
        var written = new ReportCell("三", ["三、本年度办理结果", "(一)予以公开"], ["申请人情况", "总计"], 3m);
        var report = Reports.Of(ReportFormat.Format2021, 2021, [written]);

        var stored = Assert.Single(report.Cells);
        Assert.Equal(["三、本年度办理结果", "（一）予以公开"], stored.RowPath);
        Assert.Empty(report.UnknownCells);
    }

    [Fact]
    public void Find_AnyWidthOrSpacing_FindsTheCell()
    {
        var report = Reports.Of(ReportFormat.Format2021, 2021, [new ReportCell(Disclosed, 3m)]);

        Assert.Equal(3m, report.ValueAt("三", ["三、本年度办理结果 ", "(一) 予以公开"], ["申请人情况", "总 计"]));
    }

    [Fact]
    public void ValueAt_BlankCell_IsNullNotZero()
    {
        var report = Reports.Of(ReportFormat.Format2021, 2021, [new ReportCell(Disclosed, null)]);

        Assert.Null(report.ValueAt(Disclosed));
        Assert.True(report.Find(Disclosed)!.IsBlank);
        Assert.Null(report.ValueAt(Table3Labels.At(Table3Labels.NewRequestsRow, Table3Labels.TotalColumn))); // absent = blank
    }

    [Fact]
    public void Constructor_SameCellTwice_Throws()
    {
        var twice = new ReportCell("三", ["三、本年度办理结果", "(一)予以公开"], ["申请人情况", "总计"], 4m);
        Assert.Throws<RuleViolationException>(() => Reports.Of(ReportFormat.Format2021, 2021, [new ReportCell(Disclosed, 3m), twice]));
    }

    [Fact]
    public void Constructor_CellOutsideTheLayout_IsKeptAsGiven()
    {
        // 白云鄂博 2019 printed a 处理决定数量 column under 第二十条第（八）项, which the 2019 format does not have
        var local = new ReportCell("二", ["第二十条第(八)项", "行政事业性收费"], ["处理决定数量"], 296m);
        var report = Reports.Of(ReportFormat.Format2019, 2019, [local]);

        var unknown = Assert.Single(report.UnknownCells);
        Assert.Equal("第二十条第(八)项", unknown.RowPath[0]);
    }

    [Fact]
    public void WithValue_ExistingCell_Replaces_NewCell_Adds()
    {
        var report = Reports.Of(ReportFormat.Format2021, 2021, [new ReportCell(Disclosed, 3m)]);
        var newRequests = Table3Labels.At(Table3Labels.NewRequestsRow, Table3Labels.TotalColumn);

        var changed = report.WithValue(Disclosed, 5m).WithValue(newRequests, 7m);

        Assert.Equal(5m, changed.ValueAt(Disclosed));
        Assert.Equal(7m, changed.ValueAt(newRequests));
        Assert.Equal(3m, report.ValueAt(Disclosed));
    }

    [Fact]
    public void Constructor_YearBefore2008_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Reports.Empty(ReportFormat.Format2008, 2007));

    [Fact]
    public void ReportCell_Provenance_IsKept()
    {
        var id = Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e");
        var cell = new ReportCell(Disclosed, 1m, source: new SourceLocation(12, 340, "1")).WithRecords([id]);

        Assert.Equal(["0f8fad5b-d9cb-469f-a165-70867728950e"], cell.RecordIds);
        Assert.Equal(12, cell.Source!.Line);
    }

    [Fact]
    public void ReportCell_Equality_ComparesAddressByKeyAndValue()
    {
        var a = new ReportCell("三", ["三、本年度办理结果", "(一)予以公开"], ["申请人情况", "总计"], 3m);
        Assert.Equal(new ReportCell(Disclosed, 3m), a);
        Assert.NotEqual(new ReportCell(Disclosed, 4m), a);
        Assert.NotEqual(new ReportCell(Disclosed, null), new ReportCell(Disclosed, 0m));
    }
}
