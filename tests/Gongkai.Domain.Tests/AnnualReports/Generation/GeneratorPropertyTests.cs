using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Gongkai.Domain.Appeals;
using Gongkai.Domain.AnnualReports;
using Gongkai.Domain.AnnualReports.Generation;
using Gongkai.Domain.AnnualReports.Statistics;
using Gongkai.Domain.Catalogue;
using Gongkai.Domain.Requests;
using static Gongkai.Domain.Tests.AnnualReports.Generation.RecordBuilder;
using Outcome = Gongkai.Domain.Requests.Outcome;

namespace Gongkai.Domain.Tests.AnnualReports.Generation;

/// <summary>
/// Properties of the generator over random valid records of up to four agencies (requests, appeals, documents, entered
/// statistics, 2022–2025, built only through domain methods), in every format for 2023 and 2024: no Error finding;
/// every cell's value is what its record ids say; a roll-up's cells are the sums of its units'.
/// </summary>
public sealed class GeneratorPropertyTests
{
    private const int Cases = 60;
    private static readonly DateOnly First = new(2022, 6, 1);
    private static readonly Guid[] Agencies = [Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid()];
    private static readonly ReportFormat[] Formats = Enum.GetValues<ReportFormat>();
    private static readonly int[] Years = [2023, 2024];
    private static readonly ReportingAgency Root = new("ROOT", "某市人民政府");

    private static readonly Outcome[] ReplyOutcomes =
        Enum.GetValues<Outcome>().Where(o => o is not (Outcome.OtherCorrectionLapsed or Outcome.OtherFeeLapsed)).ToArray();

    private static CellAddress Table2(string item, string row, string column) => new(Table2Labels.TableId, [item, row], [column]);

    /// <summary>Cells people fill, with no Error rule over them, plus one cell records compute (to exercise overrides).</summary>
    private static readonly IReadOnlyDictionary<ReportFormat, CellAddress[]> EnteredCells = new Dictionary<ReportFormat, CellAddress[]>
    {
        [ReportFormat.Format2008] =
        [
            NarrativeFigures.At(NarrativeFigures.ViaWebsite), NarrativeFigures.At(NarrativeFigures.FeesCollected),
            NarrativeFigures.At(NarrativeFigures.FeesWaived), NarrativeFigures.At(NarrativeFigures.RequestsReceived),
        ],
        [ReportFormat.Format2014] =
        [
            StatisticsTableRows.At(StatisticsTableRows.Complaints), StatisticsTableRows.At(StatisticsTableRows.Trainees),
            StatisticsTableRows.At(StatisticsTableRows.DedicatedFunding), StatisticsTableRows.At(StatisticsTableRows.FeesCollected),
            StatisticsTableRows.At(StatisticsTableRows.ViaGazette), StatisticsTableRows.At(StatisticsTableRows.RequestsReceived),
            NarrativeFigures.At(NarrativeFigures.FeesWaived),
        ],
        [ReportFormat.Format2019] =
        [
            Table2(Table2Labels.Article20Item5, Table2Labels.Licensing, Table2Labels.ItemsLastYear),
            Table2(Table2Labels.Article20Item5, Table2Labels.Licensing, Table2Labels.ItemChange),
            Table2(Table2Labels.Article20Item9, Table2Labels.CentralisedProcurement, Table2Labels.ProcurementAmount),
            Table4Labels.At([Table4Labels.Reconsideration, Table4Labels.Total]),
        ],
        [ReportFormat.Format2021] =
        [
            Table2(Table2Labels.Article20Item5, Table2Labels.Licensing, Table2Labels.DecisionsThisYear),
            Table2(Table2Labels.Article20Item6, Table2Labels.Penalties, Table2Labels.DecisionsThisYear),
            Table2(Table2Labels.Article20Item8, Table2Labels.AdministrativeFees, Table2Labels.FeesThisYear),
            Table2(Table2Labels.Article20Item1, Table2Labels.Rules, Table2Labels.InForce),
        ],
    };

    private enum Fate
    {
        Open,
        Replied,
        ExtendedThenReplied,
        FeePaidThenReplied,
        CorrectionLapsed,
    }

    private enum AppealKind
    {
        Reconsideration,
        Direct,
        AfterReconsideration,
    }

    private sealed record RequestSpec(int Agency, int Offset, SubmissionChannel Channel, ApplicantKind Kind, Fate Fate, int Delay, Outcome Outcome, int Fen);

    private sealed record AppealSpec(int Request, AppealKind Kind, int FiledAfter, int? DecidedAfter, AppealResult Result);

    private sealed record DocumentSpec(int Agency, NormativeDocumentKind Kind, int Offset, int? PublishedAfter, int? RepealedAfter);

    private sealed record StatisticSpec(int Agency, int Format, int Year, int Cell, int Value);

    private sealed record History(RequestSpec[] Requests, AppealSpec[] Appeals, DocumentSpec[] Documents, StatisticSpec[] Statistics)
    {
        public ReportRecords Build()
        {
            var requests = Requests.Select(BuildRequest).ToArray();
            var reconsiderations = new List<Reconsideration>();
            var litigations = new List<Litigation>();
            foreach (var spec in Appeals.Where(_ => requests.Length > 0))
            {
                var request = requests[spec.Request % requests.Length];
                var filed = request.SubmittedOn.AddDays(spec.FiledAfter);
                DateOnly? decided = spec.DecidedAfter is { } d ? filed.AddDays(d) : null;
                AppealResult? result = decided is null ? null : spec.Result;
                switch (spec.Kind)
                {
                    case AppealKind.Reconsideration:
                        reconsiderations.Add(Reconsider(request, filed, result, decided));
                        break;
                    case AppealKind.Direct:
                        litigations.Add(Sue(request, filed, LitigationRoute.Direct, result, decided));
                        break;
                    default:
                        var before = reconsiderations.LastOrDefault(r => r.RequestId == request.Id && r.FiledOn <= filed);
                        litigations.Add(Sue(request, filed, LitigationRoute.AfterReconsideration, result, decided, before));
                        break;
                }
            }

            var documents = Documents.Select(s =>
            {
                var issued = First.AddDays(-700 + s.Offset);
                return new RecordBuilder(Agencies[s.Agency]).Document(
                    s.Kind, issued, s.PublishedAfter is { } p ? issued.AddDays(p) : null, s.RepealedAfter is { } r ? issued.AddDays(r) : null);
            }).ToArray();

            var statistics = Statistics
                .Select(s =>
                {
                    var format = Formats[s.Format % Formats.Length];
                    var cells = EnteredCells[format];
                    return (s.Agency, Format: format, Year: Years[s.Year % Years.Length], Cell: cells[s.Cell % cells.Length], s.Value);
                })
                .DistinctBy(s => (s.Agency, s.Format, s.Year, s.Cell))
                .Select(s =>
                {
                    var kind = ReportLayout.For(s.Format).Find(s.Cell)!.Kind;
                    var value = kind switch
                    {
                        CellValueKind.SignedCount => s.Value - 50,
                        CellValueKind.Amount => s.Value / 100m,
                        _ => s.Value,
                    };
                    return new RecordBuilder(Agencies[s.Agency]).Statistic(s.Year, s.Format, s.Cell, value);
                })
                .ToArray();

            return new ReportRecords
            {
                Requests = requests,
                Reconsiderations = reconsiderations,
                Litigations = litigations,
                NormativeDocuments = documents,
                Statistics = statistics,
            };
        }

        private static DisclosureRequest BuildRequest(RequestSpec s)
        {
            var received = First.AddDays(s.Offset);
            var request = new RecordBuilder(Agencies[s.Agency]).Request(received, s.Channel, s.Kind);
            var closeOn = received.AddDays(s.Delay);
            switch (s.Fate)
            {
                case Fate.Replied:
                    return Reply(request, closeOn, s.Outcome);
                case Fate.ExtendedThenReplied:
                    request.ApproveExtension(Clock, received.AddDays(2), 10, "办公室主任", "需调取档案", Officer);
                    return Reply(request, closeOn, s.Outcome);
                case Fate.FeePaidThenReplied:
                    return Reply(PaidFee(request, s.Fen, received.AddDays(s.Delay / 2)), closeOn, s.Outcome);
                case Fate.CorrectionLapsed:
                    request.RequestCorrection(Clock, received.AddDays(1), "请写明文件名称", 5, Officer);
                    request.RecordCorrectionLapsed(Clock, closeOn, Officer);
                    return request;
                default:
                    return request;
            }
        }
    }

    private static Gen<History> Histories =>
        from requests in Gen.Choose(0, 25).SelectMany(n => Gen.ArrayOf(RequestSpecs, n))
        from appeals in Gen.Choose(0, 8).SelectMany(n => Gen.ArrayOf(AppealSpecs, n))
        from documents in Gen.Choose(0, 12).SelectMany(n => Gen.ArrayOf(DocumentSpecs, n))
        from statistics in Gen.Choose(0, 12).SelectMany(n => Gen.ArrayOf(StatisticSpecs, n))
        select new History(requests, appeals, documents, statistics);

    private static Gen<RequestSpec> RequestSpecs =>
        from agency in Gen.Choose(0, Agencies.Length - 1)
        from offset in Gen.Choose(0, 940)
        from channel in Gen.Elements(Enum.GetValues<SubmissionChannel>())
        from kind in Gen.Elements(Enum.GetValues<ApplicantKind>())
        from fate in Gen.Elements(Enum.GetValues<Fate>())
        from delay in Gen.Choose(30, 120)
        from outcome in Gen.Elements(ReplyOutcomes)
        from fen in Gen.Choose(100, 500_000)
        select new RequestSpec(agency, offset, channel, kind, fate, delay, outcome, fen);

    private static Gen<AppealSpec> AppealSpecs =>
        from request in Gen.Choose(0, 100)
        from kind in Gen.Elements(Enum.GetValues<AppealKind>())
        from filed in Gen.Choose(0, 400)
        from decided in Gen.OneOf(Gen.Constant<int?>(null), Gen.Choose(0, 500).Select(d => (int?)d))
        from result in Gen.Elements(AppealResult.Upheld, AppealResult.Corrected, AppealResult.Other)
        select new AppealSpec(request, kind, filed, decided, result);

    private static Gen<DocumentSpec> DocumentSpecs =>
        from agency in Gen.Choose(0, Agencies.Length - 1)
        from kind in Gen.Elements(Enum.GetValues<NormativeDocumentKind>())
        from offset in Gen.Choose(0, 1600)
        from published in Gen.OneOf(Gen.Constant<int?>(null), Gen.Choose(0, 60).Select(d => (int?)d))
        from repealed in Gen.OneOf(Gen.Constant<int?>(null), Gen.Choose(0, 900).Select(d => (int?)d))
        select new DocumentSpec(agency, kind, offset, published, repealed);

    private static Gen<StatisticSpec> StatisticSpecs =>
        from agency in Gen.Choose(0, Agencies.Length - 1)
        from format in Gen.Choose(0, 3)
        from year in Gen.Choose(0, 1)
        from cell in Gen.Choose(0, 6)
        from value in Gen.Choose(0, 5000)
        select new StatisticSpec(agency, format, year, cell, value);

    [Property(MaxTest = Cases)]
    public Property Generate_AnyRecordsAnyFormat_NoErrorAndValuesMatchTheirRecords() =>
        Prop.ForAll(Histories.ToArbitrary(), history =>
        {
            var records = history.Build();
            var counted = records.Requests.Select(r => r.Id)
                .Concat(records.Reconsiderations.Select(r => r.Id))
                .Concat(records.Litigations.Select(l => l.Id))
                .Concat(records.NormativeDocuments.Select(d => d.Id))
                .Select(id => id.ToString("D"))
                .ToHashSet();
            var entered = records.Statistics.ToDictionary(s => s.Id.ToString("D"), s => s.Value);
            foreach (var format in Formats)
            {
                foreach (var year in Years)
                {
                    var report = AnnualReportGenerator.Generate(Root, new ReportingYear(year), records, format);
                    var errors = report.Findings.Where(f => f.Severity == FindingSeverity.Error).ToArray();
                    Assert.True(errors.Length == 0, $"{format} {year}:\n" + string.Join("\n", errors.Select(e => e.ToString())));
                    foreach (var cell in report.Data.Cells)
                    {
                        var definition = report.Data.Layout.Find(cell.Address)!;
                        var mirrored = format == ReportFormat.Format2014 && cell.Table == NarrativeFigures.TableId;
                        if (AnnualReportGenerator.IsComputedFromRecords(format, cell.Address) && !mirrored)
                        {
                            Assert.NotNull(cell.RecordIds);
                        }

                        if (cell.RecordIds is not { } ids || definition.Kind == CellValueKind.Amount && ids.Any(counted.Contains))
                        {
                            continue; // blank, or an information fee (amounts of paid notices)
                        }

                        Assert.Equal(ids.Count, ids.Distinct().Count());
                        Assert.All(ids, id => Assert.True(counted.Contains(id) || entered.ContainsKey(id), $"unknown record {id}"));
                        var expected = ids.Count(counted.Contains) + ids.Where(entered.ContainsKey).Sum(id => entered[id]);
                        Assert.True(expected == cell.Value, $"{format} {year} {cell.Address.Describe()}: value {cell.Value}, records give {expected}");
                    }
                }
            }
        });

    [Property(MaxTest = Cases)]
    public Property RollUp_AnyRecordsAnyFormat_EveryCellIsTheSumOfItsUnits() =>
        Prop.ForAll(Histories.ToArbitrary(), Gen.Choose(1, Agencies.Length).ToArbitrary(), (history, unitCount) =>
        {
            var records = history.Build();
            var units = Enumerable.Range(0, unitCount)
                .Select(u => new RollUpUnit(
                    new ReportingAgency("U" + u, "单位" + u),
                    ReportRecords.Combine(Agencies.Where((_, i) => i % unitCount == u).Select(records.Of))))
                .ToArray();
            foreach (var format in Formats)
            {
                foreach (var year in Years)
                {
                    var rollUp = ReportRollUp.Generate(Root, new ReportingYear(year), units, format);
                    Assert.Equal(unitCount, rollUp.Units.Count);
                    foreach (var cell in rollUp.Combined.Data.Cells)
                    {
                        var contributions = rollUp.ContributionsTo(cell.Address);
                        var sum = contributions.All(c => c.Value is null) ? (decimal?)null : contributions.Sum(c => c.Value ?? 0);
                        Assert.True(sum == cell.Value, $"{format} {year} {cell.Address.Describe()}: {cell.Value} ≠ Σ units {sum}");
                        Assert.Equal(
                            (cell.RecordIds ?? []).Order(),
                            contributions.SelectMany(c => c.RecordIds ?? []).Order());
                    }
                }
            }
        });
}
