using Gongkai.Data;
using Gongkai.Data.AnnualReports;
using Gongkai.Domain.AnnualReports;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Bench.Reports;

/// <summary>
/// What <c>gongkai report</c> does for a root agency: <see cref="AnnualReportSource.GenerateAsync"/> — the subtree,
/// the request tallies, appeals, register and statistics, the cells, the consistency rules and the drafted text.
/// </summary>
internal static class ReportComputation
{
    /// <summary>Computes the report and returns how many requests it counted (新收 + 上年结转).</summary>
    public static async Task<long> ComputeAsync(GongkaiDbContext db, Guid root, ReportingYear year)
    {
        var agency = await db.Agencies.AsNoTracking().SingleAsync(a => a.Id == root);
        var document = await new AnnualReportSource(db).GenerateAsync(agency, year, ReportFormat.Format2021);
        if (document.Findings.Any(f => f.Severity == FindingSeverity.Error))
        {
            throw new InvalidOperationException(string.Join("; ", document.Findings));
        }

        decimal Intake(IReadOnlyList<string> row) => document.Data.ValueAt(Table3Labels.At(row, Table3Labels.TotalColumn)) ?? 0;
        return (long)(Intake(Table3Labels.NewRequestsRow) + Intake(Table3Labels.CarriedOverRow));
    }
}
