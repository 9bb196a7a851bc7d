using System.Diagnostics;
using Gongkai.Data.Calendar;
using Gongkai.Domain;
using Gongkai.Domain.Agencies;
using Gongkai.Domain.AnnualReports;
using Gongkai.Domain.Calendar;
using Gongkai.Domain.Imports;
using Gongkai.Domain.Requests;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Data.Imports;

/// <summary>
/// Writes a checked request ledger (<see cref="RequestLedgerReader"/>) into the database as real
/// <see cref="DisclosureRequest"/>s, each rebuilt with its events by <see cref="DisclosureRequest.ImportFromLedger"/>
/// and marked with its provenance. All or nothing: with any refusal — from the reader, or a domain rule a row breaks
/// when it is rebuilt — nothing is written. Re-importing changes nothing: a row is left out (and listed) when the
/// agency already holds a request from the same file and row, or one with the same receipt day, applicant and
/// content (registered in Gongkai or imported from another copy of the ledger).
/// </summary>
public sealed class RequestLedgerImport(GongkaiDbContext db, TimeProvider time)
{
    /// <summary>Imports <paramref name="check"/> for <paramref name="agency"/>, or only reports what would happen when <paramref name="dryRun"/>.</summary>
    public async Task<ImportResult> ImportAsync(Agency agency, ImportCheck<LedgerRow> check, string actor, bool dryRun, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(agency);
        ArgumentNullException.ThrowIfNull(check);
        var stopwatch = Stopwatch.StartNew();
        var existing = await db.DisclosureRequests.AsNoTracking()
            .Where(r => r.AgencyId == agency.Id)
            .ToListAsync(cancellationToken);
        var rowKeys = existing.Where(e => e.ImportFileSha256 != null).Select(e => (e.ImportFileSha256!, e.ImportSheet!, e.ImportRow!.Value)).ToHashSet();
        var naturalKeys = existing
            .Select(e => LedgerRow.NaturalKeyOf(RequestInYear.ReceivedOn(e), e.Applicant.Name, e.Description))
            .ToHashSet(StringComparer.Ordinal);
        var before = check.Rows.Count;
        check.SkipExisting(
            row => rowKeys.Contains((check.Sha256, row.Sheet, row.Row)) || naturalKeys.Contains(row.NaturalKey),
            row => ImportProblem.Skip(row.Sheet, row.Row, null, row.ApplicantName,
                rowKeys.Contains((check.Sha256, row.Sheet, row.Row)) ? "这一行已经导入过，未重复导入。" : "系统中已有同一申请（收到日期、申请人、申请内容相同），未重复导入。"));
        var alreadyThere = before - check.Rows.Count;
        if (!check.IsAccepted)
        {
            return new ImportResult(ImportStatus.Refused, check.FileName, 0, alreadyThere, check.Problems, stopwatch.Elapsed);
        }

        var clock = new StatutoryClock(await new CalendarStore(db, time).LoadAsync(cancellationToken));
        var by = new RecordedBy(actor, time.GetUtcNow().UtcDateTime);
        var requests = new List<DisclosureRequest>();
        var problems = check.Problems.ToList();
        foreach (var row in check.Rows)
        {
            try
            {
                var id = Guid.NewGuid();
                var applicant = Applicant.FromLedger(row.ApplicantKind, row.ApplicantName, row.Phone, row.Email, row.Address);
                var grounds = string.Join("；", new[] { row.OutcomeText, row.Note }.Where(t => !string.IsNullOrWhiteSpace(t)));
                requests.Add(DisclosureRequest.ImportFromLedger(
                    id, agency.Id, TrackingNumber(check.Sha256, row), row.Channel, applicant, row.Description, row.ReceivedOn,
                    row.Extended, row.ExtensionWorkingDays, row.RepliedOn, row.Outcome, grounds.Length == 0 ? null : grounds,
                    new LedgerProvenance(check.FileName, check.Sha256, row.Sheet, row.Row), clock, by));
            }
            catch (RuleViolationException e)
            {
                problems.Add(ImportProblem.Refuse(row.Sheet, row.Row, null, row.ApplicantName, e.Message));
            }

            progress?.Report(requests.Count);
        }

        if (problems.Any(p => p.Kind == ImportProblemKind.Refused))
        {
            return new ImportResult(ImportStatus.Refused, check.FileName, 0, alreadyThere, problems, stopwatch.Elapsed);
        }

        if (dryRun)
        {
            return new ImportResult(ImportStatus.DryRun, check.FileName, requests.Count, alreadyThere, problems, stopwatch.Elapsed);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.DisclosureRequests.AddRange(requests);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return new ImportResult(ImportStatus.Imported, check.FileName, requests.Count, alreadyThere, problems, stopwatch.Elapsed);
    }

    /// <summary>
    /// The tracking number of an imported row: TZ (台账), the receipt day, 8 hex digits of the file's SHA-256, the row —
    /// e.g. TZ20250305-3fa1c2d9-12: unique, stable for the same file and row, and at most 40 characters.
    /// </summary>
    public static string TrackingNumber(string fileSha256, LedgerRow row)
    {
        ArgumentNullException.ThrowIfNull(fileSha256);
        ArgumentNullException.ThrowIfNull(row);
        var sheet = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(fileSha256 + "|" + row.Sheet)))[..8];
        return $"TZ{row.ReceivedOn:yyyyMMdd}-{sheet}-{row.Row}";
    }
}
