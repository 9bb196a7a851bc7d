using Gongkai.Domain.AnnualReports;
using Gongkai.Domain.Requests;
using static Gongkai.Domain.Tests.AnnualReports.Calculation.RequestHistory;

namespace Gongkai.Domain.Tests.AnnualReports.Calculation;

/// <summary>Table 三 (2019, 2021) computed from hand-built request histories of report year 2024.</summary>
public sealed class Table3CalculationTests
{
    private static readonly ReportingYear Year2024 = new(2024);
    private static readonly IReadOnlyList<string> Natural = [Table3Labels.ApplicantGroup, Table3Labels.NaturalPerson];
    private static readonly IReadOnlyList<string> Commercial = [Table3Labels.ApplicantGroup, Table3Labels.LegalPersonOrOrganisation, Table3Labels.CommercialEnterprise];
    private static readonly IReadOnlyList<string> Research = [Table3Labels.ApplicantGroup, Table3Labels.LegalPersonOrOrganisation, Table3Labels.ResearchInstitution];
    private static readonly IReadOnlyList<string> LegalService = [Table3Labels.ApplicantGroup, Table3Labels.LegalPersonOrOrganisation, Table3Labels.LegalServiceInstitution];
    private static readonly IReadOnlyList<string> Total = Table3Labels.TotalColumn;
    private static readonly IReadOnlyList<string> DisclosedRow = [Table3Labels.Outcomes, Table3Labels.Disclosed];
    private static readonly IReadOnlyList<string> PartlyRow = [Table3Labels.Outcomes, Table3Labels.PartiallyDisclosed];
    private static readonly IReadOnlyList<string> StateSecretRow = [Table3Labels.Outcomes, Table3Labels.Withheld, Table3Labels.WithheldGrounds[0]];
    private static readonly IReadOnlyList<string> CorrectionLapsedRow = [Table3Labels.Outcomes, Table3Labels.OtherHandling, Table3Labels.OtherHandlingGrounds2021[0]];

    /// <summary>Requests around 2024, named by what they test.</summary>
    private sealed class Histories
    {
        public DisclosureRequest CarriedInAndAnswered { get; } = Received("2023-12-20").Replied("2024-01-10", Outcome.Disclosed);

        public DisclosureRequest OnlineWithheld { get; } = Received(D("2024-03-01"), ApplicantKind.CommercialEnterprise, SubmissionChannel.Online, confirm: true, confirmDelay: 1)
            .Replied("2024-03-11", Outcome.WithheldStateSecret);

        public DisclosureRequest OpenAtYearEnd { get; } = Received("2024-12-20", ApplicantKind.NaturalPerson, SubmissionChannel.Post);

        public DisclosureRequest AnsweredNextYear { get; } = Received("2024-12-25", ApplicantKind.LegalServiceInstitution).Replied("2025-01-06", Outcome.PartlyDisclosed);

        public DisclosureRequest CorrectionLapsed { get; } = Received("2024-04-01", ApplicantKind.ResearchInstitution).CorrectionLapsed(D("2024-05-10"));

        public DisclosureRequest ClosedLastYear { get; } = Received("2023-05-04").Replied("2023-05-10", Outcome.Disclosed);

        public DisclosureRequest ReceivedNextYear { get; } = Received("2025-01-03");

        public DisclosureRequest UnconfirmedSinceLastYear { get; } = Received(D("2023-12-29"), ApplicantKind.NaturalPerson, SubmissionChannel.Online, confirm: false);

        public DisclosureRequest ConfirmedNextYear { get; } = Received(D("2024-12-31"), ApplicantKind.NaturalPerson, SubmissionChannel.Online, confirm: true, confirmDelay: 2);

        public IReadOnlyList<DisclosureRequest> All =>
        [
            CarriedInAndAnswered, OnlineWithheld, OpenAtYearEnd, AnsweredNextYear, CorrectionLapsed, ClosedLastYear,
            ReceivedNextYear, UnconfirmedSinceLastYear, ConfirmedNextYear,
        ];
    }

    private static ReportCell Cell(AnnualReportData report, IReadOnlyList<string> row, IReadOnlyList<string> column) =>
        report.Find(Table3Labels.At(row, column)) ?? throw new Xunit.Sdk.XunitException($"no cell {string.Join('›', row)} × {string.Join('›', column)}");

    private static void AssertCell(AnnualReportData report, IReadOnlyList<string> row, IReadOnlyList<string> column, params DisclosureRequest[] expected)
    {
        var cell = Cell(report, row, column);
        Assert.Equal(expected.Length, cell.Value);
        Assert.Equal(expected.Select(r => r.Id()).Order(), (cell.RecordIds ?? []).Order());
    }

    [Fact]
    public void Calculate2021_MixedHistories_CountsIntakeAndClosingByHand()
    {
        var h = new Histories();
        var report = RequestStatisticsCalculator.Report(ReportFormat.Format2021, Year2024, Agency, h.All);

        AssertCell(report, Table3Labels.NewRequestsRow, Total, h.OnlineWithheld, h.OpenAtYearEnd, h.AnsweredNextYear, h.CorrectionLapsed);
        AssertCell(report, Table3Labels.CarriedOverRow, Total, h.CarriedInAndAnswered, h.UnconfirmedSinceLastYear);
        AssertCell(report, DisclosedRow, Total, h.CarriedInAndAnswered);
        AssertCell(report, StateSecretRow, Total, h.OnlineWithheld);
        AssertCell(report, CorrectionLapsedRow, Total, h.CorrectionLapsed);
        AssertCell(report, PartlyRow, Total);
        AssertCell(report, Table3Labels.OutcomeTotalRow, Total, h.CarriedInAndAnswered, h.OnlineWithheld, h.CorrectionLapsed);
        AssertCell(report, Table3Labels.CarriedForwardRow, Total, h.OpenAtYearEnd, h.AnsweredNextYear, h.UnconfirmedSinceLastYear);
    }

    [Fact]
    public void Calculate2021_MixedHistories_SplitsByApplicantColumn()
    {
        var h = new Histories();
        var report = RequestStatisticsCalculator.Report(ReportFormat.Format2021, Year2024, Agency, h.All);

        AssertCell(report, Table3Labels.NewRequestsRow, Natural, h.OpenAtYearEnd);
        AssertCell(report, Table3Labels.NewRequestsRow, Commercial, h.OnlineWithheld);
        AssertCell(report, Table3Labels.NewRequestsRow, Research, h.CorrectionLapsed);
        AssertCell(report, Table3Labels.NewRequestsRow, LegalService, h.AnsweredNextYear);
        AssertCell(report, StateSecretRow, Commercial, h.OnlineWithheld);
        AssertCell(report, StateSecretRow, Natural);
        AssertCell(report, CorrectionLapsedRow, Research, h.CorrectionLapsed);
        AssertCell(report, Table3Labels.CarriedForwardRow, LegalService, h.AnsweredNextYear);
        AssertCell(report, Table3Labels.CarriedForwardRow, Natural, h.OpenAtYearEnd, h.UnconfirmedSinceLastYear);
    }

    [Fact]
    public void Calculate2021_RequestAnsweredNextYear_IsCarriedForwardThenCarriedOverAndAnswered()
    {
        var h = new Histories();
        var report2025 = RequestStatisticsCalculator.Report(ReportFormat.Format2021, new ReportingYear(2025), Agency, h.All);

        AssertCell(report2025, Table3Labels.CarriedOverRow, LegalService, h.AnsweredNextYear);
        AssertCell(report2025, PartlyRow, LegalService, h.AnsweredNextYear);
        AssertCell(report2025, Table3Labels.NewRequestsRow, Total, h.ReceivedNextYear, h.ConfirmedNextYear);
        AssertCell(report2025, Table3Labels.CarriedOverRow, Total, h.OpenAtYearEnd, h.AnsweredNextYear, h.UnconfirmedSinceLastYear);
    }

    [Fact]
    public void Calculate2021_EveryCell_IsFilledWithZeroWhenNoRequest()
    {
        var report = RequestStatisticsCalculator.Report(ReportFormat.Format2021, Year2024, Agency, []);

        var expected = Table3Labels.Rows(ReportFormat.Format2021).Count * Table3Labels.Columns.Count;
        Assert.Equal(expected, report.Cells.Count);
        Assert.All(report.Cells, c => Assert.Equal((0m, 0), (c.Value!.Value, c.RecordIds!.Count)));
        Assert.Empty(report.UnknownCells);
    }

    [Fact]
    public void Calculate2019_LapsedCorrectionAndFee_CountInSingleOtherHandlingRow()
    {
        var lapsedCorrection = Received("2024-04-01").CorrectionLapsed(D("2024-05-10"));
        var lapsedFee = Received("2024-04-01", ApplicantKind.CommercialEnterprise).FeeLapsed(D("2024-05-10"));

        var report = RequestStatisticsCalculator.Report(ReportFormat.Format2019, Year2024, Agency, [lapsedCorrection, lapsedFee]);

        AssertCell(report, [Table3Labels.Outcomes, Table3Labels.OtherHandling], Total, lapsedCorrection, lapsedFee);
        Assert.Empty(report.UnknownCells);
        Assert.DoesNotContain(ConsistencyRuleSet.For(ReportFormat.Format2019).Check(report), f => f.Severity == FindingSeverity.Error);
    }

    [Fact]
    public void Calculate_RequestPassedTwice_IsCountedOnce()
    {
        var request = Received("2024-06-03");

        var report = RequestStatisticsCalculator.Report(ReportFormat.Format2021, Year2024, Agency, [request, request]);

        AssertCell(report, Table3Labels.NewRequestsRow, Total, request);
    }

    [Fact]
    public void Calculate2008_HasNoRequestTable_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => RequestStatisticsCalculator.Cells(ReportFormat.Format2008, Year2024, []));

    [Fact]
    public void ReportingYear_Bounds_AreFirstAndLastDayInclusive()
    {
        Assert.True(Year2024.Contains(D("2024-01-01")));
        Assert.True(Year2024.Contains(D("2024-12-31")));
        Assert.False(Year2024.Contains(D("2023-12-31")));
        Assert.False(Year2024.Contains(D("2025-01-01")));
    }
}
