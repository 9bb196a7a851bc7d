using System.Diagnostics;
using Gongkai.Domain;
using Gongkai.Domain.Agencies;
using Gongkai.Domain.AnnualReports;
using Gongkai.Domain.AnnualReports.Publishing;
using Gongkai.Domain.Audit;
using Gongkai.Domain.Audit.Rules;
using Gongkai.Domain.Imports;
using Gongkai.Domain.Requests;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Data.Imports;

/// <summary>
/// Stores an agency's annual reports published before Gongkai, as the report auditor read them back
/// (<see cref="AuditReport"/>: year, format and every table cell with the line it was read from), as that agency's
/// published reports of those years — read-only and marked as imported (<see cref="AnnualReportDraft.ImportPublished"/>).
/// The portal lists them beside the reports Gongkai publishes, and the next year's report takes its cross-year rules
/// and, when the records have none, its opening carry-over from them (<see cref="OpeningCarryOver"/>).
/// Refused (nothing written): a report whose year or format cannot be read, a year before 2008, a year for which the
/// agency already has a published report (unless it is this same file: then nothing changes), two files of one year.
/// </summary>
public sealed class PublishedReportImport(GongkaiDbContext db, TimeProvider time)
{
    /// <summary>One report file as read.</summary>
    /// <param name="FileName">The file name.</param>
    /// <param name="Sha256">Its SHA-256.</param>
    /// <param name="Audit">What the auditor read.</param>
    /// <param name="Text">The report's text as read.</param>
    public sealed record ReadReport(string FileName, string Sha256, AuditReport Audit, string Text);

    /// <summary>Imports <paramref name="reports"/> for <paramref name="agency"/> (all or nothing).</summary>
    public async Task<ImportResult> ImportAsync(Agency agency, IReadOnlyList<ReadReport> reports, string actor, bool dryRun, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(agency);
        ArgumentNullException.ThrowIfNull(reports);
        var stopwatch = Stopwatch.StartNew();
        var problems = new List<ImportProblem>();
        var existing = await db.AnnualReportVersions.AsNoTracking().Where(v => v.AgencyId == agency.Id).ToListAsync(cancellationToken);
        var toAdd = new List<ReadReport>();
        var already = 0;
        foreach (var report in reports)
        {
            void Refuse(string reason) => problems.Add(new ImportProblem(ImportProblemKind.Refused, report.FileName, 0, string.Empty, string.Empty, string.Empty, reason));
            var unreadable = report.Audit.Findings.FirstOrDefault(f => f.RuleId is AuditRuleIds.Unreadable or AuditRuleIds.NotAReport);
            if (report.Audit.Year is not { } year)
            {
                Refuse(unreadable?.Message ?? "无法从报告中读出报告年度。");
                continue;
            }

            if (report.Audit.FormatValue is null)
            {
                Refuse("无法识别报告的格式（2008、2014、2019 或 2021 格式）。");
                continue;
            }

            if (year < ReportFormatExtensions.FirstReportYear)
            {
                Refuse($"{year}年没有政府信息公开工作年度报告。");
                continue;
            }

            var source = SourceOf(report);
            var published = existing.Where(v => v.Year == year).ToList();
            if (published.Any(v => v.ImportedFrom == source))
            {
                already++;
                problems.Add(new ImportProblem(ImportProblemKind.Skipped, report.FileName, 0, string.Empty, string.Empty, string.Empty, $"{year}年度报告已从这份文件导入过，未重复导入。"));
                continue;
            }

            if (published.Count > 0)
            {
                Refuse($"{agency.Name}{year}年度已有已发布的年度报告，不能再导入。");
                continue;
            }

            if (toAdd.Any(r => r.Audit.Year == year))
            {
                Refuse($"同时给出了两份{year}年度报告。");
                continue;
            }

            toAdd.Add(report);
        }

        if (problems.Any(p => p.Kind == ImportProblemKind.Refused))
        {
            return new ImportResult(ImportStatus.Refused, string.Join("、", reports.Select(r => r.FileName)), 0, already, problems, stopwatch.Elapsed);
        }

        if (dryRun)
        {
            return new ImportResult(ImportStatus.DryRun, string.Join("、", reports.Select(r => r.FileName)), toAdd.Count, already, problems, stopwatch.Elapsed);
        }

        var by = new RecordedBy(actor, time.GetUtcNow().UtcDateTime);
        foreach (var report in toAdd)
        {
            var data = new AnnualReportData(report.Audit.FormatValue!.Value, report.Audit.Year!.Value, new ReportingAgency(agency.Code, agency.Name), report.Audit.Cells);
            var (draft, version) = AnnualReportDraft.ImportPublished(Guid.NewGuid(), Guid.NewGuid(), agency.Id, data, report.Audit.Findings, report.Text, SourceOf(report), by);
            db.AnnualReportDrafts.Add(draft);
            db.AnnualReportVersions.Add(version);
        }

        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return new ImportResult(ImportStatus.Imported, string.Join("、", reports.Select(r => r.FileName)), toAdd.Count, already, problems, stopwatch.Elapsed);
    }

    private static string SourceOf(ReadReport report) => $"{report.FileName}（SHA-256 {report.Sha256[..16]}）";
}
