using Microsoft.EntityFrameworkCore;

namespace Gongkai.Data.Reminders;

/// <summary>
/// Who got the daily digest on which day. A node claims an officer's mail of the day with <c>INSERT … ON CONFLICT DO
/// NOTHING</c> (SQLite and PostgreSQL alike) before sending it: the primary key (day, account) lets one claim win, so
/// the mail goes out once per day even when two nodes run the digest — at once, or one after the other. A mail the
/// server refused is given back (<see cref="ReleaseAsync"/>) so a later run may send it.
/// </summary>
public sealed class DigestDeliveryLog(GongkaiDbContext db, TimeProvider time)
{
    /// <summary>The table of the deliveries.</summary>
    public const string Table = "DigestDeliveries";

    /// <summary>How long deliveries are kept (<see cref="PruneAsync"/>).</summary>
    public const int KeptDays = 90;

    /// <summary>Claims <paramref name="account"/>'s digest of <paramref name="day"/> for <paramref name="node"/>; false when already claimed.</summary>
    public async Task<bool> TryClaimAsync(DateOnly day, Guid account, string node, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var written = await db.Database.ExecuteSqlAsync(
            $"""
             INSERT INTO "DigestDeliveries" ("Day", "AccountId", "Node", "ClaimedAtUtc") VALUES ({day}, {account}, {node}, {now})
             ON CONFLICT ("Day", "AccountId") DO NOTHING
             """,
            cancellationToken);
        return written == 1;
    }

    /// <summary>Gives a claim back (the mail was not sent).</summary>
    public async Task ReleaseAsync(DateOnly day, Guid account, string node, CancellationToken cancellationToken = default) =>
        await db.Database.ExecuteSqlAsync(
            $"""DELETE FROM "DigestDeliveries" WHERE "Day" = {day} AND "AccountId" = {account} AND "Node" = {node}""",
            cancellationToken);

    /// <summary>Deletes deliveries older than <see cref="KeptDays"/> before <paramref name="today"/>.</summary>
    public async Task<int> PruneAsync(DateOnly today, CancellationToken cancellationToken = default)
    {
        var before = today.AddDays(-KeptDays);
        return await db.Database.ExecuteSqlAsync($"""DELETE FROM "DigestDeliveries" WHERE "Day" < {before}""", cancellationToken);
    }
}
