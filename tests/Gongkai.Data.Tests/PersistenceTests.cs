using Gongkai.Data.Calendar;
using Gongkai.Domain.Calendar;
using Gongkai.Domain.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Gongkai.Data.Tests;

/// <summary>The persistence suite: runs on SQLite always and on PostgreSQL when configured.</summary>
public sealed class PersistenceTests
{
    private static readonly FakeTimeProvider Time = new(new DateTimeOffset(2026, 11, 23, 1, 0, 0, TimeSpan.Zero));

    [Theory]
    [DatabaseEngines]
    public async Task Prepare_FreshDatabase_CreatesSchemaAndLoadsOfficialNotices(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();

        await GongkaiDatabase.PrepareAsync(db, Time);

        var calendar = await new CalendarStore(db, Time).LoadAsync();
        Assert.Equal(Enumerable.Range(2008, 19), calendar.NoticeYears.Order());
        Assert.False(calendar.IsWorkingDay(new DateOnly(2024, 10, 1)));
        Assert.True(calendar.IsWorkingDay(new DateOnly(2024, 9, 29)));
        Assert.Equal(WorkingDayCalendar.Official.Arrangements, calendar.Arrangements);
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }

    [Theory]
    [DatabaseEngines]
    public async Task Prepare_CalledTwice_ChangesNothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var first = database.NewContext())
        {
            await GongkaiDatabase.PrepareAsync(first, Time);
        }

        await using var second = database.NewContext();
        await GongkaiDatabase.PrepareAsync(second, Time);

        Assert.Equal(WorkingDayCalendar.Official.Arrangements.Count(), await second.HolidayArrangements.CountAsync());
        Assert.Equal(19, await second.HolidayNotices.CountAsync());
    }

    [Theory]
    [DatabaseEngines]
    public async Task DisclosureRequest_SavedAndReloaded_KeepsApplicantEventsAndDeadline(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var agency = RequestBuilder.Agency();
        var request = RequestBuilder.Letter(agency, new DateOnly(2024, 9, 27));
        DeadlineProof expected;
        await using (var db = database.NewContext())
        {
            await GongkaiDatabase.PrepareAsync(db, Time);
            var clock = new StatutoryClock(await new CalendarStore(db, Time).LoadAsync());
            request.ApproveExtension(clock, new DateOnly(2024, 10, 25), 10, "王主任", "涉及档案调取", RequestBuilder.Officer);
            expected = request.Deadline(clock);
            db.Agencies.Add(agency);
            db.DisclosureRequests.Add(request);
            await db.SaveChangesAsync();
        }

        await using (var db = database.NewContext())
        {
            var clock = new StatutoryClock(await new CalendarStore(db, Time).LoadAsync());
            var loaded = await db.DisclosureRequests.SingleAsync(r => r.TrackingNumber == "XN-2024-0001");

            Assert.Equal(request.Applicant, loaded.Applicant);
            Assert.Equal(SubmissionChannel.Post, loaded.Channel);
            Assert.Equal([RequestEventKind.Submitted, RequestEventKind.ExtensionApproved], loaded.Events.Select(e => e.Kind));
            Assert.Equal("王主任", loaded.Events[1].ApprovedBy);
            var proof = loaded.Deadline(clock);
            Assert.Equal(new DateOnly(2024, 11, 13), proof.DueOn);
            Assert.Equal(expected.Steps, proof.Steps);
        }
    }

    [Theory]
    [DatabaseEngines]
    public async Task DisclosureRequest_HandledAcrossContexts_AppendsEventsInOrder(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var agency = RequestBuilder.Agency();
        var request = RequestBuilder.Letter(agency, new DateOnly(2025, 3, 3), "XN-2025-0007");
        await using (var db = database.NewContext())
        {
            await GongkaiDatabase.PrepareAsync(db, Time);
            db.Agencies.Add(agency);
            db.DisclosureRequests.Add(request);
            await db.SaveChangesAsync();
        }

        async Task Act(Action<DisclosureRequest, StatutoryClock> action)
        {
            await using var db = database.NewContext();
            var clock = new StatutoryClock(await new CalendarStore(db, Time).LoadAsync());
            var loaded = await db.DisclosureRequests.SingleAsync(r => r.Id == request.Id);
            action(loaded, clock);
            await db.SaveChangesAsync();
        }

        var by = RequestBuilder.Officer;
        await Act((r, c) => r.RequestCorrection(c, new DateOnly(2025, 3, 5), "请写明项目名称或文号", 10, by));
        await Act((r, c) => r.ReceiveCorrection(c, new DateOnly(2025, 3, 10), by));
        await Act((r, c) => r.Reply(c, new DateOnly(2025, 3, 20), Outcome.PartlyDisclosed, "其中涉及个人隐私的部分不予公开（第十五条）", by));
        await Act((r, c) => r.RecordDelivery(c, new DateOnly(2025, 3, 21), "EMS 1234567890，申请人签收", by));
        await Act((r, c) => r.Archive(c, new DateOnly(2025, 3, 24), by));

        await using var check = database.NewContext();
        var clock = new StatutoryClock(await new CalendarStore(check, Time).LoadAsync());
        var final = await check.DisclosureRequests.SingleAsync(r => r.Id == request.Id);
        Assert.Equal(Enumerable.Range(1, 6), final.Events.Select(e => e.Sequence));
        Assert.Equal(RequestStatus.Archived, final.Status(clock));
        Assert.Equal(Outcome.PartlyDisclosed, final.Outcome);
        Assert.Equal(new DateOnly(2025, 4, 8), final.Deadline(clock).DueOn);
    }

    [Theory]
    [DatabaseEngines]
    public async Task Enums_Persisted_AsStrings(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var agency = RequestBuilder.Agency();
        await using var db = database.NewContext();
        await GongkaiDatabase.PrepareAsync(db, Time);
        db.Agencies.Add(agency);
        db.DisclosureRequests.Add(RequestBuilder.Letter(agency, new DateOnly(2025, 3, 3)));
        await db.SaveChangesAsync();

        var kinds = await db.Database.SqlQueryRaw<string>("SELECT \"Kind\" AS \"Value\" FROM \"RequestEvents\"").ToListAsync();
        var channels = await db.Database.SqlQueryRaw<string>("SELECT \"Channel\" AS \"Value\" FROM \"DisclosureRequests\"").ToListAsync();
        var applicantKinds = await db.Database.SqlQueryRaw<string>("SELECT \"ApplicantKind\" AS \"Value\" FROM \"DisclosureRequests\"").ToListAsync();

        Assert.Equal(["Submitted"], kinds);
        Assert.Equal(["Post"], channels);
        Assert.Equal(["NaturalPerson"], applicantKinds);
    }

    [Theory]
    [DatabaseEngines]
    public async Task TrackingNumber_Duplicate_IsRefusedByTheDatabase(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var agency = RequestBuilder.Agency();
        await using var db = database.NewContext();
        await GongkaiDatabase.PrepareAsync(db, Time);
        db.Agencies.Add(agency);
        db.DisclosureRequests.Add(RequestBuilder.Letter(agency, new DateOnly(2025, 3, 3), "DUP-1"));
        await db.SaveChangesAsync();

        db.DisclosureRequests.Add(RequestBuilder.Letter(agency, new DateOnly(2025, 3, 4), "DUP-1"));

        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }

    [Theory]
    [DatabaseEngines]
    public async Task CalendarImport_NewYearNotice_IsUsedWithoutCodeChange(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();
        await GongkaiDatabase.PrepareAsync(db, Time);
        var store = new CalendarStore(db, Time);
        var receipt = new Receipt(SubmissionChannel.InPerson, new DateOnly(2026, 12, 21));
        Assert.Contains(new StatutoryClock(await store.LoadAsync()).Run(receipt, []).Warnings, w => w.Contains("2027年"));

        // Hypothetical 2027 notice, for the test only: 1 January off, nothing else.
        var years = await store.ImportAsync([new HolidayArrangement(new DateOnly(2027, 1, 1), CalendarDayKind.Off, "元旦", 2027)], "测试用假想通知");

        Assert.Equal([2027], years);
        var proof = new StatutoryClock(await store.LoadAsync()).Run(receipt, []);
        Assert.DoesNotContain(proof.Warnings, w => w.Contains("2027年"));
        Assert.Equal(new DateOnly(2027, 1, 19), proof.DueOn);
        Assert.Contains(await store.NoticesAsync(), n => n is { Year: 2027, Source: "测试用假想通知" });
    }

    [Theory]
    [DatabaseEngines]
    public async Task CalendarImport_ReplacingAYear_RemovesItsOldDates(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();
        await GongkaiDatabase.PrepareAsync(db, Time);
        var store = new CalendarStore(db, Time);

        await store.ImportAsync([new HolidayArrangement(new DateOnly(2026, 5, 1), CalendarDayKind.Off, "劳动节", 2026)], "更正");

        var calendar = await store.LoadAsync();
        Assert.Single(calendar.Arrangements, a => a.NoticeYear == 2026);
        Assert.True(calendar.IsWorkingDay(new DateOnly(2026, 10, 5)));
        Assert.Equal(2, (await store.NoticesAsync()).Count(n => n.Year is 2025 or 2026));
    }

    [PostgresConfiguredFact]
    public async Task Postgres_Configured_RunsTheSuiteThere()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Postgres);
        await using var db = database.NewContext();
        await GongkaiDatabase.PrepareAsync(db, Time);

        Assert.True(db.Database.IsNpgsql());
        Assert.Equal(19, await db.HolidayNotices.CountAsync());
    }
}
