using Gongkai.Domain.Appeals;
using Gongkai.Domain.AnnualReports;
using Gongkai.Domain.AnnualReports.Generation;
using Gongkai.Domain.AnnualReports.Statistics;
using Gongkai.Domain.Catalogue;
using Gongkai.Domain.Requests;
using static Gongkai.Domain.Tests.AnnualReports.Generation.RecordBuilder;

namespace Gongkai.Domain.Tests.AnnualReports.Generation;

public sealed class AnnualReportGeneratorTests
{
    private static readonly ReportingAgency Agency = new("11110000000000001X", "某市人民政府办公室");

    private static CellAddress Table2(string item, string row, string column) => new(Table2Labels.TableId, [item, row], [column]);

    private static void AssertCell(GeneratedReport report, CellAddress address, decimal? value, params Guid[] records)
    {
        var cell = report.Data.Find(address);
        Assert.NotNull(cell);
        Assert.Equal(value, cell.Value);
        if (records.Length > 0 || value == 0)
        {
            Assert.NotNull(cell.RecordIds);
            Assert.Equal(records.Select(r => r.ToString("D")).Order(), cell.RecordIds!.Order());
        }
    }

    private static void AssertNoError(GeneratedReport report)
    {
        Assert.True(report.IsPublishable, string.Join("\n", report.Findings.Where(f => f.Severity == FindingSeverity.Error)));
    }

    [Fact]
    public void Generate_Format2021_FillsTables234FromRecordsAndStatistics()
    {
        var a = new RecordBuilder(Guid.NewGuid());
        var old = Reply(a.Request("2023-10-09"), D("2023-10-16"), Outcome.Disclosed);
        var answered = Reply(a.Request("2024-03-01"), D("2024-03-11"), Outcome.Disclosed);
        var open = a.Request("2024-12-20");
        var upheld = Reconsider(answered, D("2024-05-06"), AppealResult.Upheld, D("2024-07-01"));
        var correctedAfterPending = Reconsider(old, D("2023-11-01"), AppealResult.Corrected, D("2024-02-01"));
        var pendingSuit = Sue(answered, D("2024-08-01"), LitigationRoute.Direct);
        var rule = a.Document(NormativeDocumentKind.Rule, D("2024-02-01"), D("2024-02-05"));
        var repealed = a.Document(NormativeDocumentKind.AdministrativeNormativeDocument, D("2023-05-01"), D("2023-05-10"), D("2024-06-01"));
        var inForce = a.Document(NormativeDocumentKind.AdministrativeNormativeDocument, D("2022-01-04"), D("2022-01-10"));
        var licensing = a.Statistic(2024, ReportFormat.Format2021, Table2(Table2Labels.Article20Item5, Table2Labels.Licensing, Table2Labels.DecisionsThisYear), 1200, "市政务服务局提供");
        var records = new ReportRecords
        {
            Requests = [old, answered, open],
            Reconsiderations = [upheld, correctedAfterPending],
            Litigations = [pendingSuit],
            NormativeDocuments = [rule, repealed, inForce],
            Statistics = [licensing],
        };

        var report = AnnualReportGenerator.Generate(Agency, new ReportingYear(2024), records);

        Assert.Equal(ReportFormat.Format2021, report.Data.Format);
        Assert.Equal(ReportLayout.For(ReportFormat.Format2021).Cells.Count(), report.Data.Cells.Count);
        AssertNoError(report);
        AssertCell(report, Table4Labels.At([Table4Labels.Reconsideration, Table4Labels.Upheld]), 1, upheld.Id);
        AssertCell(report, Table4Labels.At([Table4Labels.Reconsideration, Table4Labels.Corrected]), 1, correctedAfterPending.Id);
        AssertCell(report, Table4Labels.At([Table4Labels.Reconsideration, Table4Labels.Total]), 2, upheld.Id, correctedAfterPending.Id);
        AssertCell(report, Table4Labels.At([Table4Labels.Litigation, Table4Labels.SuedDirectly, Table4Labels.Pending]), 1, pendingSuit.Id);
        AssertCell(report, Table4Labels.At([Table4Labels.Litigation, Table4Labels.SuedAfterReconsideration, Table4Labels.Total]), 0);
        AssertCell(report, Table2(Table2Labels.Article20Item1, Table2Labels.Rules, Table2Labels.IssuedThisYear), 1, rule.Id);
        AssertCell(report, Table2(Table2Labels.Article20Item1, Table2Labels.Rules, Table2Labels.InForce), 1, rule.Id);
        AssertCell(report, Table2(Table2Labels.Article20Item1, Table2Labels.AdministrativeNormativeDocuments, Table2Labels.IssuedThisYear), 0);
        AssertCell(report, Table2(Table2Labels.Article20Item1, Table2Labels.AdministrativeNormativeDocuments, Table2Labels.RepealedThisYear), 1, repealed.Id);
        AssertCell(report, Table2(Table2Labels.Article20Item1, Table2Labels.AdministrativeNormativeDocuments, Table2Labels.InForce), 1, inForce.Id);
        AssertCell(report, Table2(Table2Labels.Article20Item5, Table2Labels.Licensing, Table2Labels.DecisionsThisYear), 1200, licensing.Id);
        AssertCell(report, Table2(Table2Labels.Article20Item6, Table2Labels.Penalties, Table2Labels.DecisionsThisYear), null);
        AssertCell(report, Table3Labels.At(Table3Labels.NewRequestsRow, Table3Labels.TotalColumn), 2, answered.Id, open.Id);
        AssertCell(report, Table3Labels.At(Table3Labels.CarriedForwardRow, Table3Labels.TotalColumn), 1, open.Id);
    }

    [Fact]
    public void Generate_Format2019_CountsRegisterAsMadePublishedAndPublishedTotal()
    {
        var a = new RecordBuilder(Guid.NewGuid());
        var madeAndRepealed = a.Document(NormativeDocumentKind.AdministrativeNormativeDocument, D("2019-03-01"), D("2019-03-10"), D("2019-09-01"));
        var lastYearsPublishedNow = a.Document(NormativeDocumentKind.AdministrativeNormativeDocument, D("2018-12-20"), D("2019-01-05"));
        var oldRule = a.Document(NormativeDocumentKind.Rule, D("2017-06-01"), D("2017-06-05"));
        var change = a.Statistic(2019, ReportFormat.Format2019, Table2(Table2Labels.Article20Item5, Table2Labels.Licensing, Table2Labels.ItemChange), -3);

        var report = AnnualReportGenerator.Generate(Agency, new ReportingYear(2019), new ReportRecords
        {
            NormativeDocuments = [madeAndRepealed, lastYearsPublishedNow, oldRule],
            Statistics = [change],
        });

        Assert.Equal(ReportFormat.Format2019, report.Data.Format);
        AssertNoError(report);
        AssertCell(report, Table2(Table2Labels.Article20Item1, Table2Labels.NormativeDocuments, Table2Labels.NewlyMade), 1, madeAndRepealed.Id);
        AssertCell(report, Table2(Table2Labels.Article20Item1, Table2Labels.NormativeDocuments, Table2Labels.NewlyPublished), 2, madeAndRepealed.Id, lastYearsPublishedNow.Id);
        AssertCell(report, Table2(Table2Labels.Article20Item1, Table2Labels.NormativeDocuments, Table2Labels.PublishedTotal), 2, madeAndRepealed.Id, lastYearsPublishedNow.Id);
        AssertCell(report, Table2(Table2Labels.Article20Item1, Table2Labels.Rules, Table2Labels.NewlyMade), 0);
        AssertCell(report, Table2(Table2Labels.Article20Item1, Table2Labels.Rules, Table2Labels.PublishedTotal), 1, oldRule.Id);
        AssertCell(report, Table2(Table2Labels.Article20Item5, Table2Labels.Licensing, Table2Labels.ItemChange), -3, change.Id);
        Assert.DoesNotContain(report.Findings, f => f.RuleId == NewlyPublishedWithinPublishedTotal.RuleId);
    }

    [Fact]
    public void Generate_Format2014_FillsStatisticsTableAndMirrorsItInTheNarrative()
    {
        var a = new RecordBuilder(Guid.NewGuid());
        var online = Reply(a.Request("2017-02-06", SubmissionChannel.Online), D("2017-02-13"), Outcome.Disclosed);
        var withFee = Reply(PaidFee(a.Request("2017-03-01"), 25_000, D("2017-03-06")), D("2017-03-10"), Outcome.Disclosed);
        var upheld = Reconsider(online, D("2017-05-02"), AppealResult.Upheld, D("2017-06-30"));
        var pending = Reconsider(withFee, D("2017-11-01"));
        var corrected = Sue(online, D("2017-08-01"), LitigationRoute.AfterReconsideration, AppealResult.Corrected, D("2017-10-09"), upheld);
        var pendingSuit = Sue(withFee, D("2017-12-01"), LitigationRoute.Direct);
        var document = a.Document(NormativeDocumentKind.AdministrativeNormativeDocument, D("2017-01-10"), D("2017-01-16"));
        var proactive = a.Statistic(2017, ReportFormat.Format2014, StatisticsTableRows.At(StatisticsTableRows.ProactivelyPublished), 66045, "政府网站后台统计");
        var website = a.Statistic(2017, ReportFormat.Format2014, StatisticsTableRows.At(StatisticsTableRows.ViaWebsite), 60000);
        var waived = a.Statistic(2017, ReportFormat.Format2014, NarrativeFigures.At(NarrativeFigures.FeesWaived), 0);

        var report = AnnualReportGenerator.Generate(Agency, new ReportingYear(2017), new ReportRecords
        {
            Requests = [online, withFee],
            Reconsiderations = [upheld, pending],
            Litigations = [corrected, pendingSuit],
            NormativeDocuments = [document],
            Statistics = [proactive, website, waived],
        });

        Assert.Equal(ReportFormat.Format2014, report.Data.Format);
        AssertNoError(report);
        AssertCell(report, StatisticsTableRows.At(StatisticsTableRows.Reconsiderations), 2, upheld.Id, pending.Id);
        AssertCell(report, StatisticsTableRows.At(StatisticsTableRows.ReconsiderationsUpheld), 1, upheld.Id);
        AssertCell(report, StatisticsTableRows.At(StatisticsTableRows.ReconsiderationsOther), 1, pending.Id);
        AssertCell(report, StatisticsTableRows.At(StatisticsTableRows.Lawsuits), 2, corrected.Id, pendingSuit.Id);
        AssertCell(report, StatisticsTableRows.At(StatisticsTableRows.LawsuitsCorrected), 1, corrected.Id);
        AssertCell(report, StatisticsTableRows.At(StatisticsTableRows.LawsuitsOther), 1, pendingSuit.Id);
        AssertCell(report, StatisticsTableRows.At(StatisticsTableRows.FeesCollected), 0.025m, withFee.Id);
        AssertCell(report, StatisticsTableRows.At(StatisticsTableRows.PublishedNormativeDocuments), 1, document.Id);
        AssertCell(report, StatisticsTableRows.At(StatisticsTableRows.IssuedNormativeDocuments), 1, document.Id);
        AssertCell(report, StatisticsTableRows.At(StatisticsTableRows.ProactivelyPublished), 66045, proactive.Id);
        AssertCell(report, StatisticsTableRows.At(StatisticsTableRows.ReceivedOnline), 1, online.Id);
        AssertCell(report, StatisticsTableRows.At(StatisticsTableRows.Complaints), null);
        foreach (var (figure, row) in NarrativeFigures.StatisticsCounterparts)
        {
            var table = report.Data.Find(StatisticsTableRows.At(row))!;
            var text = report.Data.Find(NarrativeFigures.At(figure))!;
            Assert.Equal(table.Value, text.Value);
            Assert.Equal(table.RecordIds ?? [], text.RecordIds ?? []);
        }

        AssertCell(report, NarrativeFigures.At(NarrativeFigures.FeesWaived), 0, waived.Id);
        Assert.DoesNotContain(report.Findings, f => f.RuleId == NarrativeMatchesTable.RuleId);
    }

    [Fact]
    public void Generate_Format2008_StatesRequestFeeAndAppealFiguresFromRecords()
    {
        var a = new RecordBuilder(Guid.NewGuid());
        var inPerson = Reply(a.Request("2012-04-05"), D("2012-04-12"), Outcome.Disclosed);
        var online = Reply(a.Request("2012-05-07", SubmissionChannel.Online), D("2012-05-14"), Outcome.WithheldStateSecret);
        var open = a.Request("2012-12-28");
        var reconsideration = Reconsider(online, D("2012-06-01"), AppealResult.Upheld, D("2012-08-01"));
        var proactive = a.Statistic(2012, ReportFormat.Format2008, NarrativeFigures.At(NarrativeFigures.ProactivelyPublished), 800);
        var fee = a.Statistic(2012, ReportFormat.Format2008, NarrativeFigures.At(NarrativeFigures.FeesCollected), 0.1m, "财务科提供");

        var report = AnnualReportGenerator.Generate(Agency, new ReportingYear(2012), new ReportRecords
        {
            Requests = [inPerson, online, open],
            Reconsiderations = [reconsideration],
            Statistics = [proactive, fee],
        });

        Assert.Equal(ReportFormat.Format2008, report.Data.Format);
        AssertNoError(report);
        Assert.Empty(report.Findings);
        AssertCell(report, NarrativeFigures.At(NarrativeFigures.RequestsReceived), 3, inPerson.Id, online.Id, open.Id);
        AssertCell(report, NarrativeFigures.At(NarrativeFigures.ReceivedInPerson), 2, inPerson.Id, open.Id);
        AssertCell(report, NarrativeFigures.At(NarrativeFigures.ReceivedOnline), 1, online.Id);
        AssertCell(report, NarrativeFigures.At(NarrativeFigures.ClosedOnTime), 2, inPerson.Id, online.Id);
        AssertCell(report, NarrativeFigures.At(NarrativeFigures.RequestsAnswered), 2, inPerson.Id, online.Id);
        AssertCell(report, NarrativeFigures.At(NarrativeFigures.AnsweredDisclosed), 1, inPerson.Id);
        AssertCell(report, NarrativeFigures.At(NarrativeFigures.AnsweredRefused), 1, online.Id);
        AssertCell(report, NarrativeFigures.At(NarrativeFigures.FeesCollected), 0.1m, fee.Id);
        AssertCell(report, NarrativeFigures.At(NarrativeFigures.Reconsiderations), 1, reconsideration.Id);
        AssertCell(report, NarrativeFigures.At(NarrativeFigures.Lawsuits), 0);
        AssertCell(report, NarrativeFigures.At(NarrativeFigures.ProactivelyPublished), 800, proactive.Id);
        AssertCell(report, NarrativeFigures.At(NarrativeFigures.PublishedNormativeDocuments), 0);
        AssertCell(report, NarrativeFigures.At(NarrativeFigures.ViaGazette), null);
    }

    [Fact]
    public void Generate_StatisticForComputedCellDiffering_RecordsWinWithWarning()
    {
        var a = new RecordBuilder(Guid.NewGuid());
        var request = a.Request("2024-03-01");
        var entered = a.Statistic(2024, ReportFormat.Format2021, Table3Labels.At(Table3Labels.NewRequestsRow, Table3Labels.TotalColumn), 5, "信访科台账");

        var report = AnnualReportGenerator.Generate(Agency, new ReportingYear(2024), new ReportRecords { Requests = [request], Statistics = [entered] });

        AssertCell(report, Table3Labels.At(Table3Labels.NewRequestsRow, Table3Labels.TotalColumn), 1, request.Id);
        var warning = Assert.Single(report.Findings, f => f.RuleId == AnnualReportGenerator.OverriddenStatisticRuleId);
        Assert.Equal(FindingSeverity.Warning, warning.Severity);
        Assert.Contains("信访科台账", warning.Message);
        Assert.True(warning.Cites(Table3Labels.At(Table3Labels.NewRequestsRow, Table3Labels.TotalColumn)));
        Assert.True(report.IsPublishable);
    }

    [Fact]
    public void Generate_StatisticForComputedCellAgreeing_NoWarning()
    {
        var a = new RecordBuilder(Guid.NewGuid());
        var entered = a.Statistic(2024, ReportFormat.Format2021, Table3Labels.At(Table3Labels.NewRequestsRow, Table3Labels.TotalColumn), 1);

        var report = AnnualReportGenerator.Generate(Agency, new ReportingYear(2024), new ReportRecords { Requests = [a.Request("2024-03-01")], Statistics = [entered] });

        Assert.DoesNotContain(report.Findings, f => f.RuleId == AnnualReportGenerator.OverriddenStatisticRuleId);
    }

    [Fact]
    public void Generate_FeesRecordedByOneAgencyEnteredByAnother_SumsPerAgency()
    {
        var recording = new RecordBuilder(Guid.NewGuid());
        var entering = new RecordBuilder(Guid.NewGuid());
        var paid = Reply(PaidFee(recording.Request("2016-03-01"), 10_000, D("2016-03-07")), D("2016-03-10"), Outcome.Disclosed);
        var feeRow = StatisticsTableRows.At(StatisticsTableRows.FeesCollected);
        var used = entering.Statistic(2016, ReportFormat.Format2014, feeRow, 0.5m);
        var ignored = recording.Statistic(2016, ReportFormat.Format2014, feeRow, 0.3m);

        var report = AnnualReportGenerator.Generate(Agency, new ReportingYear(2016), new ReportRecords { Requests = [paid], Statistics = [used, ignored] });

        AssertCell(report, feeRow, 0.51m, paid.Id, used.Id);
        AssertCell(report, NarrativeFigures.At(NarrativeFigures.FeesCollected), 0.51m, paid.Id, used.Id);
        Assert.Single(report.Findings, f => f.RuleId == AnnualReportGenerator.OverriddenStatisticRuleId);
    }

    [Fact]
    public void Generate_SameAgencyEnteredTwice_LatestCounts()
    {
        var a = new RecordBuilder(Guid.NewGuid());
        var cell = StatisticsTableRows.At(StatisticsTableRows.Complaints);
        var first = AnnualStatistic.Enter(Guid.NewGuid(), a.AgencyId, new ReportingYear(2016), ReportFormat.Format2014, cell, 4, "台账", Officer);
        var later = AnnualStatistic.Enter(Guid.NewGuid(), a.AgencyId, new ReportingYear(2016), ReportFormat.Format2014, cell, 6, "台账（更正）", Officer with { AtUtc = Officer.AtUtc.AddDays(1) });

        var report = AnnualReportGenerator.Generate(Agency, new ReportingYear(2016), new ReportRecords { Statistics = [later, first] });

        AssertCell(report, cell, 6, later.Id);
    }

    [Fact]
    public void Generate_StatisticOfAnotherFormatOrYear_Ignored()
    {
        var a = new RecordBuilder(Guid.NewGuid());
        var cell = Table2(Table2Labels.Article20Item5, Table2Labels.Licensing, Table2Labels.DecisionsThisYear);

        var report = AnnualReportGenerator.Generate(Agency, new ReportingYear(2024), new ReportRecords
        {
            Statistics = [a.Statistic(2023, ReportFormat.Format2021, cell, 7), a.Statistic(2024, ReportFormat.Format2019, Table2(Table2Labels.Article20Item5, Table2Labels.Licensing, Table2Labels.Decisions), 9)],
        });

        AssertCell(report, cell, null);
    }

    [Theory]
    [InlineData(2008, null, ReportFormat.Format2008)]
    [InlineData(2013, null, ReportFormat.Format2008)]
    [InlineData(2014, null, ReportFormat.Format2014)]
    [InlineData(2020, null, ReportFormat.Format2019)]
    [InlineData(2025, null, ReportFormat.Format2021)]
    [InlineData(2022, ReportFormat.Format2019, ReportFormat.Format2019)]
    public void Generate_FormatByYearOrOverride_EveryCellOfTheLayoutPresent(int year, ReportFormat? requested, ReportFormat expected)
    {
        var report = AnnualReportGenerator.Generate(Agency, new ReportingYear(year), ReportRecords.Empty, requested);

        Assert.Equal(expected, report.Data.Format);
        Assert.Equal(ReportLayout.For(expected).Cells.Select(c => c.Address), report.Data.Cells.Select(c => c.Address));
        Assert.True(report.IsPublishable);
    }

    [Fact]
    public void Generate_WithPreviousYear_DocumentsInForceRollForward()
    {
        var a = new RecordBuilder(Guid.NewGuid());
        var records = new ReportRecords
        {
            NormativeDocuments =
            [
                a.Document(NormativeDocumentKind.AdministrativeNormativeDocument, D("2021-03-01"), D("2021-03-05")),
                a.Document(NormativeDocumentKind.AdministrativeNormativeDocument, D("2021-04-01"), D("2021-04-05"), D("2022-06-01")),
                a.Document(NormativeDocumentKind.AdministrativeNormativeDocument, D("2022-02-01"), D("2022-02-03"), D("2022-11-01")),
                a.Document(NormativeDocumentKind.Rule, D("2022-05-01"), D("2022-05-03")),
            ],
        };
        var previous = AnnualReportGenerator.Generate(Agency, new ReportingYear(2021), records);

        var report = AnnualReportGenerator.Generate(Agency, new ReportingYear(2022), records, previousYear: previous.Data);

        Assert.Empty(report.Findings);
        AssertCell(report, Table2(Table2Labels.Article20Item1, Table2Labels.AdministrativeNormativeDocuments, Table2Labels.InForce), 1, records.NormativeDocuments[0].Id);
    }

    [Fact]
    public void IsComputedFromRecords_RequestAppealAndRegisterCells_TrueOthersFalse()
    {
        Assert.True(AnnualReportGenerator.IsComputedFromRecords(ReportFormat.Format2021, Table3Labels.At(Table3Labels.NewRequestsRow, Table3Labels.TotalColumn)));
        Assert.True(AnnualReportGenerator.IsComputedFromRecords(ReportFormat.Format2021, Table4Labels.At([Table4Labels.Reconsideration, Table4Labels.Total])));
        Assert.True(AnnualReportGenerator.IsComputedFromRecords(ReportFormat.Format2019, Table2(Table2Labels.Article20Item1, Table2Labels.Rules, Table2Labels.NewlyMade)));
        Assert.True(AnnualReportGenerator.IsComputedFromRecords(ReportFormat.Format2014, NarrativeFigures.At(NarrativeFigures.ProactivelyPublished)));
        Assert.True(AnnualReportGenerator.IsComputedFromRecords(ReportFormat.Format2008, NarrativeFigures.At(NarrativeFigures.Lawsuits)));
        Assert.False(AnnualReportGenerator.IsComputedFromRecords(ReportFormat.Format2008, NarrativeFigures.At(NarrativeFigures.ProactivelyPublished)));
        Assert.False(AnnualReportGenerator.IsComputedFromRecords(ReportFormat.Format2014, StatisticsTableRows.At(StatisticsTableRows.FeesCollected)));
        Assert.False(AnnualReportGenerator.IsComputedFromRecords(ReportFormat.Format2021, Table2(Table2Labels.Article20Item8, Table2Labels.AdministrativeFees, Table2Labels.FeesThisYear)));
    }
}
