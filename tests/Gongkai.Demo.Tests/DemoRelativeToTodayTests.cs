using Gongkai.Data;
using Gongkai.Data.Requests;
using Gongkai.Demo.Reports;
using Gongkai.Domain.AnnualReports.Publishing;
using Gongkai.Domain.Calendar;
using Gongkai.Domain.Requests;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Gongkai.Demo.Tests;

/// <summary>
/// The demo placed relative to today (docs/decisions/0011-demo-relative-to-today.md), for several todays: a normal
/// week, the last working day before the 2026 Spring Festival holiday, a make-up working Saturday, 5 January (last
/// year's report deadline ahead) and 28 December (the queue runs into a year whose holiday notice is not loaded).
/// The queue is read by the back office's own queue computation (<see cref="RequestQueue.Row"/>) on the domain's clock.
/// </summary>
public sealed class DemoRelativeToTodayTests
{
    private static readonly StatutoryClock Clock = new(WorkingDayCalendar.Official);

    public static TheoryData<string> Todays => ["2026-03-11", "2026-02-13", "2026-02-28", "2026-01-05", "2026-12-28"];

    [Theory]
    [MemberData(nameof(Todays))]
    public void Queue_OnToday_HasDueIn135TwoOverdueOneCorrectionOneUnconfirmed(string day)
    {
        var today = DateOnly.Parse(day);
        var rows = DemoLiveRequests.Queue(new DemoTimeline(today, Clock)).Select(r => RequestQueue.Row(r, Clock, today)).ToList();

        Assert.Equal(7, rows.Count);
        var running = rows.Where(r => r.Status == RequestStatus.InProgress && !r.IsOverdue).ToList();
        Assert.Equal([1, 3, 5], running.Select(r => r.WorkingDaysLeft ?? -1).Order());
        Assert.Equal([1, 3, 5], running.Select(r => Clock.Calendar.WorkingDaysAfter(today, r.DueOn!.Value)).Order());
        Assert.Equal(2, running.Count(r => r.IsDueSoon));
        var overdue = rows.Where(r => r.IsOverdue).ToList();
        Assert.Equal(2, overdue.Count);
        Assert.All(overdue, r => Assert.Equal(RequestStatus.InProgress, r.Status));
        Assert.Equal([2, 4], overdue.Select(r => Clock.Calendar.WorkingDaysAfter(r.DueOn!.Value, today) + (Clock.Calendar.IsWorkingDay(today) ? 0 : 1)).Order());
        var correction = Assert.Single(rows, r => r.Status == RequestStatus.AwaitingCorrection);
        Assert.False(correction.IsOverdue);
        var unconfirmed = Assert.Single(rows, r => r.Status == RequestStatus.AwaitingConfirmation);
        Assert.Equal(SubmissionChannel.Online, unconfirmed.Channel);
        Assert.False(unconfirmed.IsOverdue);
    }

    [Theory]
    [MemberData(nameof(Todays))]
    public void LiveRequests_OnToday_EveryEventBeforeTodayInOrder_OnlyQueueOpen(string day)
    {
        var today = DateOnly.Parse(day);
        var timeline = new DemoTimeline(today, Clock);

        var requests = DemoLiveRequests.Requests(timeline);

        Assert.All(requests, r =>
        {
            Assert.All(r.Events, e => Assert.True(e.LegalDate < today, $"{r.TrackingNumber} {e.Kind} {e.LegalDate}"));
            Assert.True(r.Events.Zip(r.Events.Skip(1)).All(p => p.First.LegalDate <= p.Second.LegalDate), r.TrackingNumber);
            Assert.All(r.Events, e => Assert.Equal(e.LegalDate, ChinaClock.DateOf(e.OccurredAtUtc)));
        });
        var open = requests.Where(r => r.IsOpen).ToList();
        Assert.Equal(Enumerable.Range(0, 7).Select(DemoLiveRequests.QueueId), open.Select(r => r.Id));
        Assert.All(open, r => Assert.Equal(DemoAgencies.ByCode(DemoLiveRequests.MainAgencyCode).Id, r.AgencyId));
        Assert.Equal(requests.Count, requests.Select(r => r.TrackingNumber).Distinct().Count());
    }

    [Fact]
    public void LiveRequests_SameToday_SameData()
    {
        var today = new DateOnly(2026, 3, 11);

        var first = DemoLiveRequests.Requests(new DemoTimeline(today, Clock));
        var second = DemoLiveRequests.Requests(new DemoTimeline(today, Clock));

        Assert.True(first.Count > 50, $"only {first.Count} requests");
        Assert.Equal(
            first.Select(r => (r.Id, r.TrackingNumber, string.Join(",", r.Events.Select(e => $"{e.Kind}@{e.LegalDate}")))),
            second.Select(r => (r.Id, r.TrackingNumber, string.Join(",", r.Events.Select(e => $"{e.Kind}@{e.LegalDate}")))));
    }

    [Theory]
    [InlineData("2026-01-05", 2024, 2025)]
    [InlineData("2026-01-15", 2024, 2025)]
    [InlineData("2026-01-16", 2025, 2026)]
    [InlineData("2026-03-11", 2025, 2026)]
    [InlineData("2026-12-28", 2025, 2026)]
    public void Timeline_OnToday_PublishesLastYearOnceItsPublicationDayPassed(string day, int published, int draft)
    {
        var timeline = new DemoTimeline(DateOnly.Parse(day), Clock);

        // 2026: 1–3 January off, 4 January (Sunday) a make-up working day — the 10th working day of January is the 15th
        Assert.Equal(new DateOnly(2026, 1, 15), timeline.PublicationDay(2025));
        Assert.Equal((published, draft), (timeline.PublishedYear, timeline.DraftYear));
        Assert.True(timeline.PublicationDay(published) <= AnnualReportDeadline.For(Gongkai.Domain.Agencies.AgencyKind.Department, published).Date);
    }

    [Theory]
    [MemberData(nameof(Todays))]
    public async Task Load_OnToday_NoDateAfterToday_LastYearPublished_DraftYearInDraft_QueueOnly(string day)
    {
        var today = DateOnly.Parse(day);
        var time = new FakeTimeProvider(new DateTimeOffset(today.ToDateTime(new TimeOnly(1, 0)), TimeSpan.Zero));
        var now = time.GetUtcNow().UtcDateTime;
        var folder = Path.Combine(Path.GetTempPath(), "gongkai-demo-tests", Guid.NewGuid().ToString("N"));
        try
        {
            await using var db = GongkaiDatabase.Create(new DatabaseSettings(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(folder, "demo.db")}"));
            await GongkaiDatabase.PrepareAsync(db, time);
            await DemoData.EnsureLoadedAsync(db, time, new DemoOptions(20, 5));
            await DemoReportData.EnsureLoadedAsync(db, time);
            var timeline = new DemoTimeline(today, Clock);

            var requests = await db.DisclosureRequests.AsNoTracking().ToListAsync();
            Assert.All(requests.SelectMany(r => r.Events), e => Assert.True(e.LegalDate <= today && e.OccurredAtUtc <= now, $"{e.Kind} {e.LegalDate}"));
            Assert.All(await db.CatalogueEntries.AsNoTracking().Select(e => e.PublishedOn).ToListAsync(), d => Assert.True(d <= today, $"{d}"));
            Assert.All(await db.NormativeDocuments.AsNoTracking().ToListAsync(), d => Assert.True(d.IssuedOn <= today && d.PublishedOn <= today && !(d.RepealedOn > today), d.DocumentNumber));
            Assert.All(await db.Reconsiderations.AsNoTracking().ToListAsync(), c => Assert.True(c.FiledOn <= today && !(c.DecidedOn > today), c.CaseNumber));
            Assert.All(await db.Litigations.AsNoTracking().ToListAsync(), c => Assert.True(c.FiledOn <= today && !(c.DecidedOn > today), c.CaseNumber));
            Assert.All(await db.AnnualStatistics.AsNoTracking().ToListAsync(), s => Assert.True(s.RecordedAtUtc <= now));
            var versions = await db.AnnualReportVersions.AsNoTracking().ToListAsync();
            Assert.All(versions, v => Assert.True(v.PublishedOn < today, $"{v.Year} {v.PublishedOn}"));

            // last year's reports published (on time), the draft year's in draft
            var drafts = await db.AnnualReportDrafts.AsNoTracking().ToListAsync();
            foreach (var code in DemoReportData.SyntheticAgencies)
            {
                var agency = DemoAgencies.ByCode(code);
                var version = Assert.Single(versions, v => v.AgencyId == agency.Id && v.Year == timeline.PublishedYear);
                Assert.True(version.PublishedOn <= AnnualReportDeadline.For(agency.Kind, timeline.PublishedYear).Date);
                var draft = Assert.Single(drafts, d => d.AgencyId == agency.Id && d.Year == timeline.DraftYear);
                Assert.Equal(AnnualReportState.Draft, draft.State);
                Assert.DoesNotContain(versions, v => v.AgencyId == agency.Id && v.Year == timeline.DraftYear);
            }

            Assert.Equal(DemoReportData.Reports(timeline).Count, versions.Count);

            // the queue as the back office computes it, over every demo agency
            var queue = await new RequestQueue(db).SearchAsync(DemoAgencies.All.Select(a => a.Id).ToList(), Clock, today, new RequestQueueFilter());
            Assert.Equal((7, 2, 2), (queue.OpenCount, queue.DueSoonCount, queue.OverdueCount));
            Assert.All(queue.Rows, r => Assert.Equal(DemoAgencies.ByCode(DemoLiveRequests.MainAgencyCode).Id, r.AgencyId));

            // placed once: a second load on a later day changes nothing
            var count = requests.Count;
            time.Advance(TimeSpan.FromDays(40));
            Assert.Equal(0, await DemoReportData.EnsureLoadedAsync(db, time));
            Assert.Equal(count, await db.DisclosureRequests.CountAsync());
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }
}
