using Gongkai.Domain.Agencies;
using Gongkai.Domain.AnnualReports.Publishing;
using Gongkai.Domain.Calendar;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Data.AnnualReports;

/// <summary>
/// Where every unit under a supervising agency stands with its annual report for a year (条例 第四十九条: departments
/// by 31 January, governments by 31 March): its deadline, its status today, and its latest published version.
/// </summary>
public sealed class AnnualReportDeadlines(GongkaiDbContext db, TimeProvider time)
{
    /// <summary>The status of <paramref name="root"/> and every agency under it, root first.</summary>
    public async Task<IReadOnlyList<UnitReportStatus>> ForSubtreeAsync(Agency root, int year, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(root);
        var agencies = await db.Agencies.AsNoTracking().ToListAsync(cancellationToken);
        var subtree = new AgencyTree(agencies.Select(a => (a.Id, a.ParentId))).Subtree(root.Id);
        var versions = await db.AnnualReportVersions.AsNoTracking()
            .Where(v => v.Year == year && subtree.Contains(v.AgencyId))
            .ToListAsync(cancellationToken);
        var today = ChinaClock.Today(time);
        var byId = agencies.ToDictionary(a => a.Id);
        var byAgency = versions.ToLookup(v => v.AgencyId);
        return subtree.Select(id =>
        {
            var agency = byId[id];
            var own = byAgency[id].OrderBy(v => v.VersionNumber).ToList();
            var deadline = AnnualReportDeadline.For(agency.Kind, year);
            return new UnitReportStatus(agency, deadline, deadline.StatusOn(today, own), own.LastOrDefault());
        }).ToArray();
    }
}

/// <summary>One unit's annual report status.</summary>
/// <param name="Agency">The unit.</param>
/// <param name="Deadline">Its deadline and the rule behind it.</param>
/// <param name="Status">Where it stands today.</param>
/// <param name="Latest">Its latest published version, or null.</param>
public sealed record UnitReportStatus(Agency Agency, AnnualReportDeadline Deadline, AnnualReportDeadlineStatus Status, AnnualReportVersion? Latest);
