using System.Diagnostics;
using Gongkai.Data;
using Gongkai.Data.AnnualReports;
using Gongkai.Domain.Agencies;
using Gongkai.Domain.AnnualReports;
using Gongkai.Domain.AnnualReports.Publishing;
using Gongkai.Domain.Requests;
using Gongkai.Web.Reports;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Bench.Reports;

/// <summary>
/// The supervisor's units page (下属单位年度报告, /Admin/Reports/Units): <see cref="ReportWorkflow.UnitsAsync"/> — what
/// its handler runs — for the root of <c>units</c> agencies, against one hand-written SQL statement that reads the same
/// facts (each unit of the subtree with its draft's state and its latest published version for the year).
/// Data: every unit has a draft; two in three have published their report (a real 2021-format report as JSON, imported
/// as version 1, about the size of a computed one), one in three has only started.
/// </summary>
internal static class UnitsBench
{
    public static async Task<(double Baseline, double Page, double PageP95, int Units)> RunAsync(DatabaseSettings settings, int units, int runs)
    {
        var year = new ReportingYear(2025);
        Agency root;
        await using (var db = GongkaiDatabase.Create(settings))
        {
            await GongkaiDatabase.PrepareAsync(db, TimeProvider.System);
            var existing = await db.Agencies.AsNoTracking().ToListAsync();
            if (existing.Count == units && await db.AnnualReportDrafts.AnyAsync())
            {
                root = existing.Single(a => a.ParentId is null);
            }
            else if (existing.Count > 0)
            {
                throw new InvalidOperationException("The units database holds other data: drop it first.");
            }
            else
            {
                var agencies = BenchData.Agencies(units);
                db.Agencies.AddRange(agencies);
                await db.SaveChangesAsync();
                root = agencies[0];
                var document = await new AnnualReportSource(db).GenerateAsync(root, year, ReportFormat.Format2021);
                var text = string.Concat(Enumerable.Repeat("本年度，本机关认真贯彻落实《中华人民共和国政府信息公开条例》，主动公开政府信息，依法办理政府信息公开申请。", 60));
                var by = new RecordedBy("bench", new DateTime(2026, 3, 1, 0, 0, 0, DateTimeKind.Utc));
                var i = 0;
                foreach (var agency in agencies)
                {
                    if (i++ % 3 == 2)
                    {
                        db.AnnualReportDrafts.Add(AnnualReportDraft.Start(Guid.NewGuid(), agency.Id, year.Year, ReportFormat.Format2021, by));
                    }
                    else
                    {
                        var (draft, version) = AnnualReportDraft.ImportPublished(Guid.NewGuid(), Guid.NewGuid(), agency.Id, document.Data, document.Findings, text, "bench", by);
                        db.AnnualReportDrafts.Add(draft);
                        db.AnnualReportVersions.Add(version);
                    }
                }

                await db.SaveChangesAsync();
            }
        }

        var baseline = new List<double>();
        var page = new List<double>();
        int counted = 0, baselineRows = 0;
        for (var run = 0; run < runs + 1; run++)
        {
            await using (var db = GongkaiDatabase.Create(settings))
            {
                var watch = Stopwatch.StartNew();
                baselineRows = await BaselineAsync(db, root.Id, year.Year);
                if (run > 0)
                {
                    baseline.Add(watch.Elapsed.TotalMilliseconds);
                }
            }

            await using (var db = GongkaiDatabase.Create(settings))
            {
                var watch = Stopwatch.StartNew();
                var workflow = new ReportWorkflow(db, new AnnualReportSource(db), TimeProvider.System);
                var standings = await workflow.UnitsAsync(root, year.Year);
                // What the page renders of each unit.
                counted = standings.Count(s => s.StateLabel.Length > 0 && s.DeadlineLabel.Length > 0);
                if (run > 0)
                {
                    page.Add(watch.Elapsed.TotalMilliseconds);
                }
            }
        }

        if (counted != baselineRows)
        {
            throw new InvalidOperationException($"The page listed {counted} units, the baseline {baselineRows}.");
        }

        return (Stats.Median(baseline), Stats.Median(page), Stats.Percentile(page, 0.95), counted);
    }

    /// <summary>One statement: the subtree (recursive), each unit's draft state and error count source, and its latest version.</summary>
    private static async Task<int> BaselineAsync(GongkaiDbContext db, Guid root, int year)
    {
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        var id = db.Database.IsNpgsql() ? $"'{root}'::uuid" : $"'{root.ToString().ToUpperInvariant()}'";
        command.CommandText = $"""
            WITH RECURSIVE sub("Id") AS (SELECT {id} UNION ALL SELECT a."Id" FROM "Agencies" AS a JOIN sub ON a."ParentId" = sub."Id")
            SELECT a."Id", a."Code", a."Name", a."Kind", d."State", v."VersionNumber", v."PublishedByAtUtc"
            FROM sub JOIN "Agencies" AS a ON a."Id" = sub."Id"
            LEFT JOIN "AnnualReportDrafts" AS d ON d."AgencyId" = a."Id" AND d."Year" = {year}
            LEFT JOIN "AnnualReportVersions" AS v ON v."AgencyId" = a."Id" AND v."Year" = {year}
                AND v."VersionNumber" = (SELECT max(w."VersionNumber") FROM "AnnualReportVersions" AS w WHERE w."AgencyId" = a."Id" AND w."Year" = {year})
            """;
        var rows = 0;
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows++;
        }

        return rows;
    }
}

/// <summary>Median and percentiles.</summary>
internal static class Stats
{
    public static double Median(List<double> values) => Percentile(values, 0.5);

    public static double Percentile(List<double> values, double p)
    {
        var sorted = values.Order().ToArray();
        return sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
    }
}
