using Gongkai.Domain.AnnualReports;
using Gongkai.Domain.AnnualReports.Generation;
using Gongkai.Domain.Requests;
using static Gongkai.Domain.Tests.AnnualReports.Generation.RecordBuilder;

namespace Gongkai.Domain.Tests.AnnualReports.Generation;

public sealed class ReportRollUpTests
{
    private static readonly ReportingAgency Xining = new("XN", "西宁市人民政府");

    [Fact]
    public void Generate_TwoDistricts_CombinedIsSumAndEachContributionVisible()
    {
        var chengdong = new RecordBuilder(Guid.NewGuid());
        var chengxi = new RecordBuilder(Guid.NewGuid());
        var received = StatisticsTableRows.At(StatisticsTableRows.RequestsReceived);
        var complaints = StatisticsTableRows.At(StatisticsTableRows.Complaints);
        var units = new[]
        {
            new RollUpUnit(new("CD", "城东区人民政府"), new ReportRecords
            {
                Requests = [Reply(chengdong.Request("2017-03-01"), D("2017-03-10"), Outcome.Disclosed), chengdong.Request("2017-05-02")],
                Statistics = [chengdong.Statistic(2017, ReportFormat.Format2014, complaints, 2)],
            }),
            new RollUpUnit(new("CX", "城西区人民政府"), new ReportRecords
            {
                Requests = [Reply(chengxi.Request("2017-04-05"), D("2017-04-12"), Outcome.Disclosed)],
            }),
        };

        var rollUp = ReportRollUp.Generate(Xining, new ReportingYear(2017), units);

        Assert.Equal(Xining, rollUp.Combined.Data.Agency);
        Assert.Equal(3, rollUp.Combined.Data.ValueAt(received));
        Assert.Equal([2m, 1m], rollUp.ContributionsTo(received).Select(c => c.Value!.Value));
        Assert.Equal(["城东区人民政府", "城西区人民政府"], rollUp.ContributionsTo(received).Select(c => c.Unit.Name));
        Assert.Equal(2, rollUp.Combined.Data.ValueAt(complaints));
        Assert.Equal([2m, null], rollUp.ContributionsTo(complaints).Select(c => c.Value));
        Assert.True(rollUp.Combined.IsPublishable);
    }

    [Fact]
    public void Generate_SameAgencyInTwoUnits_Refused()
    {
        var shared = new RecordBuilder(Guid.NewGuid());
        var units = new[]
        {
            new RollUpUnit(new("A", "甲"), new ReportRecords { Requests = [shared.Request("2024-03-01")] }),
            new RollUpUnit(new("B", "乙"), new ReportRecords { Requests = [shared.Request("2024-04-01")] }),
        };

        Assert.Throws<RuleViolationException>(() => ReportRollUp.Generate(Xining, new ReportingYear(2024), units));
    }

    [Fact]
    public void Generate_SameUnitCodeTwice_Refused()
    {
        var units = new[] { new RollUpUnit(new("A", "甲"), ReportRecords.Empty), new RollUpUnit(new("A", "甲"), ReportRecords.Empty) };

        Assert.Throws<RuleViolationException>(() => ReportRollUp.Generate(Xining, new ReportingYear(2024), units));
    }
}
