using Gongkai.Data;
using Gongkai.Data.AnnualReports;
using Gongkai.Domain.Agencies;
using Gongkai.Domain.AnnualReports;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Bench.Reports;

/// <summary>What the report command does for a root agency: the subtree, the tallies, the cells, the rules.</summary>
internal static class ReportComputation
{
    /// <summary>Computes the report and returns how many requests it counted.</summary>
    public static async Task<long> ComputeAsync(GongkaiDbContext db, Guid root, ReportingYear year)
    {
        var links = await db.Agencies.AsNoTracking().Select(a => new { a.Id, a.ParentId }).ToListAsync();
        var subtree = new AgencyTree(links.Select(l => (l.Id, l.ParentId))).Subtree(root);
        var tallies = await new RequestTallyQuery(db).RunAsync(subtree.Count == links.Count ? null : subtree, year);
        var cells = RequestStatisticsCalculator.Cells(ReportFormat.Format2021, tallies);
        var report = new AnnualReportData(ReportFormat.Format2021, year.Year, new ReportingAgency("ROOT", "某省人民政府"), cells);
        var findings = ConsistencyRuleSet.For(ReportFormat.Format2021).Check(report);
        if (findings.Any(f => f.Severity == FindingSeverity.Error))
        {
            throw new InvalidOperationException(string.Join("; ", findings));
        }

        return tallies.Sum(t => (long)t.Count);
    }
}
