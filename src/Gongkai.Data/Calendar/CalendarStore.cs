using Gongkai.Domain;
using Gongkai.Domain.Calendar;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Data.Calendar;

/// <summary>
/// The working-day calendar as stored in the database, so every web node and every command counts on the same
/// notices. The official notices shipped with Gongkai are loaded on first start; a new year's notice is imported
/// as data (<c>gongkai calendar import</c>).
/// </summary>
public sealed class CalendarStore(GongkaiDbContext db, TimeProvider time)
{
    /// <summary>How many databases' calendars one process keeps (a web node has one; a test run has many).</summary>
    private const int MaxDatabasesKept = 64;

    /// <summary>The calendar last built per database (connection string), with the notices it was built from.</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, LoadedCalendar> Loaded = new(StringComparer.Ordinal);

    /// <summary>Where the shipped notices say they come from.</summary>
    public const string OfficialSource = "Gongkai 内置：国务院办公厅节假日安排通知 2008–2026（cn-holidays.csv）";

    /// <summary>
    /// The calendar of all loaded notices. Built once per database and kept while the notices are unchanged: each call
    /// reads only the notices' years and import times (a few rows), and the arrangements again only when one of them
    /// changed — here (<see cref="ImportAsync"/> forgets the copy) or on another node (a new import time).
    /// </summary>
    public Task<WorkingDayCalendar> LoadAsync(CancellationToken cancellationToken = default) => LoadAsync(TimeSpan.Zero, cancellationToken);

    /// <summary>
    /// As <see cref="LoadAsync(CancellationToken)"/>, but the notices are looked at again only when the kept calendar was
    /// last checked <paramref name="recheckAfter"/> or longer ago (by the <see cref="TimeProvider"/>): a hot read path
    /// (tracking, answered per applicant's look-up) then costs no query for the calendar. An import on this node is seen
    /// at once (<see cref="ImportAsync"/> forgets the copy); an import on another node or by the command line within
    /// <paramref name="recheckAfter"/>.
    /// </summary>
    public async Task<WorkingDayCalendar> LoadAsync(TimeSpan recheckAfter, CancellationToken cancellationToken = default)
    {
        var key = db.Database.GetConnectionString() ?? string.Empty;
        var now = time.GetUtcNow();
        if (recheckAfter > TimeSpan.Zero && Loaded.TryGetValue(key, out var recent) && now >= recent.CheckedAt && now - recent.CheckedAt < recheckAfter)
        {
            return recent.Calendar;
        }

        var notices = await db.HolidayNotices.AsNoTracking().OrderBy(n => n.Year).Select(n => new { n.Year, n.ImportedAtUtc }).ToListAsync(cancellationToken);
        var stamp = string.Join(",", notices.Select(n => $"{n.Year}:{n.ImportedAtUtc.Ticks}"));
        if (Loaded.TryGetValue(key, out var cached) && cached.Stamp == stamp)
        {
            Loaded[key] = cached with { CheckedAt = now };
            return cached.Calendar;
        }

        var arrangements = await db.HolidayArrangements.AsNoTracking().ToListAsync(cancellationToken);
        var calendar = WorkingDayCalendar.Of(arrangements, notices.Select(n => n.Year));
        if (Loaded.Count >= MaxDatabasesKept)
        {
            Loaded.Clear();
        }

        Loaded[key] = new LoadedCalendar(stamp, calendar, now);
        return calendar;
    }

    /// <summary>The loaded notices, by year.</summary>
    public async Task<IReadOnlyList<HolidayNotice>> NoticesAsync(CancellationToken cancellationToken = default) =>
        await db.HolidayNotices.AsNoTracking().OrderBy(n => n.Year).ToListAsync(cancellationToken);

    /// <summary>
    /// Loads the shipped notices whose year is not in the database yet; a year already there (perhaps corrected by
    /// an import) is left alone. Returns the years added.
    /// </summary>
    public async Task<IReadOnlyList<int>> LoadOfficialNoticesAsync(CancellationToken cancellationToken = default)
    {
        var present = (await db.HolidayNotices.Select(n => n.Year).ToListAsync(cancellationToken)).ToHashSet();
        var missing = HolidayArrangementCsv.ReadOfficial().Where(a => !present.Contains(a.NoticeYear)).ToList();
        if (missing.Count == 0)
        {
            return [];
        }

        return await ImportAsync(missing, OfficialSource, cancellationToken);
    }

    /// <summary>
    /// Replaces, in one transaction, the dates of every notice year present in <paramref name="arrangements"/>
    /// (plus <paramref name="emptyYears"/>, notices that set no date). Returns the years imported.
    /// </summary>
    /// <exception cref="RuleViolationException">Nothing to import, or a date would belong to two notices.</exception>
    public async Task<IReadOnlyList<int>> ImportAsync(
        IReadOnlyCollection<HolidayArrangement> arrangements, string source, CancellationToken cancellationToken = default, IEnumerable<int>? emptyYears = null)
    {
        var years = arrangements.Select(a => a.NoticeYear).Concat(emptyYears ?? []).Distinct().Order().ToList();
        if (years.Count == 0)
        {
            throw new RuleViolationException("没有可导入的日期。");
        }

        // Check the result before touching the tables: a date claimed by two notices throws here.
        (await LoadAsync(cancellationToken)).With(arrangements, years);
        var now = time.GetUtcNow().UtcDateTime;

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.HolidayArrangements.Where(a => years.Contains(a.NoticeYear)).ExecuteDeleteAsync(cancellationToken);
        await db.HolidayNotices.Where(n => years.Contains(n.Year)).ExecuteDeleteAsync(cancellationToken);
        db.HolidayArrangements.AddRange(arrangements);
        db.HolidayNotices.AddRange(years.Select(y => new HolidayNotice(y, source, now)));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        Loaded.TryRemove(db.Database.GetConnectionString() ?? string.Empty, out _);
        db.ChangeTracker.Clear();
        return years;
    }
}

/// <summary>
/// A calendar built from the arrangements of the notices described by <paramref name="Stamp"/> (years and import times),
/// last compared with the database at <paramref name="CheckedAt"/>.
/// </summary>
internal sealed record LoadedCalendar(string Stamp, WorkingDayCalendar Calendar, DateTimeOffset CheckedAt);
