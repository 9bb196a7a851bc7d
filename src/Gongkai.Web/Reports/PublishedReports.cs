using Gongkai.Data;
using Gongkai.Domain.AnnualReports.Publishing;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Reports;

/// <summary>
/// The published annual reports (政府信息公开工作年度报告, 条例 第四十九条、第五十条) the portal shows: the latest version of
/// every agency's report of every year, frozen as published, with the change notes of corrections (更正).
/// </summary>
public sealed class PublishedReports(GongkaiDbContext db)
{
    /// <summary>The latest version of every published report, newest year first.</summary>
    public async Task<IReadOnlyList<PublishedReportEntry>> ListAsync(string? agencyCode = null, int? year = null, CancellationToken cancellationToken = default)
    {
        var agencies = await db.Agencies.AsNoTracking().ToDictionaryAsync(a => a.Id, cancellationToken);
        var query = db.AnnualReportVersions.AsNoTracking();
        if (year is { } y)
        {
            query = query.Where(v => v.Year == y);
        }

        if (!string.IsNullOrWhiteSpace(agencyCode) && agencies.Values.FirstOrDefault(a => a.Code == agencyCode) is { } agency)
        {
            query = query.Where(v => v.AgencyId == agency.Id);
        }

        var versions = await query.ToListAsync(cancellationToken);
        return versions
            .GroupBy(v => (v.AgencyId, v.Year))
            .Select(g => g.OrderByDescending(v => v.VersionNumber).First())
            .Where(v => agencies.ContainsKey(v.AgencyId))
            .Select(v => new PublishedReportEntry(agencies[v.AgencyId].Code, agencies[v.AgencyId].Name, v.Year, v))
            .OrderByDescending(e => e.Year)
            .ThenBy(e => e.AgencyName, StringComparer.Ordinal)
            .ToArray();
    }

    /// <summary>Every version of one agency's report of one year (oldest first), or empty when none is published.</summary>
    public async Task<IReadOnlyList<AnnualReportVersion>> VersionsAsync(string agencyCode, int year, CancellationToken cancellationToken = default)
    {
        var agency = await db.Agencies.AsNoTracking().FirstOrDefaultAsync(a => a.Code == agencyCode, cancellationToken);
        if (agency is null)
        {
            return [];
        }

        return await db.AnnualReportVersions.AsNoTracking()
            .Where(v => v.AgencyId == agency.Id && v.Year == year)
            .OrderBy(v => v.VersionNumber)
            .ToListAsync(cancellationToken);
    }
}

/// <summary>One published report in the list.</summary>
/// <param name="AgencyCode">The agency's code (used in the address).</param>
/// <param name="AgencyName">The agency's name.</param>
/// <param name="Year">The report year.</param>
/// <param name="Latest">The latest version.</param>
public sealed record PublishedReportEntry(string AgencyCode, string AgencyName, int Year, AnnualReportVersion Latest);
