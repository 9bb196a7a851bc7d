using Gongkai.Domain.Agencies;
using Gongkai.Domain.Calendar;
using Gongkai.Domain.Requests;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Data;

/// <summary>
/// The one database of Gongkai, on SQLite (embedded default) or PostgreSQL. Entity mappings live one per entity
/// in the feature folders; this class only gathers them.
/// </summary>
public sealed class GongkaiDbContext(DbContextOptions<GongkaiDbContext> options) : DbContext(options)
{
    /// <summary>行政机关.</summary>
    public DbSet<Agency> Agencies => Set<Agency>();

    /// <summary>政府信息公开申请.</summary>
    public DbSet<DisclosureRequest> DisclosureRequests => Set<DisclosureRequest>();

    /// <summary>The append-only logs of the requests.</summary>
    public DbSet<RequestEvent> RequestEvents => Set<RequestEvent>();

    /// <summary>Dates of the loaded holiday notices.</summary>
    public DbSet<HolidayArrangement> HolidayArrangements => Set<HolidayArrangement>();

    /// <summary>The loaded holiday notices.</summary>
    public DbSet<HolidayNotice> HolidayNotices => Set<HolidayNotice>();

    /// <inheritdoc />
    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        Requests.RequestStatisticsColumns.Synchronise(this);
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    /// <inheritdoc />
    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        Requests.RequestStatisticsColumns.Synchronise(this);
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(GongkaiDbContext).Assembly);
}
