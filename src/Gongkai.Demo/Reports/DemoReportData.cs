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
/// 白云鄂博矿区 2019 in the 2019 format), with the figures their published reports state, and a synthetic 2025 for
/// each in the 2021 format. Idempotent: each scenario is skipped when its first record exists.
/// </summary>
public static class DemoReportData
{
    private static readonly RecordedBy Officer = new("demo.officer", new DateTime(2026, 1, 5, 1, 0, 0, DateTimeKind.Utc));

    /// <summary>The (agency code, year) of every demo report, in the order they are loaded.</summary>
    public static IReadOnlyList<(string Agency, int Year)> Reports { get; } =
    [
        ("XN", 2017), ("BYNE", 2017), ("BL", 2017), ("ELHT-BGS", 2011), ("BYEB", 2019),
        ("XN", 2025), ("BYNE", 2025), ("BL", 2025), ("ELHT-BGS", 2025), ("BYEB", 2025),
    ];

    /// <summary>Loads what is missing; returns the number of reports published by this call.</summary>
    public static async Task<int> EnsureLoadedAsync(GongkaiDbContext db, TimeProvider time, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var clock = new StatutoryClock(await new CalendarStore(db, time).LoadAsync(cancellationToken));
        await DemoData.EnsureAgenciesAsync(db, cancellationToken);
        var published = 0;
        foreach (var (code, year) in Reports)
        {
            var agency = DemoAgencies.ByCode(code);
            if (await db.AnnualReportVersions.AnyAsync(v => v.AgencyId == agency.Id && v.Year == year, cancellationToken))
            {
                continue;
            }

            var records = Records(agency, year, clock);
            db.DisclosureRequests.AddRange(records.Requests);
            db.Reconsiderations.AddRange(records.Reconsiderations);
            db.Litigations.AddRange(records.Litigations);
            db.NormativeDocuments.AddRange(records.NormativeDocuments);
            db.AnnualStatistics.AddRange(records.Statistics);
            await db.SaveChangesAsync(cancellationToken);
            await PublishAsync(db, agency, year, cancellationToken);
            db.ChangeTracker.Clear();
            published++;
        }

        return published;
    }

    /// <summary>The records of one demo report (not saved).</summary>
    public static ReportRecords Records(DemoAgency agency, int year, StatutoryClock clock)
    {
        ArgumentNullException.ThrowIfNull(agency);
        return (agency.Code, year) switch
        {
            ("XN", 2017) => Xining2017(clock),
            ("BYNE", 2017) => Bayannur2017(clock),
            ("BL", 2017) => Bole2017(clock),
            ("ELHT-BGS", 2011) => new ReportRecords
            {
                Statistics = [Statistic(agency, 2011, ReportFormat.Format2008, NarrativeFigures.At(NarrativeFigures.FeesCollected), 0, "二连浩特市2011年政府信息公开年度报告：无政府信息公开收费")],
            },
            ("BYEB", 2019) => Baiyun2019(agency),
            (_, 2025) => Synthetic2025(agency, clock),
            _ => throw new ArgumentOutOfRangeException(nameof(year), year, "没有该年度的示例数据。"),
        };
    }

    private static async Task PublishAsync(GongkaiDbContext db, DemoAgency agency, int year, CancellationToken cancellationToken)
    {
        var entity = await db.Agencies.AsNoTracking().SingleAsync(a => a.Id == agency.Id, cancellationToken);
        var source = new AnnualReportSource(db);
        var document = await source.GenerateAsync(entity, new ReportingYear(year), cancellationToken: cancellationToken);
        var draft = await db.AnnualReportDrafts.FirstOrDefaultAsync(d => d.AgencyId == agency.Id && d.Year == year, cancellationToken)
            ?? AnnualReportDraft.Start(DemoIds.For($"draft:{agency.Code}:{year}"), agency.Id, year, document.Data.Format, Officer);
        if (db.Entry(draft).State == EntityState.Detached)
        {
            db.AnnualReportDrafts.Add(draft);
        }

        var texts = DemoReportTexts.For(document.Data.Layout, agency.Name, year);
        foreach (var part in draft.Compose(document.Data).MissingParts)
        {
            draft.Edit(part.Heading, texts.GetValueOrDefault(part.Heading, "本年度无其他需要报告的事项。"), Officer);
        }

        var publishedBy = new RecordedBy(Officer.Actor, PublishedAtUtc(agency.Code, year));
        draft.Check(document.Data, document.Findings, publishedBy);
        draft.Approve(publishedBy);
        db.AnnualReportVersions.Add(draft.Publish(DemoIds.For($"version:{agency.Code}:{year}:1"), publishedBy, AnnualReportGenerator.Version));
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>When the demo report was published: the seed's own date where it prints one, else late March.</summary>
    private static DateTime PublishedAtUtc(string agencyCode, int year) => (agencyCode, year) switch
    {
        ("XN", 2017) => new DateTime(2018, 3, 30, 1, 0, 0, DateTimeKind.Utc),
        ("BYNE", 2017) => new DateTime(2018, 2, 27, 1, 0, 0, DateTimeKind.Utc),
        ("BYEB", 2019) => new DateTime(2020, 2, 16, 3, 16, 0, DateTimeKind.Utc),
        _ => new DateTime(year + 1, 3, 27, 2, 0, 0, DateTimeKind.Utc),
    };

    private static ReportRecords Xining2017(StatutoryClock clock)
    {
        var city = DemoAgencies.ByCode("XN");
        var units = DemoAgencies.All.Where(a => a.Code == "XN" || a.ParentCode == "XN").Select(a => a.Id).ToArray();
        var requests = DemoRequests.Make(units, "XN", 2017, DemoRequestPlans.Xining2017, clock);
        var appealed = requests.Where(r => r.Outcome is Outcome.WithheldStateSecret or Outcome.PartlyDisclosed).Take(3).ToArray();
        var reconsiderations = appealed.Select((r, i) =>
        {
            var filed = clock.Calendar.AddWorkingDays(r.ClosedOn!.Value, 20);
            var c = Reconsideration.File(DemoIds.For($"reconsideration:XN:2017:{i}"), r, $"宁政复〔2017〕{i + 11}号", filed, Officer);
            c.Decide(i < 2 ? AppealResult.Upheld : AppealResult.Other, clock.Calendar.AddWorkingDays(filed, 40), Officer);
            return c;
        }).ToArray();

        // 制发规范性文件总数 2139 and 其中：主动公开规范性文件数 3145 (seeds/001): 2139 issued in 2017 and published that year,
        // and 1006 issued in 2016 but first published in 2017 — which is how a published count can exceed the issued one.
        var documents = Enumerable.Range(0, 3145).Select(i =>
        {
            var issued = i < 2139 ? new DateOnly(2017, 1, 3).AddDays(i % 330) : new DateOnly(2016, 3, 1).AddDays(i % 290);
            var d = NormativeDocument.Register(DemoIds.For($"normative:XN:2017:{i}"), units[i % units.Length],
                NormativeDocumentKind.AdministrativeNormativeDocument, $"关于做好{(i % 2 == 0 ? "城乡低保" : "棚户区改造")}工作的通知（{i + 1}）",
                $"宁政办〔{issued.Year}〕{i + 1}号", issued, Officer);
            d.Publish(i < 2139 ? issued.AddDays(5) : new DateOnly(2017, 2, 1).AddDays(i % 300), Officer);
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
            Statistics = [.. entered.Select(e => Statistic(city, 2017, ReportFormat.Format2014, S.At(e.Row), e.Value, "西宁市政务公开办汇总四区三县及市直部门报表"))],
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
            var c = Reconsideration.File(DemoIds.For($"reconsideration:BYNE:2017:{i}"), r, $"内政复〔2017〕{i + 30}号", filed, Officer);
            if (i < 2)
            {
                c.Decide(AppealResult.Upheld, clock.Calendar.AddWorkingDays(filed, 40), Officer);
            }

            return c;
        }).ToArray();
        var litigations = appealed.Skip(3).Take(2).Select((r, i) =>
        {
            var filed = clock.Calendar.AddWorkingDays(r.ClosedOn!.Value, 10);
            var c = Litigation.FileDirectly(DemoIds.For($"litigation:BYNE:2017:{i}"), r, $"（2017）内行终{i + 7}号", filed, Officer);
            c.Decide(AppealResult.Upheld, clock.Calendar.AddWorkingDays(filed, 30), Officer);
            return c;
        }).ToArray();
        return new ReportRecords
        {
            Requests = requests,
            Reconsiderations = reconsiderations,
            Litigations = litigations,
            Statistics = [Statistic(city, 2017, ReportFormat.Format2014, S.At(S.FeesCollected), 0, "巴彦淖尔市2017年政府信息公开年度报告：没有因政府信息公开而产生的收费")],
        };
    }

    private static ReportRecords Bole2017(StatutoryClock clock)
    {
        var city = DemoAgencies.ByCode("BL");
        var documents = Enumerable.Range(0, 4).Select(i =>
        {
            var d = NormativeDocument.Register(DemoIds.For($"normative:BL:2017:{i}"), city.Id, NormativeDocumentKind.AdministrativeNormativeDocument,
                $"博乐市关于{(i % 2 == 0 ? "城乡居民最低生活保障" : "农村危房改造")}的实施意见（{i + 1}）", $"博政发〔2017〕{i + 5}号",
                new DateOnly(2017, 3, 1).AddDays(60 * i), Officer);
            d.Publish(new DateOnly(2017, 3, 6).AddDays(60 * i), Officer);
            return d;
        }).ToArray();
        return new ReportRecords
        {
            Requests = DemoRequests.Make(city.Id, "BL", 2017, DemoRequestPlans.Bole2017, clock),
            NormativeDocuments = documents,
            Statistics =
            [
                Statistic(city, 2017, ReportFormat.Format2014, S.At(S.ProactivelyPublished), 9616, "博乐市2017年政府信息公开年度报告：博乐市政府网主动公开政府信息9616余条"),
                Statistic(city, 2017, ReportFormat.Format2014, S.At(S.FeesCollected), 0, "博乐市政务公开办"),
            ],
        };
    }

    private static ReportRecords Baiyun2019(DemoAgency agency)
    {
        const string source = "白云鄂博矿区2019年政府信息公开工作年度报告表二";
        AnnualStatistic Cell(string item, string row, string column, decimal value) =>
            Statistic(agency, 2019, ReportFormat.Format2019, new CellAddress(T2.TableId, [item, row], [column]), value, source);

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

    private static ReportRecords Synthetic2025(DemoAgency agency, StatutoryClock clock)
    {
        var size = agency.Code is "XN" or "BYNE" ? 3 : 1;
        var units = DemoAgencies.All.Where(a => a.Code == agency.Code || a.ParentCode == agency.Code).Select(a => a.Id).ToArray();
        var requests = DemoRequests.Make(units, agency.Code, 2025, DemoRequestPlans.Synthetic2025(size), clock);
        var refused = requests.Where(r => r.Outcome is Outcome.WithheldPersonalPrivacy or Outcome.UnavailableDoesNotExist).ToArray();
        var reconsiderations = refused.Take(1 + size / 2).Select((r, i) =>
        {
            var filed = clock.Calendar.AddWorkingDays(r.ClosedOn!.Value, 20);
            var c = Reconsideration.File(DemoIds.For($"reconsideration:{agency.Code}:2025:{i}"), r, $"复议〔2025〕{i + 1}号", filed, Officer);
            var decided = clock.Calendar.AddWorkingDays(filed, 40);
            if (decided.Year == 2025)
            {
                c.Decide(i == 0 ? AppealResult.Upheld : AppealResult.Corrected, decided, Officer);
            }

            return c;
        }).ToArray();
        var litigations = refused.Skip(reconsiderations.Length).Take(size > 1 ? 1 : 0).Select((r, i) =>
            Litigation.FileDirectly(DemoIds.For($"litigation:{agency.Code}:2025:{i}"), r, $"（2025）行初{i + 3}号",
                clock.Calendar.AddWorkingDays(r.ClosedOn!.Value, 30), Officer)).ToArray();
        var documents = Enumerable.Range(0, 2 + size * 2).Select(i =>
        {
            var kind = i == 0 && size > 1 ? NormativeDocumentKind.Rule : NormativeDocumentKind.AdministrativeNormativeDocument;
            var issued = i < 2 ? new DateOnly(2023, 5, 10).AddDays(30 * i) : new DateOnly(2025, 2, 10).AddDays(40 * i);
            var d = NormativeDocument.Register(DemoIds.For($"normative:{agency.Code}:2025:{i}"), agency.Id, kind,
                $"{agency.Place}{(kind == NormativeDocumentKind.Rule ? "城市市容和环境卫生管理规定" : "政府信息公开工作规范")}（{i + 1}）",
                $"{agency.DocumentPrefix}〔{issued.Year}〕{i + 1}号", issued, Officer);
            d.Publish(issued.AddDays(7), Officer);
            if (i == 1)
            {
                d.Repeal(new DateOnly(2025, 9, 1), $"{agency.DocumentPrefix}〔2025〕99号", Officer);
            }

            return d;
        }).ToArray();
        const string source = "本级政务服务、市场监管、财政部门提供的年度统计";
        AnnualStatistic Cell(string item, string row, string column, decimal value) =>
            Statistic(agency, 2025, ReportFormat.Format2021, new CellAddress(T2.TableId, [item, row], [column]), value, source);
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

    private static AnnualStatistic Statistic(DemoAgency agency, int year, ReportFormat format, CellAddress cell, decimal value, string source) =>
        AnnualStatistic.Enter(DemoIds.For($"statistic:{agency.Code}:{year}:{cell.Key}"), agency.Id, new ReportingYear(year), format, cell, value, source, Officer);
}
