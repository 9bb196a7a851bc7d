using Gongkai.Domain.AnnualReports;
using Gongkai.Domain.Requests;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Data.Requests;

/// <summary>
/// Copies of what the annual report needs to know about a request, kept as columns of the request's row so that a
/// report over a million requests is one aggregate query (see docs/annual-report-computation.md). They are derived
/// from the event log — never edited — and rewritten from the aggregate on every save
/// (<see cref="Synchronise"/>): the day it counts as received (<see cref="RequestInYear.ReceivedOn"/>, 条例 第三十一条),
/// the day and outcome it was closed with (第三十六条), and whether its deadline was extended (第三十三条第二款).
/// </summary>
public static class RequestStatisticsColumns
{
    /// <summary>收到申请之日 (第三十一条) as the report counts it.</summary>
    public const string ReceivedOn = "ReceivedOn";

    /// <summary>The legal date of the reply or lapse that closed the request; null while open.</summary>
    public const string ClosedOn = "ClosedOnDay";

    /// <summary>The outcome the request was closed with; null while open.</summary>
    public const string ClosedWith = "ClosedWith";

    /// <summary>Whether an extension (延长答复期限) was approved.</summary>
    public const string Extended = "Extended";

    /// <summary>
    /// Fills the columns of requests saved before they existed (their <see cref="ReceivedOn"/> is still the
    /// migration's default). Safe to run on every start: it finds nothing once done.
    /// </summary>
    public static async Task BackfillAsync(GongkaiDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var stale = await db.DisclosureRequests
            .Where(r => EF.Property<DateOnly>(r, ReceivedOn) == DateOnly.MinValue)
            .ToListAsync(cancellationToken);
        if (stale.Count > 0)
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        db.ChangeTracker.Clear();
    }

    /// <summary>Rewrites the columns of every tracked request from its events.</summary>
    internal static void Synchronise(DbContext db)
    {
        foreach (var entry in db.ChangeTracker.Entries<DisclosureRequest>())
        {
            if (entry.State == EntityState.Deleted)
            {
                continue;
            }

            var request = entry.Entity;
            if (request.Events.Count == 0)
            {
                continue;
            }

            Set(entry, ReceivedOn, RequestInYear.ReceivedOn(request));
            Set(entry, ClosedOn, request.ClosedOn);
            Set(entry, ClosedWith, request.Outcome);
            Set(entry, Extended, request.WasExtended);
        }
    }

    private static void Set<T>(Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry<DisclosureRequest> entry, string column, T value)
    {
        var property = entry.Property(column);
        if (!Equals(property.CurrentValue, value))
        {
            property.CurrentValue = value;
        }
    }
}
