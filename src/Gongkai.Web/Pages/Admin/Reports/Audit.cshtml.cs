using Gongkai.Documents;
using Gongkai.Documents.Batch;
using Gongkai.Domain.Audit;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages.Admin.Reports;

/// <summary>
/// 报告审查: upload annual report files (txt, html/shtml, docx, pdf) — this agency's or anybody's — one, several, or a
/// ZIP of them, and see what the report auditor finds (the same consistency rules as the draft's check); one report
/// may be checked against the previous year's. Several reports give a supervisor's summary (one row per report,
/// worst first, each linking to its detail). Each audit runs on an audit thread with a bounded stack after the
/// bounded pre-scans (<see cref="AuditThreads"/>, docs/decisions/0006-audit-isolation.md), so no file can take the
/// host down; a file that cannot be read is a row that says why.
/// </summary>
[RequestSizeLimit(MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxRequestBytes)]
public sealed class AuditModel(ReportFileAuditor auditor, AuditThreads threads) : PageModel
{
    /// <summary>The largest upload: 128 MB in all (files or a ZIP) and the form around them.</summary>
    public const long MaxRequestBytes = (128L * 1024 * 1024) + (1024 * 1024);

    /// <summary>The file types accepted.</summary>
    public static IReadOnlyList<string> Extensions { get; } = [.. ReportUploadBundle.ReportExtensions, ".zip"];

    /// <summary>The reports to audit: one or more files, or ZIPs of them.</summary>
    [BindProperty]
    public List<IFormFile> Report { get; set; } = [];

    /// <summary>The previous year's report (optional, with one report only): adds the cross-year rules.</summary>
    [BindProperty]
    public IFormFile? Previous { get; set; }

    /// <summary>Every report audited, in the order uploaded.</summary>
    public IReadOnlyList<AuditedFile> Results { get; private set; } = [];

    /// <summary>The summary rows, worst first (shown when several reports were audited).</summary>
    public IReadOnlyList<AuditSummaryRow> Summary { get; private set; } = [];

    /// <summary>ZIP entries left out, each with why.</summary>
    public IReadOnlyList<string> Skipped { get; private set; } = [];

    /// <summary>The auditor's result for a single report; null otherwise.</summary>
    public AuditReport? Result => Results.Count == 1 ? Results[0].Report : null;

    /// <summary>The name of the single uploaded file.</summary>
    public string? FileName => Results.Count == 1 ? Path.GetFileName(Results[0].Name) : null;

    /// <summary>The anchor of a report's detail on this page.</summary>
    public static string Anchor(AuditSummaryRow row) => $"#report-{row.Index}";

    /// <summary>Shows the form.</summary>
    public void OnGet()
    {
    }

    /// <summary>Audits the upload.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var files = new List<(string Name, byte[] Content)>();
        var skipped = new List<string>();
        var uploads = Report.Where(f => f is not null).ToList();
        if (uploads.Count == 0)
        {
            ModelState.AddModelError(string.Empty, "请选择要审查的年度报告文件。");
        }

        foreach (var upload in uploads)
        {
            var content = await ReadAsync(upload, "年度报告", cancellationToken);
            if (content is null)
            {
                continue;
            }

            var name = Path.GetFileName(upload.FileName);
            if (ReportUploadBundle.IsZip(name))
            {
                var bundle = ReportUploadBundle.Unpack(content, name);
                if (bundle.Refusal is not null)
                {
                    ModelState.AddModelError(string.Empty, bundle.Refusal);
                }

                files.AddRange(bundle.Files);
                skipped.AddRange(bundle.Skipped);
            }
            else
            {
                files.Add((name, content));
            }
        }

        if (files.Count > ReportUploadBundle.MaxFiles)
        {
            ModelState.AddModelError(string.Empty, $"一次最多审查 {ReportUploadBundle.MaxFiles} 份报告，本次有 {files.Count} 份。");
        }

        var previous = Previous is null ? null : await ReadAsync(Previous, "上一年度报告", cancellationToken);
        if (Previous is not null && files.Count > 1)
        {
            ModelState.AddModelError(string.Empty, "上一年度报告只能与一份年度报告一起审查。");
        }

        Skipped = skipped;
        if (!ModelState.IsValid || files.Count == 0)
        {
            return Page();
        }

        if (previous is not null)
        {
            var (name, content) = files[0];
            var previousName = Path.GetFileName(Previous!.FileName);
            var one = await threads.RunAsync(() => auditor.AuditFile(content, name, previous, previousName), cancellationToken);
            Results = [one];
        }
        else
        {
            Results = await new ReportBatchAuditor(auditor, threads).AuditContentsAsync(files, null, cancellationToken);
        }

        Summary = AuditSummaryRow.WorstFirst(Results);
        return Page();
    }

    private async Task<byte[]?> ReadAsync(IFormFile file, string what, CancellationToken cancellationToken)
    {
        var name = Path.GetFileName(file.FileName);
        if (file.Length == 0)
        {
            ModelState.AddModelError(string.Empty, $"{what}“{name}”是空文件。");
            return null;
        }

        if (!Extensions.Contains(Path.GetExtension(name).ToLowerInvariant()))
        {
            ModelState.AddModelError(string.Empty, $"{what}“{name}”的类型不支持：请上传 txt、html、shtml、docx、pdf 文件或其 zip 压缩包。");
            return null;
        }

        var cap = ReportUploadBundle.IsZip(name) ? MaxRequestBytes : ReportFileAuditor.DefaultMaxFileBytes;
        if (file.Length > cap)
        {
            ModelState.AddModelError(string.Empty, $"{what}“{name}”超过 {cap / 1024 / 1024} MB，不能审查。");
            return null;
        }

        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, cancellationToken);
        return buffer.ToArray();
    }
}
