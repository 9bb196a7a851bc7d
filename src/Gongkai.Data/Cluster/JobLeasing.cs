using Microsoft.EntityFrameworkCore;

namespace Gongkai.Data.Cluster;

/// <summary>
/// Takes, renews and gives back <see cref="JobLease"/>s with one conditional upsert (<c>INSERT … ON CONFLICT DO
/// UPDATE … WHERE</c>, the same statement on SQLite and PostgreSQL): the row is written only when it is missing, is
/// already ours, or has expired, and the statement reports whether it wrote. Both engines make that atomic — SQLite
/// by serialising writers, PostgreSQL by locking the conflicting row and re-checking the condition — so of two nodes
/// asking at once exactly one gets the job.
/// </summary>
public sealed class JobLeasing(GongkaiDbContext db, TimeProvider time)
{
    /// <summary>The table of the leases.</summary>
    public const string Table = "JobLeases";

    /// <summary>
    /// Takes (or renews) the lease on <paramref name="job"/> for <paramref name="holder"/> until now +
    /// <paramref name="duration"/>; true when the caller now holds it, false when another holder's lease is still running.
    /// </summary>
    public async Task<bool> TryAcquireAsync(string job, string holder, TimeSpan duration, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(job);
        ArgumentException.ThrowIfNullOrWhiteSpace(holder);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(duration, TimeSpan.Zero);
        var now = time.GetUtcNow().UtcDateTime;
        var until = now + duration;
        var written = await db.Database.ExecuteSqlAsync(
            $"""
             INSERT INTO "JobLeases" ("Name", "Holder", "ExpiresAtUtc") VALUES ({job}, {holder}, {until})
             ON CONFLICT ("Name") DO UPDATE SET "Holder" = excluded."Holder", "ExpiresAtUtc" = excluded."ExpiresAtUtc"
             WHERE "JobLeases"."Holder" = excluded."Holder" OR "JobLeases"."ExpiresAtUtc" <= {now}
             """,
            cancellationToken);
        return written == 1;
    }

    /// <summary>Gives the lease back (it expires now), when <paramref name="holder"/> still holds it.</summary>
    public async Task ReleaseAsync(string job, string holder, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        await db.Database.ExecuteSqlAsync(
            $"""UPDATE "JobLeases" SET "ExpiresAtUtc" = {now} WHERE "Name" = {job} AND "Holder" = {holder}""",
            cancellationToken);
    }

    /// <summary>The current holder of <paramref name="job"/>'s unexpired lease, or null.</summary>
    public async Task<string?> HolderAsync(string job, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var lease = await db.Set<JobLease>().AsNoTracking().FirstOrDefaultAsync(l => l.Name == job, cancellationToken);
        return lease is not null && lease.ExpiresAtUtc > now ? lease.Holder : null;
    }
}
