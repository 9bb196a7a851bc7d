using System.Data.Common;
using Gongkai.Data.Calendar;
using Gongkai.Domain.Calendar;
using Gongkai.Domain.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Gongkai.Data.Tests;

/// <summary>
/// A request's events come back in their recorded order whatever order the engine returns the rows in: the rows are
/// rewritten last-first, so their physical order (PostgreSQL's heap, SQLite's rowid) is the reverse of the log.
/// </summary>
public sealed class EventOrderTests
{
    private static readonly FakeTimeProvider Time = new(new DateTimeOffset(2026, 11, 23, 1, 0, 0, TimeSpan.Zero));

    [Theory]
    [DatabaseEngines]
    public async Task DisclosureRequest_RowsStoredInReverse_LoadsEventsInRecordedOrder(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var agency = RequestBuilder.Agency();
        var request = RequestBuilder.Letter(agency, new DateOnly(2025, 3, 3), "XN-2025-0042");
        var by = RequestBuilder.Officer;
        await using (var db = database.NewContext())
        {
            await GongkaiDatabase.PrepareAsync(db, Time);
            var clock = new StatutoryClock(await new CalendarStore(db, Time).LoadAsync());
            request.RequestCorrection(clock, new DateOnly(2025, 3, 5), "请写明项目名称或文号", 10, by);
            request.ReceiveCorrection(clock, new DateOnly(2025, 3, 10), by);
            request.Reply(clock, new DateOnly(2025, 3, 20), Outcome.PartlyDisclosed, "其中涉及个人隐私的部分不予公开（第十五条）", by);
            request.RecordDelivery(clock, new DateOnly(2025, 3, 21), "EMS 1234567890，申请人签收", by);
            db.Agencies.Add(agency);
            db.DisclosureRequests.Add(request);
            await db.SaveChangesAsync();
        }

        await StoreEventsLastFirstAsync(database, request.Id);

        await using (var db = database.NewContext())
        {
            await ReadInPhysicalOrderAsync(db);
            var physical = await RawSequencesAsync(db, request.Id);
            Assert.Equal(5, physical.Count);
            if (provider == DatabaseProvider.Postgres)
            {
                // The premise: without an ORDER BY, PostgreSQL hands the rows back in the order they were written.
                Assert.Equal([5, 4, 3, 2, 1], physical);
            }
        }

        await using (var db = database.NewContext())
        {
            await ReadInPhysicalOrderAsync(db);
            var clock = new StatutoryClock(await new CalendarStore(db, Time).LoadAsync());
            var loaded = await db.DisclosureRequests.SingleAsync(r => r.Id == request.Id);
            Assert.Equal([1, 2, 3, 4, 5], loaded.Events.Select(e => e.Sequence));
            Assert.Equal(new DateOnly(2025, 3, 3), loaded.SubmittedOn);
            Assert.Equal(new DateOnly(2025, 4, 8), loaded.Deadline(clock).DueOn);

            loaded.Archive(clock, new DateOnly(2025, 3, 24), by);
            await db.SaveChangesAsync();
        }

        await using (var db = database.NewContext())
        {
            await ReadInPhysicalOrderAsync(db);
            var clock = new StatutoryClock(await new CalendarStore(db, Time).LoadAsync());
            var listed = await db.DisclosureRequests.AsNoTracking().Where(r => r.AgencyId == agency.Id).ToListAsync();
            var final = Assert.Single(listed);
            Assert.Equal([1, 2, 3, 4, 5, 6], final.Events.Select(e => e.Sequence));
            Assert.Equal(RequestStatus.Archived, final.Status(clock));
            Assert.Equal(Outcome.PartlyDisclosed, final.Outcome);
        }
    }

    [Theory]
    [DatabaseEngines]
    public async Task DisclosureRequests_ManyListedTogether_EachKeepsItsOrder(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var agency = RequestBuilder.Agency();
        var by = RequestBuilder.Officer;
        var ids = new List<Guid>();
        await using (var db = database.NewContext())
        {
            await GongkaiDatabase.PrepareAsync(db, Time);
            var clock = new StatutoryClock(await new CalendarStore(db, Time).LoadAsync());
            db.Agencies.Add(agency);
            for (var i = 0; i < 12; i++)
            {
                var request = RequestBuilder.Letter(agency, new DateOnly(2025, 6, 2).AddDays(i), $"XN-2025-1{i:000}");
                request.Reply(clock, new DateOnly(2025, 6, 20).AddDays(i), Outcome.Disclosed, "予以公开", by);
                request.RecordDelivery(clock, new DateOnly(2025, 6, 23).AddDays(i), "当面领取", by);
                db.DisclosureRequests.Add(request);
                ids.Add(request.Id);
            }

            await db.SaveChangesAsync();
        }

        foreach (var id in ids)
        {
            await StoreEventsLastFirstAsync(database, id);
        }

        await using (var db = database.NewContext())
        {
            await ReadInPhysicalOrderAsync(db);
            var clock = new StatutoryClock(await new CalendarStore(db, Time).LoadAsync());
            var all = await db.DisclosureRequests.Where(r => r.AgencyId == agency.Id).ToListAsync();
            Assert.Equal(12, all.Count);
            Assert.All(all, r =>
            {
                Assert.Equal([1, 2, 3], r.Events.Select(e => e.Sequence));
                Assert.Equal(RequestStatus.Delivered, r.Status(clock));
                Assert.True(r.SubmittedOn < r.ClosedOn);
            });
        }
    }

    /// <summary>Deletes the request's event rows and writes them back newest first, one statement at a time.</summary>
    private static async Task StoreEventsLastFirstAsync(TestDatabase database, Guid requestId)
    {
        await using var db = database.NewContext();
        var events = await db.RequestEvents.AsNoTracking().Where(e => e.RequestId == requestId).ToListAsync();
        await db.RequestEvents.Where(e => e.RequestId == requestId).ExecuteDeleteAsync();
        foreach (var e in events.OrderByDescending(e => e.Sequence))
        {
            await using var write = database.NewContext();
            write.RequestEvents.Add(e);
            await write.SaveChangesAsync();
        }
    }

    /// <summary>
    /// On PostgreSQL, keeps the context on one connection whose planner reads tables in physical order (as it does for a
    /// large table or after ANALYZE), instead of walking the (RequestId, Sequence) index, which would hide the bug.
    /// </summary>
    private static async Task ReadInPhysicalOrderAsync(GongkaiDbContext db)
    {
        if (!db.Database.IsNpgsql())
        {
            return;
        }

        await db.Database.OpenConnectionAsync();
        await db.Database.ExecuteSqlRawAsync("SET enable_indexscan = off; SET enable_bitmapscan = off; SET enable_indexonlyscan = off");
    }

    private static async Task<List<int>> RawSequencesAsync(GongkaiDbContext db, Guid requestId)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        await using DbCommand command = connection.CreateCommand();
        command.CommandText = "SELECT \"Sequence\" FROM \"RequestEvents\" WHERE \"RequestId\" = @id";
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@id";
        parameter.Value = db.Database.IsNpgsql() ? requestId : requestId.ToString().ToUpperInvariant();
        command.Parameters.Add(parameter);
        var sequences = new List<int>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            sequences.Add(reader.GetInt32(0));
        }

        return sequences;
    }
}
