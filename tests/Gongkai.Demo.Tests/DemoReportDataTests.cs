using Gongkai.Data;
using Gongkai.Data.AnnualReports;
using Gongkai.Demo.Reports;
using Gongkai.Domain.AnnualReports;
using Gongkai.Domain.Calendar;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using N = Gongkai.Domain.AnnualReports.NarrativeFigures;
using S = Gongkai.Domain.AnnualReports.StatisticsTableRows;
using T2 = Gongkai.Domain.AnnualReports.Table2Labels;
using T3 = Gongkai.Domain.AnnualReports.Table3Labels;
using T4 = Gongkai.Domain.AnnualReports.Table4Labels;

namespace Gongkai.Demo.Tests;

/// <summary>
/// The demo data, loaded into a fresh database, gives the published figures of the seeds (copied into the tests; no file is read) and
/// reports that pass their own rules. One load is shared by the tests of this class.
/// </summary>
public sealed class DemoReportDataTests : IClassFixture<DemoReportDataTests.LoadedDemo>
{
    private readonly LoadedDemo _demo;

    public DemoReportDataTests(LoadedDemo demo) => _demo = demo;

    [Fact]
    public async Task Xining2017_StatisticsTable_ReproducesEverySeedFigure()
    {
        var report = await _demo.ReportAsync("西宁市人民政府", 2017);

        // seeds/001 统计表, row by row; 传真申请数 and 网络申请数 are blank in the seed and 0 here.
        (IReadOnlyList<string> Row, decimal Value)[] seed =
        [
            (S.ProactivelyPublished, 66045), (S.PublishedNormativeDocuments, 3145), (S.IssuedNormativeDocuments, 2139),
            (S.ViaGazette, 673), (S.ViaWebsite, 54162), (S.ViaMicroblog, 3300), (S.ViaWeChat, 14834), (S.ViaOtherMeans, 5569),
            (S.HotIssuesResponded, 1581), (S.PressConferences, 22), (S.PressConferencesWithPrincipal, 12), (S.OnlineInterviews, 20),
            (S.OnlineInterviewsWithPrincipal, 10), (S.InterpretationArticles, 150), (S.MicroblogWeChatResponses, 437), (S.OtherResponses, 4956),
            (S.RequestsReceived, 48), (S.ReceivedInPerson, 6), (S.ReceivedByFax, 0), (S.ReceivedOnline, 0), (S.ReceivedByLetter, 42),
            (S.RequestsClosed, 48), (S.ClosedOnTime, 46), (S.ClosedAfterExtension, 2), (S.RequestsAnswered, 48),
            (S.AnsweredAlreadyPublished, 5), (S.AnsweredDisclosed, 14), (S.AnsweredPartiallyDisclosed, 6), (S.AnsweredRefused, 5),
            (S.RefusedStateSecret, 4), (S.RefusedCommercialSecret, 0), (S.RefusedPersonalPrivacy, 0), (S.RefusedEndangersSecurity, 0),
            (S.RefusedNotGovernmentInformation, 1), (S.RefusedOtherLegalGrounds, 0), (S.AnsweredNotThisAgency, 12), (S.AnsweredDoesNotExist, 3),
            (S.AnsweredToldToAmend, 1), (S.AnsweredToldOtherChannel, 2), (S.Reconsiderations, 3), (S.ReconsiderationsUpheld, 2),
            (S.ReconsiderationsCorrected, 0), (S.ReconsiderationsOther, 1), (S.Lawsuits, 0), (S.LawsuitsUpheld, 0), (S.LawsuitsCorrected, 0),
            (S.LawsuitsOther, 0), (S.Complaints, 0), (S.FeesCollected, 0), (S.DedicatedOffices, 50), (S.ReadingPoints, 31), (S.Staff, 172),
            (S.FullTimeStaff, 21), (S.PartTimeStaff, 151), (S.DedicatedFunding, 44), (S.MeetingsHeld, 56), (S.TrainingCourses, 27), (S.Trainees, 1126),
        ];
        Assert.Equal(ReportFormat.Format2014, report.Data.Format);
        Assert.All(seed, s => Assert.Equal((s.Row, (decimal?)s.Value), (s.Row, report.Data.ValueAt(S.At(s.Row)))));
        Assert.Equal(S.At(S.Trainees).Table, report.Data.Find(S.At(S.Trainees))!.Table);
    }

    [Fact]
    public async Task Xining2017_SeedBreaksNormativeDocumentRule_FindingShownNotHidden()
    {
        var report = await _demo.ReportAsync("西宁市人民政府", 2017);

        var finding = Assert.Single(report.Findings, f => f.RuleId == "stats2014.normative-published-within-issued");
        Assert.Equal(FindingSeverity.Warning, finding.Severity);
        Assert.DoesNotContain(report.Findings, f => f.Severity == FindingSeverity.Error);
    }

    [Fact]
    public async Task Baiyun2019_Tables_ReproduceSeed()
    {
        var report = await _demo.ReportAsync("白云鄂博矿区人民政府", 2019);

        decimal? Two(string item, string row, string column) => report.Data.ValueAt(new CellAddress(T2.TableId, [item, row], [column]));
        Assert.Equal(ReportFormat.Format2019, report.Data.Format);
        Assert.Equal([0m, 0m, 0m, 0m, 0m, 0m], new[] { T2.Rules, T2.NormativeDocuments }.SelectMany(r => new[] { T2.NewlyMade, T2.NewlyPublished, T2.PublishedTotal }.Select(c => Two(T2.Article20Item1, r, c) ?? -1)));
        Assert.Equal((519m, 165m, 784m), (Two(T2.Article20Item5, T2.Licensing, T2.ItemsLastYear), Two(T2.Article20Item5, T2.Licensing, T2.ItemChange), Two(T2.Article20Item5, T2.Licensing, T2.Decisions)));
        Assert.Equal((24600m, 14000m, 38000m), (Two(T2.Article20Item5, T2.OtherExternalServices, T2.ItemsLastYear), Two(T2.Article20Item5, T2.OtherExternalServices, T2.ItemChange), Two(T2.Article20Item5, T2.OtherExternalServices, T2.Decisions)));
        Assert.Equal((257m, -18m, 239m), (Two(T2.Article20Item6, T2.Penalties, T2.ItemsLastYear), Two(T2.Article20Item6, T2.Penalties, T2.ItemChange), Two(T2.Article20Item6, T2.Penalties, T2.Decisions)));
        Assert.Equal((72m, -41m, 31m), (Two(T2.Article20Item6, T2.Coercion, T2.ItemsLastYear), Two(T2.Article20Item6, T2.Coercion, T2.ItemChange), Two(T2.Article20Item6, T2.Coercion, T2.Decisions)));
        Assert.Equal((397m, -101m), (Two(T2.Article20Item8, T2.AdministrativeFees, T2.ItemsLastYear), Two(T2.Article20Item8, T2.AdministrativeFees, T2.ItemChange)));
        Assert.Equal((42m, 2202m), (Two(T2.Article20Item9, T2.CentralisedProcurement, T2.ProcurementProjects), Two(T2.Article20Item9, T2.CentralisedProcurement, T2.ProcurementAmount)));
        Assert.All(report.Data.Cells.Where(c => c.Table is T3.TableId or T4.TableId), c => Assert.Equal(0m, c.Value));
    }

    [Fact]
    public async Task Bayannur2017_StatedFigures_Reproduced()
    {
        var report = await _demo.ReportAsync("巴彦淖尔市人民政府", 2017);

        // seeds/000: 受理25件; 没有收费; 行政复议三例（二例维持、一例正在审理）; 行政诉讼二例，全部胜诉.
        Assert.Equal(25, report.Data.ValueAt(S.At(S.RequestsReceived)));
        Assert.Equal(25, report.Data.ValueAt(N.At(N.RequestsReceived)));
        Assert.Equal(0, report.Data.ValueAt(S.At(S.FeesCollected)));
        Assert.Equal((3m, 2m, 1m), (report.Data.ValueAt(S.At(S.Reconsiderations)), report.Data.ValueAt(S.At(S.ReconsiderationsUpheld)), report.Data.ValueAt(S.At(S.ReconsiderationsOther))));
        Assert.Equal((2m, 2m), (report.Data.ValueAt(S.At(S.Lawsuits)), report.Data.ValueAt(S.At(S.LawsuitsUpheld))));
    }

    [Fact]
    public async Task Erenhot2011_StatedFigures_Reproduced()
    {
        var report = await _demo.ReportAsync("二连浩特市人民政府办公室", 2011);

        // seeds/002: 未收到依申请公开信息要求; 无政府信息公开收费; 未出现复议、诉讼.
        Assert.Equal(ReportFormat.Format2008, report.Data.Format);
        Assert.Equal((0m, 0m, 0m, 0m), (report.Data.ValueAt(N.At(N.RequestsReceived)), report.Data.ValueAt(N.At(N.FeesCollected)),
            report.Data.ValueAt(N.At(N.Reconsiderations)), report.Data.ValueAt(N.At(N.Lawsuits))));
        Assert.Contains("未收取信息公开费用", string.Concat(report.Sections.Select(s => s.Text)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bole2017_StatedFigures_Reproduced()
    {
        var report = await _demo.ReportAsync("博乐市人民政府", 2017);

        // seeds/004: 主动公开政府信息9616余条, 主动公开规范性文件数4条; 收到依申请公开1次并按时答复.
        Assert.Equal((9616m, 4m), (report.Data.ValueAt(S.At(S.ProactivelyPublished)), report.Data.ValueAt(S.At(S.PublishedNormativeDocuments))));
        Assert.Equal((1m, 1m, 0m), (report.Data.ValueAt(S.At(S.RequestsReceived)), report.Data.ValueAt(S.At(S.ClosedOnTime)), report.Data.ValueAt(S.At(S.ClosedAfterExtension))));
    }

    [Fact]
    public async Task EveryDemoReport_Published_WithoutErrorFindings()
    {
        await using var db = _demo.Open();
        var versions = await db.AnnualReportVersions.AsNoTracking().ToListAsync();

        var timeline = new DemoTimeline(ChinaClock.Today(LoadedDemo.Time), new StatutoryClock(WorkingDayCalendar.Official));
        Assert.Equal(2025, timeline.PublishedYear);
        Assert.Equal(DemoReportData.Reports(timeline).Count, versions.Count);
        Assert.All(versions, v => Assert.DoesNotContain(v.Findings(), f => f.Severity == FindingSeverity.Error));
        Assert.All(versions.Where(v => v.Year == 2025), v => Assert.Equal(ReportFormat.Format2021, v.Format));
        var xining2025 = versions.Single(v => v.Year == 2025 && v.Data().Agency.Name == "西宁市人民政府").Data();
        Assert.True(xining2025.ValueAt(T3.At(T3.CarriedOverRow, T3.TotalColumn)) > 0);
        Assert.True(xining2025.ValueAt(T3.At(T3.CarriedForwardRow, T3.TotalColumn)) > 0);
        Assert.True(xining2025.ValueAt(T4.At([T4.Reconsideration, T4.Total])) > 0);
    }

    [Fact]
    public async Task EnsureLoaded_SecondTime_ChangesNothing()
    {
        await using var db = _demo.Open();
        var requests = await db.DisclosureRequests.CountAsync();

        var published = await DemoReportData.EnsureLoadedAsync(db, LoadedDemo.Time);

        Assert.Equal(0, published);
        Assert.Equal(requests, await db.DisclosureRequests.CountAsync());
    }

    /// <summary>The demo loaded once into a temporary SQLite database.</summary>
    public sealed class LoadedDemo : IAsyncLifetime
    {
        public static readonly FakeTimeProvider Time = new(new DateTimeOffset(2026, 11, 23, 1, 0, 0, TimeSpan.Zero));

        private readonly string _folder = Path.Combine(Path.GetTempPath(), "gongkai-demo-tests", Guid.NewGuid().ToString("N"));

        public GongkaiDbContext Open() =>
            GongkaiDatabase.Create(new DatabaseSettings(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(_folder, "demo.db")}"));

        public async Task<AnnualReportDocument> ReportAsync(string agency, int year)
        {
            await using var db = Open();
            var source = new AnnualReportSource(db);
            return await source.GenerateAsync((await source.FindAgencyAsync(agency))!, new ReportingYear(year));
        }

        public async Task InitializeAsync()
        {
            await using var db = Open();
            await GongkaiDatabase.PrepareAsync(db, Time);
            await DemoReportData.EnsureLoadedAsync(db, Time);
        }

        public Task DisposeAsync()
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(_folder, recursive: true);
            return Task.CompletedTask;
        }
    }
}
