using Gongkai.Domain.Agencies;
using Gongkai.Domain.Calendar;
using Gongkai.Domain.Catalogue;
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

    /// <summary>政府信息公开目录条目.</summary>
    public DbSet<CatalogueEntry> CatalogueEntries => Set<CatalogueEntry>();

    /// <summary>政府信息公开指南, one per agency.</summary>
    public DbSet<DisclosureGuide> DisclosureGuides => Set<DisclosureGuide>();

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(GongkaiDbContext).Assembly);
}
