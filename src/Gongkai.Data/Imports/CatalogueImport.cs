using System.Diagnostics;
using Gongkai.Data.Catalogue;
using Gongkai.Domain;
using Gongkai.Domain.Agencies;
using Gongkai.Domain.Catalogue;
using Gongkai.Domain.Imports;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Data.Imports;

/// <summary>
/// Writes a checked catalogue sheet (<see cref="CatalogueSheetReader"/>) into the catalogue as published entries with
/// their original 发布日期, 成文日期 and 文号 (<see cref="CatalogueEntry.RecordImportedPublication"/>: the confidentiality
/// review of such documents was done on paper before Gongkai), through the bulk path (<see cref="CatalogueBulkInsert"/>)
/// so they are in the full-text index — searchable — at once. All or nothing; a row whose 索引号 the agency already
/// has is left out and listed (re-importing changes nothing); an 索引号 another agency holds is refused. The body is
/// the 正文 as plain text; a row with only a link gets the line “原文链接：…” as its body (docs/imports.md).
/// Attachments are read through <c>attachmentSource</c> (relative paths; null when the file is missing) and
/// checked as uploads are (<see cref="CatalogueAttachmentFile.Upload"/>).
/// </summary>
public sealed class CatalogueImport(GongkaiDbContext db)
{
    private const int LookupChunk = 500;

    /// <summary>Imports <paramref name="check"/> for <paramref name="agency"/>.</summary>
    public async Task<ImportResult> ImportAsync(
        Agency agency, ImportCheck<CatalogueRow> check, bool dryRun, Func<string, byte[]?>? attachmentSource = null,
        IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(agency);
        ArgumentNullException.ThrowIfNull(check);
        var stopwatch = Stopwatch.StartNew();
        var owners = new Dictionary<string, Guid>(StringComparer.Ordinal);
        foreach (var chunk in check.Rows.Select(r => r.IndexNumber).Chunk(LookupChunk))
        {
            foreach (var e in await db.CatalogueEntries.AsNoTracking().Where(e => chunk.Contains(e.IndexNumber)).Select(e => new { e.IndexNumber, e.AgencyId }).ToListAsync(cancellationToken))
            {
                owners[e.IndexNumber] = e.AgencyId;
            }
        }

        var before = check.Rows.Count;
        check.SkipExisting(
            row => owners.TryGetValue(row.IndexNumber, out var owner) && owner == agency.Id,
            row => ImportProblem.Skip(row.Sheet, row.Row, null, row.IndexNumber, "该索引号的条目已经在目录中，未重复导入。"));
        var alreadyThere = before - check.Rows.Count;
        var problems = check.Problems.ToList();
        foreach (var row in check.Rows.Where(r => owners.ContainsKey(r.IndexNumber)))
        {
            problems.Add(ImportProblem.Refuse(row.Sheet, row.Row, null, row.IndexNumber, "该索引号已被其他机关的目录条目使用。"));
        }

        var entries = new List<CatalogueEntry>(check.Rows.Count);
        var files = new List<CatalogueAttachmentFile>();
        if (!problems.Any(p => p.Kind == ImportProblemKind.Refused))
        {
            foreach (var row in check.Rows)
            {
                try
                {
                    var id = Guid.NewGuid();
                    var attachments = new List<CatalogueAttachmentFile>();
                    foreach (var path in row.Attachments)
                    {
                        var content = attachmentSource?.Invoke(path)
                            ?? throw new RuleViolationException(attachmentSource is null ? $"附件“{path}”：网页上传不能带附件文件，请用命令行 gongkai import catalogue 导入。" : $"附件文件“{path}”不存在。");
                        attachments.Add(CatalogueAttachmentFile.Upload(Guid.NewGuid(), id, path, content));
                    }

                    var text = row.Body is null ? $"原文链接：{row.Link}" : row.Link is null ? row.Body : $"{row.Body}\n\n原文链接：{row.Link}";
                    var entry = CatalogueEntry.Draft(id, agency.Id, row.IndexNumber, row.Title, CatalogueBody.FromPlainText(text), row.Category,
                        row.WrittenOn, row.DocumentNumber, Validity.NotApplicable, attachments.Select(a => a.Metadata));
                    entry.RecordImportedPublication(row.PublishedOn);
                    entries.Add(entry);
                    files.AddRange(attachments);
                }
                catch (RuleViolationException e)
                {
                    problems.Add(ImportProblem.Refuse(row.Sheet, row.Row, null, row.IndexNumber, e.Message));
                }
            }
        }

        if (problems.Any(p => p.Kind == ImportProblemKind.Refused))
        {
            return new ImportResult(ImportStatus.Refused, check.FileName, 0, alreadyThere, problems, stopwatch.Elapsed);
        }

        if (dryRun)
        {
            return new ImportResult(ImportStatus.DryRun, check.FileName, entries.Count, alreadyThere, problems, stopwatch.Elapsed);
        }

        stopwatch.Restart();
        var written = await CatalogueBulkInsert.InsertAsync(db, entries, entries.Count, progress, cancellationToken);
        if (files.Count > 0)
        {
            db.Set<CatalogueAttachmentFile>().AddRange(files);
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }

        return new ImportResult(ImportStatus.Imported, check.FileName, written, alreadyThere, problems, stopwatch.Elapsed);
    }
}
