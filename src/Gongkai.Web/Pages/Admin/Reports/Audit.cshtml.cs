using Gongkai.Documents;
using Gongkai.Domain.Audit;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages.Admin.Reports;

/// <summary>
/// 报告审查: upload any annual report file (txt, html/shtml, docx, pdf) — this agency's or anybody's — and see what the
/// report auditor finds (the same consistency rules as the draft's check), optionally against the previous year's
/// report. Files up to <see cref="ReportFileAuditor.DefaultMaxFileBytes"/> each; a bad file is a Chinese message.
/// </summary>
[RequestSizeLimit(MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxRequestBytes)]
public sealed class AuditModel(ReportFileAuditor auditor) : PageModel
{
    /// <summary>Two files at the auditor's cap, and the form around them.</summary>
    public const long MaxRequestBytes = (2 * ReportFileAuditor.DefaultMaxFileBytes) + (1024 * 1024);

    /// <summary>The file types accepted.</summary>
    public static IReadOnlyList<string> Extensions { get; } = [".txt", ".html", ".htm", ".shtml", ".docx", ".pdf"];

    /// <summary>The report to audit.</summary>
    [BindProperty]
    public IFormFile? Report { get; set; }

    /// <summary>The previous year's report (optional): adds the cross-year rules.</summary>
    [BindProperty]
    public IFormFile? Previous { get; set; }

    /// <summary>The auditor's result; null before an upload.</summary>
    public AuditReport? Result { get; private set; }

    /// <summary>The name of the uploaded file.</summary>
    public string? FileName { get; private set; }

    /// <summary>Shows the form.</summary>
    public void OnGet()
    {
    }

    /// <summary>Audits the upload.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var report = await ReadAsync(Report, "年度报告", required: true, cancellationToken);
        var previous = await ReadAsync(Previous, "上一年度报告", required: false, cancellationToken);
        if (!ModelState.IsValid || report is null)
        {
            return Page();
        }

        FileName = Path.GetFileName(Report!.FileName);
        try
        {
            Result = auditor.Audit(report, FileName, previous, Previous is null ? null : Path.GetFileName(Previous.FileName));
        }
        catch (Exception e) when (e is InvalidDataException or IOException or FormatException or InvalidOperationException or ArgumentException)
        {
            ModelState.AddModelError(string.Empty, $"无法读取“{FileName}”：文件已损坏或不是年度报告。");
        }

        return Page();
    }

    private async Task<byte[]?> ReadAsync(IFormFile? file, string what, bool required, CancellationToken cancellationToken)
    {
        if (file is null || file.Length == 0)
        {
            if (required || file is not null)
            {
                ModelState.AddModelError(string.Empty, file is null ? $"请选择要审查的{what}文件。" : $"{what}文件是空的。");
            }

            return null;
        }

        var name = Path.GetFileName(file.FileName);
        if (!Extensions.Contains(Path.GetExtension(name).ToLowerInvariant()))
        {
            ModelState.AddModelError(string.Empty, $"{what}“{name}”的类型不支持：请上传 txt、html、shtml、docx 或 pdf 文件。");
            return null;
        }

        if (file.Length > ReportFileAuditor.DefaultMaxFileBytes)
        {
            ModelState.AddModelError(string.Empty, $"{what}“{name}”超过 {ReportFileAuditor.DefaultMaxFileBytes / 1024 / 1024} MB，不能审查。");
            return null;
        }

        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, cancellationToken);
        return buffer.ToArray();
    }
}
