using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Gongkai.Domain.AnnualReports;
using Gongkai.Domain.Requests;
using static Gongkai.Domain.Tests.AnnualReports.Calculation.RequestHistory;
using Outcome = Gongkai.Domain.Requests.Outcome;

namespace Gongkai.Domain.Tests.AnnualReports.Calculation;

/// <summary>
/// Properties of the calculator over generated request histories (mid-2022 – mid-2025, built only through domain
/// methods): the reports of every format pass their consistency rules, and each year carries over what the year
/// before carried forward.
/// </summary>
public sealed class RequestStatisticsPropertyTests
{
    private const int Cases = 300;
    private static readonly DateOnly First = new(2022, 6, 1);
    private static readonly DateOnly Last = new(2025, 6, 30);
    private static readonly Outcome[] ReplyOutcomes =
        Enum.GetValues<Outcome>().Where(o => o is not (Outcome.OtherCorrectionLapsed or Outcome.OtherFeeLapsed)).ToArray();

    private enum Fate
    {
        Open,
        Replied,
        CorrectedThenReplied,
        ExtendedThenReplied,
        CorrectionLapsed,
        FeeLapsed,
        Unconfirmed,
    }

    private sealed record Spec(int ReceivedOffset, SubmissionChannel Channel, ApplicantKind Kind, Fate Fate, int CloseDelay, Outcome Outcome)
    {
        public DisclosureRequest Build()
        {
            var received = First.AddDays(ReceivedOffset);
            var request = Received(received, Kind, Channel, confirm: Fate != Fate.Unconfirmed);
            var closeOn = received.AddDays(CloseDelay);
            return Fate switch
            {
                Fate.Open or Fate.Unconfirmed => request,
                Fate.Replied => request.Replied(closeOn, Outcome),
                Fate.CorrectedThenReplied => request.CorrectionRequested(received.AddDays(1)).CorrectionReceived(received.AddDays(3)).Replied(closeOn, Outcome),
                Fate.ExtendedThenReplied => request.Extended(received.AddDays(2)).Replied(closeOn, Outcome),
                Fate.CorrectionLapsed => request.CorrectionLapsed(closeOn),
                Fate.FeeLapsed => request.FeeLapsed(closeOn),
                _ => throw new ArgumentOutOfRangeException(nameof(Fate)),
            };
        }
    }

    private static Gen<Spec> Specs =>
        from offset in Gen.Choose(0, Last.DayNumber - First.DayNumber)
        from channel in Gen.Elements(Enum.GetValues<SubmissionChannel>())
        from kind in Gen.Elements(Enum.GetValues<ApplicantKind>())
        from fate in Gen.Elements(Enum.GetValues<Fate>())
        from delay in Gen.Choose(30, 120)
        from outcome in Gen.Elements(ReplyOutcomes)
        select new Spec(offset, channel, kind, fate, delay, outcome);

    private static Arbitrary<Spec[]> Histories => Gen.Choose(0, 40).SelectMany(n => Gen.ArrayOf(Specs, n)).ToArbitrary();

    [Property(MaxTest = Cases)]
    public Property Calculate_AnyHistoryAnyFormat_PassesConsistencyRulesWithoutError() =>
        Prop.ForAll(Histories, (Spec[] specs) =>
        {
            var requests = specs.Select(s => s.Build()).ToArray();
            foreach (var format in new[] { ReportFormat.Format2014, ReportFormat.Format2019, ReportFormat.Format2021 })
            {
                foreach (var year in new[] { 2023, 2024 })
                {
                    var report = RequestStatisticsCalculator.Report(format, new ReportingYear(year), Agency, requests);
                    var errors = ConsistencyRuleSet.For(format).Check(report).Where(f => f.Severity == FindingSeverity.Error).ToArray();
                    Assert.True(errors.Length == 0, string.Join("\n", errors.Select(e => e.ToString())));
                }
            }

            return true;
        });

    [Property(MaxTest = Cases)]
    public Property Calculate_ConsecutiveYears_CarryOverEqualsLastYearsCarryForward() =>
        Prop.ForAll(Histories, (Spec[] specs) =>
        {
            var requests = specs.Select(s => s.Build()).ToArray();
            foreach (var format in new[] { ReportFormat.Format2019, ReportFormat.Format2021 })
            {
                var previous = RequestStatisticsCalculator.Report(format, new ReportingYear(2023), Agency, requests);
                var current = RequestStatisticsCalculator.Report(format, new ReportingYear(2024), Agency, requests);

                var crossYear = ConsistencyRuleSet.For(format, previous).Check(current)
                    .Where(f => f.RuleId == CarryOverMatchesPreviousYear.RuleId && f.Severity != FindingSeverity.Info)
                    .ToArray();
                Assert.True(crossYear.Length == 0, string.Join("\n", crossYear.Select(e => e.ToString())));
                foreach (var column in Table3Labels.Columns)
                {
                    var carriedOver = current.Find(Table3Labels.At(Table3Labels.CarriedOverRow, column))!;
                    var carriedForward = previous.Find(Table3Labels.At(Table3Labels.CarriedForwardRow, column))!;
                    Assert.Equal(carriedForward.Value, carriedOver.Value);
                    Assert.Equal(carriedForward.RecordIds!.Order(), carriedOver.RecordIds!.Order());
                }
            }

            return true;
        });

    [Property(MaxTest = Cases)]
    public Property Calculate_AnyHistory_CountsEveryRequestOpenDuringTheYearOnceInEachPart() =>
        Prop.ForAll(Histories, (Spec[] specs) =>
        {
            var requests = specs.Select(s => s.Build()).ToArray();
            var year = new ReportingYear(2024);
            var report = RequestStatisticsCalculator.Report(ReportFormat.Format2021, year, Agency, requests);
            var expected = requests
                .Where(r => RequestInYear.ReceivedOn(r) <= year.LastDay && !(r.ClosedOn < year.FirstDay))
                .Select(r => r.Id())
                .Order()
                .ToArray();

            string[] Ids(params IReadOnlyList<string>[] rows) =>
                rows.SelectMany(row => report.Find(Table3Labels.At(row, Table3Labels.TotalColumn))!.RecordIds!).Order().ToArray();

            Assert.Equal(expected, Ids(Table3Labels.NewRequestsRow, Table3Labels.CarriedOverRow));
            Assert.Equal(expected, Ids(Table3Labels.OutcomeTotalRow, Table3Labels.CarriedForwardRow));
            return true;
        });
}
