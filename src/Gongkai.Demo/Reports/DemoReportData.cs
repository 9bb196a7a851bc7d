using Gongkai.Data;
using Gongkai.Data.AnnualReports;
using Gongkai.Data.Calendar;
using Gongkai.Domain.Agencies;
using Gongkai.Domain.Appeals;
using Gongkai.Domain.AnnualReports;
using Gongkai.Domain.AnnualReports.Generation;
using Gongkai.Domain.AnnualReports.Publishing;
using Gongkai.Domain.AnnualReports.Statistics;
using Gongkai.Domain.Calendar;
using Gongkai.Domain.Catalogue;
using Gongkai.Domain.Requests;
using Microsoft.EntityFrameworkCore;
using S = Gongkai.Domain.AnnualReports.StatisticsTableRows;
using T2 = Gongkai.Domain.AnnualReports.Table2Labels;

namespace Gongkai.Demo.Reports;

/// <summary>
/// The records behind the demo annual reports, and the published reports themselves: the seed years of the five seed
/// agencies (西宁市 2017, 巴彦淖尔市 2017, 博乐市 2017 in the 2014 format; 二连浩特市人民政府办公室 2011 in the 2008 format;
/// 白云鄂博矿区 2019 in the 2019 format), with the figures their published reports state, and a synthetic last year for
/// each in the 2021 format (<see cref="DemoTimeline.PublishedYear"/>: placed relative to today,
/// docs/decisions/0011-demo-relative-to-today.md). With them, through <see cref="DemoLiveRequests"/>, the requests of the
/// year in draft and the open queue of the main agency. Idempotent: each report is skipped when its version exists, and
/// the live part is placed once per database.
/// </summary>
public static class DemoReportData
{
    /// <summary>The (agency code, year) of the seed reports: fixed, they reproduce published reports.</summary>
    public static IReadOnlyList<(string Agency, int Year)> SeedReports { get; } =
    [
        ("XN", 2017), ("BYNE", 2017), ("BL", 2017), ("ELHT-BGS", 2011), ("BYEB", 2019),
    ];

    /// <summary>The agencies with a synthetic report every year (the five seed governments), main agency first.</summary>
    public static IReadOnlyList<string> SyntheticAgencies { get; } = ["XN", "BYNE", "BL", "ELHT-BGS", "BYEB"];

    /// <summary>The (agency code, year) of every demo report for a timeline, in the order they are loaded.</summary>
    public static IReadOnlyList<(string Agency, int Year)> Reports(DemoTimeline timeline)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        return [.. SeedReports, .. SyntheticAgencies.Select(code => (code, timeline.PublishedYear))];
    }

    /// <summary>
    /// Loads what is missing, placed relative to today in China by <paramref name="time"/>; returns the number of
    /// reports published by this call.
    /// </summary>
    public static async Task<int> EnsureLoadedAsync(GongkaiDbContext db, TimeProvider time, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(time);
        var clock = new StatutoryClock(await new CalendarStore(db, time).LoadAsync(cancellationToken));
        var timeline = new DemoTimeline(ChinaClock.Today(time), clock);
        await DemoData.EnsureAgenciesAsync(db, cancellationToken);
        var placed = await DemoLiveRequests.IsPlacedAsync(db, cancellationToken);
        var published = 0;
        foreach (var (code, year) in Reports(timeline))
        {
            if (placed && !SeedReports.Contains((code, year)))
            {
                // the demo was placed on an earlier day: its synthetic years stay as they were (docs/decisions/0011)
                continue;
            }

            var agency = DemoAgencies.ByCode(code);
            if (await db.AnnualReportVersions.AnyAsync(v => v.AgencyId == agency.Id && v.Year == year, cancellationToken))
            {
                continue;
            }

            var records = Records(agency, year, timeline);
            db.DisclosureRequests.AddRange(records.Requests);
            db.Reconsiderations.AddRange(records.Reconsiderations);
            db.Litigations.AddRange(records.Litigations);
            db.NormativeDocuments.AddRange(records.NormativeDocuments);
            db.AnnualStatistics.AddRange(records.Statistics);
            await db.SaveChangesAsync(cancellationToken);
            await PublishAsync(db, agency, year, timeline, cancellationToken);
            db.ChangeTracker.Clear();
            published++;
        }

        if (!placed)
        {
            await DemoLiveRequests.PlaceAsync(db, timeline, cancellationToken);
            foreach (var code in SyntheticAgencies)
            {
                await DraftAsync(db, DemoAgencies.ByCode(code), timeline.DraftYear, DemoTimeline.OfficerOn(timeline.WorkingDaysBefore(timeline.Today, 1)), cancellationToken);
                db.ChangeTracker.Clear();
            }
        }

        return published;
    }

    /// <summary>The records of one demo report (not saved): a seed year, or a synthetic year before <paramref name="timeline"/>'s today.</summary>
    public static ReportRecords Records(DemoAgency agency, int year, DemoTimeline timeline)
    {
        ArgumentNullException.ThrowIfNull(agency);
        ArgumentNullException.ThrowIfNull(timeline);
        var clock = timeline.Clock;
        return (agency.Code, year) switch
        {
            ("XN", 2017) => Xining2017(clock),
            ("BYNE", 2017) => Bayannur2017(clock),
            ("BL", 2017) => Bole2017(clock),
            ("ELHT-BGS", 2011) => new ReportRecords
            {
                Statistics = [Statistic(agency, 2011, ReportFormat.Format2008, NarrativeFigures.At(NarrativeFigures.FeesCollected), 0, "二连浩特市2011年政府信息公开年度报告：无政府信息公开收费", SeedRecorder(year))],
            },
            ("BYEB", 2019) => Baiyun2019(agency),
            _ when year < timeline.DraftYear && year > 2019 => Synthetic(agency, year, timeline),
            _ => throw new ArgumentOutOfRangeException(nameof(year), year, "没有该年度的示例数据。"),
        };
    }

    private static async Task PublishAsync(GongkaiDbContext db, DemoAgency agency, int year, DemoTimeline timeline, CancellationToken cancellationToken)
    {
        var publishedBy = new RecordedBy("demo.officer", PublishedAtUtc(agency.Code, year, timeline));
        var (draft, document) = await DraftAsync(db, agency, year, publishedBy, cancellationToken);
        draft.Check(document.Data, document.Findings, publishedBy);
        draft.Approve(publishedBy);
        db.AnnualReportVersions.Add(draft.Publish(DemoIds.For($"version:{agency.Code}:{year}:1"), publishedBy, AnnualReportGenerator.Version));
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Starts (or finds) the report draft of <paramref name="year"/> and writes the parts people write; saved.</summary>
    private static async Task<(AnnualReportDraft Draft, AnnualReportDocument Document)> DraftAsync(
        GongkaiDbContext db, DemoAgency agency, int year, RecordedBy by, CancellationToken cancellationToken)
    {
        var entity = await db.Agencies.AsNoTracking().SingleAsync(a => a.Id == agency.Id, cancellationToken);
        var source = new AnnualReportSource(db);
        var document = await source.GenerateAsync(entity, new ReportingYear(year), cancellationToken: cancellationToken);
        var draft = await db.AnnualReportDrafts.FirstOrDefaultAsync(d => d.AgencyId == agency.Id && d.Year == year, cancellationToken)
            ?? AnnualReportDraft.Start(DemoIds.For($"draft:{agency.Code}:{year}"), agency.Id, year, document.Data.Format, by);
        if (db.Entry(draft).State == EntityState.Detached)
        {
            db.AnnualReportDrafts.Add(draft);
        }

        var texts = DemoReportTexts.For(document.Data.Layout, agency.Name, year);
        foreach (var part in draft.Compose(document.Data).MissingParts)
        {
            draft.Edit(part.Heading, texts.GetValueOrDefault(part.Heading, "本年度无其他需要报告的事项。"), by);
        }

        await db.SaveChangesAsync(cancellationToken);
        return (draft, document);
    }

    /// <summary>
    /// When the demo report was published: the seed's own date where it prints one, else late March of the next year
    /// for the other seed years, and for a synthetic year <see cref="DemoTimeline.PublicationDay"/> (before 31 January).
    /// </summary>
    private static DateTime PublishedAtUtc(string agencyCode, int year, DemoTimeline timeline) => (agencyCode, year) switch
    {
        ("XN", 2017) => new DateTime(2018, 3, 30, 1, 0, 0, DateTimeKind.Utc),
        ("BYNE", 2017) => new DateTime(2018, 2, 27, 1, 0, 0, DateTimeKind.Utc),
        ("BYEB", 2019) => new DateTime(2020, 2, 16, 3, 16, 0, DateTimeKind.Utc),
        _ when SeedReports.Contains((agencyCode, year)) => new DateTime(year + 1, 3, 27, 2, 0, 0, DateTimeKind.Utc),
        _ => DemoTimeline.OfficerOn(timeline.PublicationDay(year)).AtUtc,
    };

    /// <summary>Who entered a seed year's figures: the officer on 5 January of the next year.</summary>
    private static RecordedBy SeedRecorder(int year) => DemoTimeline.OfficerOn(new DateOnly(year + 1, 1, 5));

    private static ReportRecords Xining2017(StatutoryClock clock)
    {
        var city = DemoAgencies.ByCode("XN");
        var units = DemoAgencies.All.Where(a => a.Code == "XN" || a.ParentCode == "XN").Select(a => a.Id).ToArray();
        var requests = DemoRequests.Make(units, "XN", 2017, DemoRequestPlans.Xining2017, clock);
        var appealed = requests.Where(r => r.Outcome is Outcome.WithheldStateSecret or Outcome.PartlyDisclosed).Take(3).ToArray();
        var reconsiderations = appealed.Select((r, i) =>
        {
            var filed = clock.Calendar.AddWorkingDays(r.ClosedOn!.Value, 20);
            var c = Reconsideration.File(DemoIds.For($"reconsideration:XN:2017:{i}"), r, $"宁政复〔2017〕{i + 11}号", filed, DemoTimeline.OfficerOn(filed));
            var decided = clock.Calendar.AddWorkingDays(filed, 40);
            c.Decide(i < 2 ? AppealResult.Upheld : AppealResult.Other, decided, DemoTimeline.OfficerOn(decided));
            return c;
        }).ToArray();

        // 制发规范性文件总数 2139 and 其中：主动公开规范性文件数 3145 (seeds/001): 2139 issued in 2017 and published that year,
        // and 1006 issued in 2016 but first published in 2017 — which is how a published count can exceed the issued one.
        var documents = Enumerable.Range(0, 3145).Select(i =>
        {
            var issued = i < 2139 ? new DateOnly(2017, 1, 3).AddDays(i % 330) : new DateOnly(2016, 3, 1).AddDays(i % 290);
            var d = NormativeDocument.Register(DemoIds.For($"normative:XN:2017:{i}"), units[i % units.Length],
                NormativeDocumentKind.AdministrativeNormativeDocument, $"关于做好{(i % 2 == 0 ? "城乡低保" : "棚户区改造")}工作的通知（{i + 1}）",
                $"宁政办〔{issued.Year}〕{i + 1}号", issued, DemoTimeline.OfficerOn(issued));
            var publishedOn = i < 2139 ? issued.AddDays(5) : new DateOnly(2017, 2, 1).AddDays(i % 300);
            d.Publish(publishedOn, DemoTimeline.OfficerOn(publishedOn));
            return d;
        }).ToArray();

        (IReadOnlyList<string> Row, decimal Value)[] entered =
        [
            (S.ProactivelyPublished, 66045), (S.ViaGazette, 673), (S.ViaWebsite, 54162), (S.ViaMicroblog, 3300),
            (S.ViaWeChat, 14834), (S.ViaOtherMeans, 5569), (S.HotIssuesResponded, 1581), (S.PressConferences, 22),
            (S.PressConferencesWithPrincipal, 12), (S.OnlineInterviews, 20), (S.OnlineInterviewsWithPrincipal, 10),
            (S.InterpretationArticles, 150), (S.MicroblogWeChatResponses, 437), (S.OtherResponses, 4956), (S.Complaints, 0),
            (S.FeesCollected, 0), (S.DedicatedOffices, 50), (S.ReadingPoints, 31), (S.Staff, 172), (S.FullTimeStaff, 21),
            (S.PartTimeStaff, 151), (S.DedicatedFunding, 44), (S.MeetingsHeld, 56), (S.TrainingCourses, 27), (S.Trainees, 1126),
        ];
        return new ReportRecords
        {
            Requests = requests,
            Reconsiderations = reconsiderations,
            NormativeDocuments = documents,
            Statistics = [.. entered.Select(e => Statistic(city, 2017, ReportFormat.Format2014, S.At(e.Row), e.Value, "西宁市政务公开办汇总四区三县及市直部门报表", SeedRecorder(2017)))],
        };
    }

    private static ReportRecords Bayannur2017(StatutoryClock clock)
    {
        var city = DemoAgencies.ByCode("BYNE");
        var requests = DemoRequests.Make(city.Id, "BYNE", 2017, DemoRequestPlans.Bayannur2017, clock);
        var appealed = requests.Where(r => r.Outcome is not Outcome.Disclosed).ToArray();

        // seeds/000: 行政复议三例，二例维持、一例正在审理；行政诉讼二例，市政府全部终审胜诉.
        var reconsiderations = appealed.Take(3).Select((r, i) =>
        {
            var filed = clock.Calendar.AddWorkingDays(r.ClosedOn!.Value, 15);
            var c = Reconsideration.File(DemoIds.For($"reconsideration:BYNE:2017:{i}"), r, $"内政复〔2017〕{i + 30}号", filed, DemoTimeline.OfficerOn(filed));
            if (i < 2)
            {
                var decided = clock.Calendar.AddWorkingDays(filed, 40);
                c.Decide(AppealResult.Upheld, decided, DemoTimeline.OfficerOn(decided));
            }

            return c;
        }).ToArray();
        var litigations = appealed.Skip(3).Take(2).Select((r, i) =>
        {
            var filed = clock.Calendar.AddWorkingDays(r.ClosedOn!.Value, 10);
            var c = Litigation.FileDirectly(DemoIds.For($"litigation:BYNE:2017:{i}"), r, $"（2017）内行终{i + 7}号", filed, DemoTimeline.OfficerOn(filed));
            var decided = clock.Calendar.AddWorkingDays(filed, 30);
            c.Decide(AppealResult.Upheld, decided, DemoTimeline.OfficerOn(decided));
            return c;
        }).ToArray();
        return new ReportRecords
        {
            Requests = requests,
            Reconsiderations = reconsiderations,
            Litigations = litigations,
            Statistics = [Statistic(city, 2017, ReportFormat.Format2014, S.At(S.FeesCollected), 0, "巴彦淖尔市2017年政府信息公开年度报告：没有因政府信息公开而产生的收费", SeedRecorder(2017))],
        };
    }

    private static ReportRecords Bole2017(StatutoryClock clock)
    {
        var city = DemoAgencies.ByCode("BL");
        var documents = Enumerable.Range(0, 4).Select(i =>
        {
            var d = NormativeDocument.Register(DemoIds.For($"normative:BL:2017:{i}"), city.Id, NormativeDocumentKind.AdministrativeNormativeDocument,
                $"博乐市关于{(i % 2 == 0 ? "城乡居民最低生活保障" : "农村危房改造")}的实施意见（{i + 1}）", $"博政发〔2017〕{i + 5}号",
                new DateOnly(2017, 3, 1).AddDays(60 * i), DemoTimeline.OfficerOn(new DateOnly(2017, 3, 1).AddDays(60 * i)));
            d.Publish(new DateOnly(2017, 3, 6).AddDays(60 * i), DemoTimeline.OfficerOn(new DateOnly(2017, 3, 6).AddDays(60 * i)));
            return d;
        }).ToArray();
        return new ReportRecords
        {
            Requests = DemoRequests.Make(city.Id, "BL", 2017, DemoRequestPlans.Bole2017, clock),
            NormativeDocuments = documents,
            Statistics =
            [
                Statistic(city, 2017, ReportFormat.Format2014, S.At(S.ProactivelyPublished), 9616, "博乐市2017年政府信息公开年度报告：博乐市政府网主动公开政府信息9616余条", SeedRecorder(2017)),
                Statistic(city, 2017, ReportFormat.Format2014, S.At(S.FeesCollected), 0, "博乐市政务公开办", SeedRecorder(2017)),
            ],
        };
    }

    private static ReportRecords Baiyun2019(DemoAgency agency)
    {
        const string source = "白云鄂博矿区2019年政府信息公开工作年度报告表二";
        AnnualStatistic Cell(string item, string row, string column, decimal value) =>
            Statistic(agency, 2019, ReportFormat.Format2019, new CellAddress(T2.TableId, [item, row], [column]), value, source, SeedRecorder(2019));

        // seeds/003 prints 2.46万件 / 1.4万件 / 3.8万件 for 其他对外管理服务事项, 本年增 and 本年减 as separate headers
        // (read into the signed 本年增/减 column), and a third column 296 under （八）that the 2019 format does not have.
        return new ReportRecords
        {
            Statistics =
            [
                Cell(T2.Article20Item5, T2.Licensing, T2.ItemsLastYear, 519), Cell(T2.Article20Item5, T2.Licensing, T2.ItemChange, 165),
                Cell(T2.Article20Item5, T2.Licensing, T2.Decisions, 784),
                Cell(T2.Article20Item5, T2.OtherExternalServices, T2.ItemsLastYear, 24600), Cell(T2.Article20Item5, T2.OtherExternalServices, T2.ItemChange, 14000),
                Cell(T2.Article20Item5, T2.OtherExternalServices, T2.Decisions, 38000),
                Cell(T2.Article20Item6, T2.Penalties, T2.ItemsLastYear, 257), Cell(T2.Article20Item6, T2.Penalties, T2.ItemChange, -18),
                Cell(T2.Article20Item6, T2.Penalties, T2.Decisions, 239),
                Cell(T2.Article20Item6, T2.Coercion, T2.ItemsLastYear, 72), Cell(T2.Article20Item6, T2.Coercion, T2.ItemChange, -41),
                Cell(T2.Article20Item6, T2.Coercion, T2.Decisions, 31),
                Cell(T2.Article20Item8, T2.AdministrativeFees, T2.ItemsLastYear, 397), Cell(T2.Article20Item8, T2.AdministrativeFees, T2.ItemChange, -101),
                Cell(T2.Article20Item9, T2.CentralisedProcurement, T2.ProcurementProjects, 42), Cell(T2.Article20Item9, T2.CentralisedProcurement, T2.ProcurementAmount, 2202),
            ],
        };
    }

    /// <summary>The size of an agency's synthetic year (1 = a county, 3 = a city).</summary>
    internal static int SizeOf(DemoAgency agency) => agency.Code is "XN" or "BYNE" ? 3 : 1;

    /// <summary>The agency and the agencies under it (requests are dealt to them in turn).</summary>
    internal static Guid[] UnitsOf(DemoAgency agency) =>
        DemoAgencies.All.Where(a => a.Code == agency.Code || a.ParentCode == agency.Code).Select(a => a.Id).ToArray();

    /// <summary>
    /// A synthetic closed year: requests over the year (those open on 31 December answered early in January, so they
    /// count as 结转下年度 and are not left overdue), appeals, normative documents and entered figures — every record
    /// dated on or before the report's publication day.
    /// </summary>
    private static ReportRecords Synthetic(DemoAgency agency, int year, DemoTimeline timeline)
    {
        var clock = timeline.Clock;
        var size = SizeOf(agency);
        var units = UnitsOf(agency);
        var entered = DemoTimeline.OfficerOn(timeline.PublicationDay(year));
        var requests = DemoRequests.Make(units, agency.Code, year, DemoRequestPlans.SyntheticYear(size), clock,
            carriedForwardRepliedOn: clock.Calendar.AddWorkingDays(new DateOnly(year, 12, 31), 3));
        var refused = requests.Where(r => r.Outcome is Outcome.WithheldPersonalPrivacy or Outcome.UnavailableDoesNotExist).ToArray();
        var reconsiderations = refused.Take(1 + size / 2).Select((r, i) =>
        {
            var filed = clock.Calendar.AddWorkingDays(r.ClosedOn!.Value, 20);
            var c = Reconsideration.File(DemoIds.For($"reconsideration:{agency.Code}:{year}:{i}"), r, $"复议〔{year}〕{i + 1}号", filed, DemoTimeline.OfficerOn(filed));
            var decided = clock.Calendar.AddWorkingDays(filed, 40);
            if (decided.Year == year)
            {
                c.Decide(i == 0 ? AppealResult.Upheld : AppealResult.Corrected, decided, DemoTimeline.OfficerOn(decided));
            }

            return c;
        }).ToArray();
        var litigations = refused.Skip(reconsiderations.Length).Take(size > 1 ? 1 : 0).Select((r, i) =>
            Litigation.FileDirectly(DemoIds.For($"litigation:{agency.Code}:{year}:{i}"), r, $"（{year}）行初{i + 3}号",
                clock.Calendar.AddWorkingDays(r.ClosedOn!.Value, 30), DemoTimeline.OfficerOn(clock.Calendar.AddWorkingDays(r.ClosedOn!.Value, 30)))).ToArray();
        var documents = Enumerable.Range(0, 2 + size * 2).Select(i =>
        {
            var kind = i == 0 && size > 1 ? NormativeDocumentKind.Rule : NormativeDocumentKind.AdministrativeNormativeDocument;
            var issued = i < 2 ? new DateOnly(year - 2, 5, 10).AddDays(30 * i) : new DateOnly(year, 2, 10).AddDays(40 * i);
            var d = NormativeDocument.Register(DemoIds.For($"normative:{agency.Code}:{year}:{i}"), agency.Id, kind,
                $"{agency.Place}{(kind == NormativeDocumentKind.Rule ? "城市市容和环境卫生管理规定" : "政府信息公开工作规范")}（{i + 1}）",
                $"{agency.DocumentPrefix}〔{issued.Year}〕{i + 1}号", issued, DemoTimeline.OfficerOn(issued));
            d.Publish(issued.AddDays(7), DemoTimeline.OfficerOn(issued.AddDays(7)));
            if (i == 1)
            {
                d.Repeal(new DateOnly(year, 9, 1), $"{agency.DocumentPrefix}〔{year}〕99号", DemoTimeline.OfficerOn(new DateOnly(year, 9, 1)));
            }

            return d;
        }).ToArray();
        const string source = "本级政务服务、市场监管、财政部门提供的年度统计";
        AnnualStatistic Cell(string item, string row, string column, decimal value) =>
            Statistic(agency, year, ReportFormat.Format2021, new CellAddress(T2.TableId, [item, row], [column]), value, source, entered);
        return new ReportRecords
        {
            Requests = requests,
            Reconsiderations = reconsiderations,
            Litigations = litigations,
            NormativeDocuments = documents,
            Statistics =
            [
                Cell(T2.Article20Item5, T2.Licensing, T2.DecisionsThisYear, 1_250 * size),
                Cell(T2.Article20Item6, T2.Penalties, T2.DecisionsThisYear, 310 * size),
                Cell(T2.Article20Item6, T2.Coercion, T2.DecisionsThisYear, 12 * size),
                Cell(T2.Article20Item8, T2.AdministrativeFees, T2.FeesThisYear, 86.35m * size),
            ],
        };
    }

    private static AnnualStatistic Statistic(DemoAgency agency, int year, ReportFormat format, CellAddress cell, decimal value, string source, RecordedBy by) =>
        AnnualStatistic.Enter(DemoIds.For($"statistic:{agency.Code}:{year}:{cell.Key}"), agency.Id, new ReportingYear(year), format, cell, value, source, by);
}
