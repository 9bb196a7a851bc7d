using Gongkai.Data;
using Gongkai.Data.Officers;
using Gongkai.Domain.Agencies;
using Gongkai.Domain.AnnualReports.Publishing;
using Gongkai.Domain.AnnualReports.Statistics;
using Gongkai.Domain.Appeals;
using Gongkai.Domain.Catalogue;
using Gongkai.Domain.Notices;
using Gongkai.Domain.Requests;

namespace Gongkai.Web.Admin;

/// <summary>
/// One scoped query per aggregate for the signed-in officer: every back-office page reads its records from here, so
/// a page cannot forget the agency scope (<see cref="AdminScope"/>): a record outside it is simply not there, and
/// the page answers 404. Queries are tracked (add <c>AsNoTracking()</c> to read only).
/// </summary>
public sealed class ScopedRecords(GongkaiDbContext db, SignedInOfficer officer)
{
    /// <summary>The officer's scope.</summary>
    public Task<AdminScope> ScopeAsync(CancellationToken cancellationToken = default) => officer.ScopeAsync(cancellationToken);

    /// <summary>依申请公开 requests of the scope.</summary>
    public async Task<IQueryable<DisclosureRequest>> RequestsAsync(CancellationToken cancellationToken = default) =>
        (await ScopeAsync(cancellationToken)).Requests(db);

    /// <summary>Catalogue entries (主动公开目录) of the scope.</summary>
    public async Task<IQueryable<CatalogueEntry>> CatalogueEntriesAsync(CancellationToken cancellationToken = default)
    {
        var ids = await IdsAsync(cancellationToken);
        return db.CatalogueEntries.Where(e => ids.Contains(e.AgencyId));
    }

    /// <summary>Reconsiderations (行政复议) of the scope.</summary>
    public async Task<IQueryable<Reconsideration>> ReconsiderationsAsync(CancellationToken cancellationToken = default)
    {
        var ids = await IdsAsync(cancellationToken);
        return db.Reconsiderations.Where(c => ids.Contains(c.AgencyId));
    }

    /// <summary>Lawsuits (行政诉讼) of the scope.</summary>
    public async Task<IQueryable<Litigation>> LitigationsAsync(CancellationToken cancellationToken = default)
    {
        var ids = await IdsAsync(cancellationToken);
        return db.Litigations.Where(c => ids.Contains(c.AgencyId));
    }

    /// <summary>Regulations and normative documents of the scope.</summary>
    public async Task<IQueryable<NormativeDocument>> NormativeDocumentsAsync(CancellationToken cancellationToken = default)
    {
        var ids = await IdsAsync(cancellationToken);
        return db.NormativeDocuments.Where(d => ids.Contains(d.AgencyId));
    }

    /// <summary>Annual report drafts of the scope.</summary>
    public async Task<IQueryable<AnnualReportDraft>> ReportDraftsAsync(CancellationToken cancellationToken = default)
    {
        var ids = await IdsAsync(cancellationToken);
        return db.AnnualReportDrafts.Where(d => ids.Contains(d.AgencyId));
    }

    /// <summary>Annual statistics entered by hand, of the scope.</summary>
    public async Task<IQueryable<AnnualStatistic>> StatisticsAsync(CancellationToken cancellationToken = default)
    {
        var ids = await IdsAsync(cancellationToken);
        return db.AnnualStatistics.Where(s => ids.Contains(s.AgencyId));
    }

    /// <summary>Notices (告知书) issued in the scope.</summary>
    public async Task<IQueryable<IssuedNotice>> NoticesAsync(CancellationToken cancellationToken = default)
    {
        var ids = await IdsAsync(cancellationToken);
        return db.IssuedNotices.Where(n => ids.Contains(n.AgencyId));
    }

    /// <summary>The agencies of the scope.</summary>
    public async Task<IQueryable<Agency>> AgenciesAsync(CancellationToken cancellationToken = default)
    {
        var ids = await IdsAsync(cancellationToken);
        return db.Agencies.Where(a => ids.Contains(a.Id));
    }

    /// <summary>The accounts of the scope: those of its agencies, and for an account of the whole tree also those without agency.</summary>
    public async Task<IQueryable<OfficerAccount>> AccountsAsync(CancellationToken cancellationToken = default)
    {
        var scope = await ScopeAsync(cancellationToken);
        var ids = scope.AgencyIds.ToList();
        var wholeTree = scope.AgencyId is null;
        return db.Set<OfficerAccount>().Where(a => a.AgencyId == null ? wholeTree : ids.Contains(a.AgencyId.Value));
    }

    private async Task<List<Guid>> IdsAsync(CancellationToken cancellationToken) =>
        (await ScopeAsync(cancellationToken)).AgencyIds.ToList();
}
