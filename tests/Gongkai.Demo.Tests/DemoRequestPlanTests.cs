using Gongkai.Demo.Reports;
using Gongkai.Domain.AnnualReports;
using Gongkai.Domain.Calendar;
using S = Gongkai.Domain.AnnualReports.StatisticsTableRows;

namespace Gongkai.Demo.Tests;

/// <summary>The demo requests of the seed years give the figures the seeds publish.</summary>
public sealed class DemoRequestPlanTests
{
    private static readonly StatutoryClock Clock = new(WorkingDayCalendar.Official);

    [Fact]
    public void Xining2017_AsStatisticsTable_ReproducesSeedPartThree()
    {
        var requests = DemoRequests.Make(Guid.NewGuid(), "XN", 2017, DemoRequestPlans.Xining2017, Clock);

        var report = RequestStatisticsCalculator.Report(ReportFormat.Format2014, new ReportingYear(2017), new ReportingAgency("XN", "西宁市人民政府"), requests);

        decimal? At(IReadOnlyList<string> row) => report.ValueAt(S.At(row));
        Assert.Equal(48, At(S.RequestsReceived));
        Assert.Equal(6, At(S.ReceivedInPerson));
        Assert.Equal(42, At(S.ReceivedByLetter));
        Assert.Equal(0, At(S.ReceivedByFax));
        Assert.Equal(0, At(S.ReceivedOnline));
        Assert.Equal(48, At(S.RequestsClosed));
        Assert.Equal(46, At(S.ClosedOnTime));
        Assert.Equal(2, At(S.ClosedAfterExtension));
        Assert.Equal(48, At(S.RequestsAnswered));
        Assert.Equal(5, At(S.AnsweredAlreadyPublished));
        Assert.Equal(14, At(S.AnsweredDisclosed));
        Assert.Equal(6, At(S.AnsweredPartiallyDisclosed));
        Assert.Equal(5, At(S.AnsweredRefused));
        Assert.Equal(4, At(S.RefusedStateSecret));
        Assert.Equal(12, At(S.AnsweredNotThisAgency));
        Assert.Equal(3, At(S.AnsweredDoesNotExist));
        Assert.Equal(1, At(S.AnsweredToldToAmend));
        Assert.Equal(2, At(S.AnsweredToldOtherChannel));
    }

    [Fact]
    public void SyntheticYear_AsTable3_HasCarryOverBothWaysAndNoRuleErrors()
    {
        var requests = DemoRequests.Make(Guid.NewGuid(), "BL", 2025, DemoRequestPlans.SyntheticYear(2), Clock);

        var report = RequestStatisticsCalculator.Report(ReportFormat.Format2021, new ReportingYear(2025), new ReportingAgency("BL", "博乐市人民政府"), requests);

        Assert.Equal(6, report.ValueAt(Table3Labels.At(Table3Labels.CarriedOverRow, Table3Labels.TotalColumn)));
        Assert.Equal(6, report.ValueAt(Table3Labels.At(Table3Labels.CarriedForwardRow, Table3Labels.TotalColumn)));
        Assert.DoesNotContain(ConsistencyRuleSet.For(ReportFormat.Format2021).Check(report), f => f.Severity == FindingSeverity.Error);
    }

    [Fact]
    public void SyntheticYear_CarriedForwardAnsweredInJanuary_StillCarriedForwardAndNoneLeftOpen()
    {
        var repliedOn = Clock.Calendar.AddWorkingDays(new DateOnly(2025, 12, 31), 3);
        var requests = DemoRequests.Make([Guid.NewGuid()], "BL", 2025, DemoRequestPlans.SyntheticYear(2), Clock, carriedForwardRepliedOn: repliedOn);

        var report = RequestStatisticsCalculator.Report(ReportFormat.Format2021, new ReportingYear(2025), new ReportingAgency("BL", "博乐市人民政府"), requests);

        Assert.Equal(6, report.ValueAt(Table3Labels.At(Table3Labels.CarriedForwardRow, Table3Labels.TotalColumn)));
        Assert.DoesNotContain(requests, r => r.IsOpen);
        Assert.All(requests.Where(r => r.ClosedOn > new DateOnly(2025, 12, 31)), r => Assert.False(r.IsOverdue(Clock, repliedOn), r.TrackingNumber));
        Assert.Equal(6, requests.Count(r => r.ClosedOn == repliedOn));
    }

    [Fact]
    public void Make_SameInput_GivesSameIdsAndDates()
    {
        var agency = Guid.NewGuid();
        var first = DemoRequests.Make(agency, "XN", 2017, DemoRequestPlans.Xining2017, Clock);
        var second = DemoRequests.Make(agency, "XN", 2017, DemoRequestPlans.Xining2017, Clock);

        Assert.Equal(first.Select(r => (r.Id, r.SubmittedOn, r.ClosedOn)), second.Select(r => (r.Id, r.SubmittedOn, r.ClosedOn)));
    }
}
