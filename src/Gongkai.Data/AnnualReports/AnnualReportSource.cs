using Gongkai.Data.Requests;
using Gongkai.Domain;
using Gongkai.Domain.Agencies;
using Gongkai.Domain.AnnualReports;
using Gongkai.Domain.AnnualReports.Generation;
using Gongkai.Domain.AnnualReports.Narrative;
using Gongkai.Domain.AnnualReports.Publishing;
using Gongkai.Domain.Requests;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Data.AnnualReports;

/// <summary>
/// Computes an agency's annual report (条例 第四十九条、第五十条) from the records in the database: the agency and every
/// agency under it (a government's report covers its departments and lower governments, as 西宁市 does for 四区三县;
/// a department has none), for one report year, in the format of that year unless one is given. Requests are counted
/// in the database (<see cref="RequestTallyQuery"/>); appeals, the normative-document register and entered statistics
/// are loaded. The text is drafted from the numbers (<see cref="NarrativeDrafter"/>) with the people's text of the
/// agency's draft, and the previous year's published report, when there is one, feeds the cross-year rules.
/// </summary>
public sealed class AnnualReportSource(GongkaiDbContext db)
{
    /// <summary>The agency whose code or name is <paramref name="codeOrName"/>, or null.</summary>
    public async Task<Agency?> FindAgencyAsync(string codeOrName, CancellationToken cancellationToken = default)
    {
        var key = codeOrName.Trim();
        return await db.Agencies.AsNoTracking().FirstOrDefaultAsync(a => a.Code == key, cancellationToken)
            ?? await db.Agencies.AsNoTracking().FirstOrDefaultAsync(a => a.Name == key, cancellationToken);
    }

    /// <summary>Whether any record of <paramref name="agency"/>'s subtree falls in <paramref name="year"/>.</summary>
    public async Task<bool> HasDataAsync(Agency agency, ReportingYear year, CancellationToken cancellationToken = default) =>
        HasRecords(await LoadAsync(agency, year, cancellationToken), year);

    /// <summary>The report of <paramref name="agency"/> for <paramref name="year"/>, drafted and checked.</summary>
    public async Task<AnnualReportDocument> GenerateAsync(Agency agency, ReportingYear year, ReportFormat? format = null, CancellationToken cancellationToken = default) =>
        await DraftAsync(agency, year, await LoadAsync(agency, year, cancellationToken), format, cancellationToken);

    /// <summary>As <see cref="GenerateAsync"/>, but null when the subtree has no record in the year (the records are read once).</summary>
    public async Task<AnnualReportDocument?> TryGenerateAsync(Agency agency, ReportingYear year, ReportFormat? format = null, CancellationToken cancellationToken = default)
    {
        var records = await LoadAsync(agency, year, cancellationToken);
        return HasRecords(records, year) ? await DraftAsync(agency, year, records, format, cancellationToken) : null;
    }

    /// <summary>
    /// The report of <paramref name="agency"/> rolled up from its units — the agency's own records, and each agency
    /// directly under it with everything below that — so a supervising government sees what each unit contributed
    /// to every cell (条例 第五十条; 西宁市 reports 四区三县 this way). The combined report equals
    /// <see cref="GenerateAsync"/>'s numbers.
    /// </summary>
    public async Task<RolledUpReport> RollUpAsync(Agency agency, ReportingYear year, ReportFormat? format = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(agency);
        ArgumentNullException.ThrowIfNull(year);
        var agencies = await db.Agencies.AsNoTracking().ToListAsync(cancellationToken);
        var tree = new AgencyTree(agencies.Select(a => (a.Id, a.ParentId)));
        var byId = agencies.ToDictionary(a => a.Id);
        var units = new List<RollUpUnit>
        {
            new(new ReportingAgency(agency.Code, agency.Name + "（本级）"), await RecordsAsync([agency.Id], [agency.Id], year, cancellationToken)),
        };
        foreach (var child in tree.ChildrenOf(agency.Id))
        {
            var subtree = tree.Subtree(child);
            units.Add(new RollUpUnit(new ReportingAgency(byId[child].Code, byId[child].Name), await RecordsAsync(subtree, subtree, year, cancellationToken)));
        }

        var previous = await PublishedAsync(agency.Id, year.Year - 1, cancellationToken);
        return ReportRollUp.Generate(new ReportingAgency(agency.Code, agency.Name), year, units, format, previous?.Data(), OpeningOf(previous));
    }

    /// <summary>The latest published version of an agency's report for a year, or null.</summary>
    public Task<AnnualReportVersion?> PublishedAsync(Guid agencyId, int year, CancellationToken cancellationToken = default) =>
        db.AnnualReportVersions.AsNoTracking()
            .Where(v => v.AgencyId == agencyId && v.Year == year)
            .OrderByDescending(v => v.VersionNumber)
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>
    /// The opening carry-over from last year's report when that report was imported (published before Gongkai):
    /// see <see cref="OpeningCarryOver"/>. A report Gongkai published was computed from the records, which then hold
    /// its carried-forward requests themselves.
    /// </summary>
    private static OpeningCarryOver? OpeningOf(AnnualReportVersion? previous) =>
        previous is { IsImported: true } ? new OpeningCarryOver(previous.Data(), "导入：" + previous.ImportedFrom) : null;

    private static bool HasRecords(ReportRecords records, ReportingYear year) =>
        records.RequestTallies!.Count > 0 || records.Reconsiderations.Count > 0 || records.Litigations.Count > 0
        || records.Statistics.Count > 0 || records.NormativeDocuments.Any(d => year.Contains(d.IssuedOn));

    private async Task<ReportRecords> LoadAsync(Agency agency, ReportingYear year, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(agency);
        ArgumentNullException.ThrowIfNull(year);
        var (subtree, wholeTree) = await SubtreeAsync(agency.Id, cancellationToken);
        return await RecordsAsync(subtree, wholeTree ? null : subtree, year, cancellationToken);
    }

    private async Task<AnnualReportDocument> DraftAsync(Agency agency, ReportingYear year, ReportRecords records, ReportFormat? format, CancellationToken cancellationToken)
    {
        var previous = await PublishedAsync(agency.Id, year.Year - 1, cancellationToken);
        var generated = AnnualReportGenerator.Generate(new ReportingAgency(agency.Code, agency.Name), year, records, format, previous?.Data(), OpeningOf(previous));
        var draft = await db.AnnualReportDrafts.AsNoTracking()
            .FirstOrDefaultAsync(d => d.AgencyId == agency.Id && d.Year == year.Year, cancellationToken);
        var edits = draft is null || draft.Format != generated.Data.Format ? null : draft.HumanText;
        return NarrativeDrafter.Draft(generated.Data, edits).ToDocument(generated.Findings);
    }

    private async Task<(IReadOnlyList<Guid> Subtree, bool WholeTree)> SubtreeAsync(Guid root, CancellationToken cancellationToken)
    {
        var links = await db.Agencies.AsNoTracking().Select(a => new { a.Id, a.ParentId }).ToListAsync(cancellationToken);
        var subtree = new AgencyTree(links.Select(l => (l.Id, l.ParentId))).Subtree(root);
        return (subtree, subtree.Count == links.Count);
    }

    private async Task<ReportRecords> RecordsAsync(IReadOnlyList<Guid> subtree, IReadOnlyList<Guid>? requestFilter, ReportingYear year, CancellationToken cancellationToken)
    {
        var first = year.FirstDay;
        var last = year.LastDay;
        var tallies = await new RequestTallyQuery(db).RunAsync(requestFilter, year, cancellationToken);
        var feePaidRequestIds = await db.RequestEvents.AsNoTracking()
            .Where(e => e.Kind == RequestEventKind.FeePaid && e.LegalDate >= first && e.LegalDate <= last)
            .Select(e => e.RequestId)
            .Distinct()
            .ToListAsync(cancellationToken);
        var feePaid = feePaidRequestIds.Count == 0
            ? []
            : await db.DisclosureRequests.AsNoTracking()
                .Where(r => feePaidRequestIds.Contains(r.Id) && subtree.Contains(r.AgencyId))
                .ToListAsync(cancellationToken);
        return new ReportRecords
        {
            RequestTallies = tallies,
            RequestsNeedingCorrection = await new RequestTallyQuery(db).NeedingCorrectionAsync(requestFilter, year, cancellationToken),
            Requests = feePaid,
            Reconsiderations = await db.Reconsiderations.AsNoTracking()
                .Where(c => subtree.Contains(c.AgencyId) && c.FiledOn <= last && (c.DecidedOn == null || c.DecidedOn >= first))
                .ToListAsync(cancellationToken),
            Litigations = await db.Litigations.AsNoTracking()
                .Where(c => subtree.Contains(c.AgencyId) && c.FiledOn <= last && (c.DecidedOn == null || c.DecidedOn >= first))
                .ToListAsync(cancellationToken),
            NormativeDocuments = await db.NormativeDocuments.AsNoTracking()
                .Where(d => subtree.Contains(d.AgencyId) && d.IssuedOn <= last)
                .ToListAsync(cancellationToken),
            Statistics = await db.AnnualStatistics.AsNoTracking()
                .Where(s => subtree.Contains(s.AgencyId) && s.Year == year.Year)
                .ToListAsync(cancellationToken),
        };
    }
}
