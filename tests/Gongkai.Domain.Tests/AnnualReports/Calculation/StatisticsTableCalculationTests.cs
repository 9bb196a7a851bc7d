using Gongkai.Domain.AnnualReports;
using Gongkai.Domain.Requests;
using static Gongkai.Domain.Tests.AnnualReports.Calculation.RequestHistory;

namespace Gongkai.Domain.Tests.AnnualReports.Calculation;

/// <summary>The 2014 统计表 三、依申请公开情况 computed from hand-built request histories of report year 2016.</summary>
public sealed class StatisticsTableCalculationTests
{
    private static readonly ReportingYear Year2016 = new(2016);

    private sealed class Histories
    {
        public DisclosureRequest InPersonDisclosed { get; } = Received("2016-03-01").Replied("2016-03-08", Outcome.Disclosed);

        public DisclosureRequest FaxExtendedPrivacy { get; } = Received(D("2016-04-05"), ApplicantKind.NaturalPerson, SubmissionChannel.Fax, confirm: true)
            .Extended(D("2016-04-07")).Replied(D("2016-05-20"), Outcome.WithheldPersonalPrivacy);

        public DisclosureRequest EmailInternalAffairs { get; } = Received(D("2016-06-01"), ApplicantKind.CommercialEnterprise, SubmissionChannel.Email, confirm: true)
            .Replied(D("2016-06-06"), Outcome.WithheldInternalAffairs);

        public DisclosureRequest LetterCorrectionLapsed { get; } = Received(D("2016-07-01"), ApplicantKind.NaturalPerson, SubmissionChannel.Post, confirm: false)
            .CorrectionLapsed(D("2016-08-15"));

        public DisclosureRequest CarriedOverAlreadyPublic { get; } = Received("2015-12-28").Replied("2016-01-05", Outcome.DisclosedAlreadyPublic);

        public DisclosureRequest OpenAtYearEnd { get; } = Received(D("2016-12-30"), ApplicantKind.NaturalPerson, SubmissionChannel.Online, confirm: true);

        public IReadOnlyList<DisclosureRequest> All =>
            [InPersonDisclosed, FaxExtendedPrivacy, EmailInternalAffairs, LetterCorrectionLapsed, CarriedOverAlreadyPublic, OpenAtYearEnd];
    }

    private static void AssertRow(AnnualReportData report, IReadOnlyList<string> row, params DisclosureRequest[] expected)
    {
        var cell = report.Find(StatisticsTableRows.At(row)) ?? throw new Xunit.Sdk.XunitException($"no row {string.Join('›', row)}");
        Assert.Equal(expected.Length, cell.Value);
        Assert.Equal(expected.Select(r => r.Id()).Order(), (cell.RecordIds ?? []).Order());
    }

    [Fact]
    public void Calculate2014_Received_CountsNewRequestsByChannel()
    {
        var h = new Histories();
        var report = RequestStatisticsCalculator.Report(ReportFormat.Format2014, Year2016, Agency, h.All);

        AssertRow(report, StatisticsTableRows.RequestsReceived, h.InPersonDisclosed, h.FaxExtendedPrivacy, h.EmailInternalAffairs, h.LetterCorrectionLapsed, h.OpenAtYearEnd);
        AssertRow(report, StatisticsTableRows.ReceivedInPerson, h.InPersonDisclosed);
        AssertRow(report, StatisticsTableRows.ReceivedByFax, h.FaxExtendedPrivacy);
        AssertRow(report, StatisticsTableRows.ReceivedOnline, h.EmailInternalAffairs, h.OpenAtYearEnd);
        AssertRow(report, StatisticsTableRows.ReceivedByLetter, h.LetterCorrectionLapsed);
    }

    [Fact]
    public void Calculate2014_Closed_CountsRequestsClosedInYearSplitByExtension()
    {
        var h = new Histories();
        var report = RequestStatisticsCalculator.Report(ReportFormat.Format2014, Year2016, Agency, h.All);

        AssertRow(report, StatisticsTableRows.RequestsClosed, h.InPersonDisclosed, h.FaxExtendedPrivacy, h.EmailInternalAffairs, h.LetterCorrectionLapsed, h.CarriedOverAlreadyPublic);
        AssertRow(report, StatisticsTableRows.ClosedAfterExtension, h.FaxExtendedPrivacy);
        AssertRow(report, StatisticsTableRows.ClosedOnTime, h.InPersonDisclosed, h.EmailInternalAffairs, h.LetterCorrectionLapsed, h.CarriedOverAlreadyPublic);
    }

    [Fact]
    public void Calculate2014_Answered_FollowsTaxonomyAndRefusedIsSumOfItsGrounds()
    {
        var h = new Histories();
        var report = RequestStatisticsCalculator.Report(ReportFormat.Format2014, Year2016, Agency, h.All);

        AssertRow(report, StatisticsTableRows.RequestsAnswered, h.InPersonDisclosed, h.FaxExtendedPrivacy, h.EmailInternalAffairs, h.LetterCorrectionLapsed, h.CarriedOverAlreadyPublic);
        AssertRow(report, StatisticsTableRows.AnsweredAlreadyPublished, h.CarriedOverAlreadyPublic);
        AssertRow(report, StatisticsTableRows.AnsweredDisclosed, h.InPersonDisclosed);
        AssertRow(report, StatisticsTableRows.AnsweredRefused, h.FaxExtendedPrivacy, h.EmailInternalAffairs);
        AssertRow(report, StatisticsTableRows.RefusedPersonalPrivacy, h.FaxExtendedPrivacy);
        AssertRow(report, StatisticsTableRows.RefusedNotGovernmentInformation, h.EmailInternalAffairs);
        AssertRow(report, StatisticsTableRows.RefusedStateSecret);
        AssertRow(report, StatisticsTableRows.AnsweredToldToAmend, h.LetterCorrectionLapsed);
        AssertRow(report, StatisticsTableRows.AnsweredToldOtherChannel);
    }

    [Fact]
    public void Calculate2014_NoRequests_FillsOwnedRowsWithZeroOnly()
    {
        var report = RequestStatisticsCalculator.Report(ReportFormat.Format2014, Year2016, Agency, []);

        Assert.Equal(5 + 3 + 15, report.Cells.Count);
        Assert.All(report.Cells, c => Assert.Equal(0m, c.Value));
        Assert.All(report.Cells, c => Assert.Equal("三、依申请公开情况", c.RowPath[0]));
        Assert.Empty(report.UnknownCells);
        Assert.Null(report.ValueAt(StatisticsTableRows.At(StatisticsTableRows.Reconsiderations)));
    }

    [Fact]
    public void Calculate2014_MixedHistories_PassesConsistencyRulesWithoutError()
    {
        var report = RequestStatisticsCalculator.Report(ReportFormat.Format2014, Year2016, Agency, new Histories().All);

        Assert.DoesNotContain(ConsistencyRuleSet.For(ReportFormat.Format2014).Check(report), f => f.Severity is FindingSeverity.Error or FindingSeverity.Warning);
    }
}
