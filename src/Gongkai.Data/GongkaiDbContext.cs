using Gongkai.Domain.Agencies;
using Gongkai.Domain.AnnualReports.Publishing;
using Gongkai.Domain.AnnualReports.Statistics;
using Gongkai.Domain.Appeals;
using Gongkai.Domain.Catalogue;
using Gongkai.Domain.Calendar;
using Gongkai.Domain.Notices;
using Gongkai.Domain.Requests;
using Gongkai.Data.AuditTrail;
using Gongkai.Data.Cluster;
using Gongkai.Data.Officers;
using Gongkai.Data.Reminders;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Data;

/// <summary>
/// The one database of Gongkai, on SQLite (embedded default) or PostgreSQL. Entity mappings live one per entity
/// in the feature folders; this class only gathers them. The back-office accounts (ASP.NET Core Identity) live in
/// the same database, so an action and the account that took it commit together. So does what the web nodes share
/// (docs/decisions/0008-cluster-state.md): the Data Protection keys of sign-in cookies and anti-forgery tokens, the
/// leases of the periodic jobs and the digest deliveries.
/// </summary>
public sealed class GongkaiDbContext(DbContextOptions<GongkaiDbContext> options)
    : IdentityDbContext<OfficerAccount, IdentityRole<Guid>, Guid>(options), IDataProtectionKeyContext
{
    /// <summary>The ASP.NET Core Data Protection key ring, shared by every web node (never audited: it is key material).</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>Which node runs which periodic job until when (<see cref="JobLeasing"/>).</summary>
    public DbSet<JobLease> JobLeases => Set<JobLease>();

    /// <summary>The daily digest mails sent, one per officer and day (<see cref="DigestDeliveryLog"/>).</summary>
    public DbSet<DigestDelivery> DigestDeliveries => Set<DigestDelivery>();

    /// <summary>行政机关.</summary>
    public DbSet<Agency> Agencies => Set<Agency>();

    /// <summary>政府信息公开申请.</summary>
    public DbSet<DisclosureRequest> DisclosureRequests => Set<DisclosureRequest>();

    /// <summary>The append-only logs of the requests.</summary>
    public DbSet<RequestEvent> RequestEvents => Set<RequestEvent>();

    /// <summary>行政复议 cases linked to requests.</summary>
    public DbSet<Reconsideration> Reconsiderations => Set<Reconsideration>();

    /// <summary>行政诉讼 cases linked to requests.</summary>
    public DbSet<Litigation> Litigations => Set<Litigation>();

    /// <summary>The register of 规章 and 行政规范性文件 (第二十条第（一）项).</summary>
    public DbSet<NormativeDocument> NormativeDocuments => Set<NormativeDocument>();

    /// <summary>Annual statistics entered by people, with who entered them and from what source.</summary>
    public DbSet<AnnualStatistic> AnnualStatistics => Set<AnnualStatistic>();

    /// <summary>The working drafts of annual reports, one per agency and year.</summary>
    public DbSet<AnnualReportDraft> AnnualReportDrafts => Set<AnnualReportDraft>();

    /// <summary>Published annual reports, frozen; a correction is a new version.</summary>
    public DbSet<AnnualReportVersion> AnnualReportVersions => Set<AnnualReportVersion>();

    /// <summary>Dates of the loaded holiday notices.</summary>
    public DbSet<HolidayArrangement> HolidayArrangements => Set<HolidayArrangement>();

    /// <summary>The loaded holiday notices.</summary>
    public DbSet<HolidayNotice> HolidayNotices => Set<HolidayNotice>();

    /// <summary>政府信息公开目录条目.</summary>
    public DbSet<CatalogueEntry> CatalogueEntries => Set<CatalogueEntry>();

    /// <summary>政府信息公开指南, one per agency.</summary>
    public DbSet<DisclosureGuide> DisclosureGuides => Set<DisclosureGuide>();

    /// <summary>The audit trail: every change by a signed-in user.</summary>
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    /// <summary>The agencies' own notice templates (告知书模板); kinds without one use the built-in wording.</summary>
    public DbSet<NoticeTemplate> NoticeTemplates => Set<NoticeTemplate>();

    /// <summary>Notices (告知书) issued on requests, with their document numbers and files.</summary>
    public DbSet<IssuedNotice> IssuedNotices => Set<IssuedNotice>();

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
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(GongkaiDbContext).Assembly);
    }
}
