using Gongkai.Documents.Batch;
using Gongkai.Domain.Audit;

namespace Gongkai.Documents;

/// <summary>
/// Audits report files: reads each with <see cref="ReportDocumentReader"/> and hands the text to
/// <see cref="ReportAuditor"/>. One call per report, for the <c>gongkai audit</c> command. Never throws on content:
/// a missing, empty, binary, oversized or corrupt file gives an <see cref="AuditReport"/> whose one finding says so.
/// </summary>
public sealed class ReportFileAuditor(ReportDocumentReaderOptions? options = null)
{
    /// <summary>
    /// The default size cap for audited files: 32 MB. Annual reports are a few hundred KB as text or HTML and a few
    /// MB as PDF or DOCX; anything larger is refused before it is read, which bounds time and memory.
    /// </summary>
    public const long DefaultMaxFileBytes = 32L * 1024 * 1024;

    private readonly ReportDocumentReader _reader = new(options ?? new ReportDocumentReaderOptions { MaxFileBytes = DefaultMaxFileBytes });

    /// <summary>Audits the report at <paramref name="path"/>, with the previous year's report at <paramref name="previousPath"/> when given.</summary>
    public AuditReport Audit(string path, string? previousPath = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var report = _reader.Read(path);
        var previous = string.IsNullOrEmpty(previousPath) ? null : _reader.Read(previousPath);
        return ReportAuditor.Audit(report, previous);
    }

    /// <summary>Audits the report at <paramref name="path"/> and says what reading it came to; never throws on content.</summary>
    public AuditedFile AuditFile(string path, string? previousPath = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var previous = string.IsNullOrEmpty(previousPath) ? null : _reader.Read(previousPath);
        return Guarded(path, () => _reader.Read(path), previous);
    }

    /// <summary>Audits a report held in memory and says what reading it came to; never throws on content.</summary>
    public AuditedFile AuditFile(byte[] content, string fileName, byte[]? previousContent = null, string? previousFileName = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        var previous = previousContent is null ? null : _reader.Read(previousContent, previousFileName ?? "previous");
        return Guarded(fileName, () => _reader.Read(content, fileName), previous);
    }

    private static AuditedFile Guarded(string name, Func<ReportText> read, ReportText? previous = null)
    {
        ReportText text;
        try
        {
            text = read();
            return new AuditedFile(name, text.Status, ReportAuditor.Audit(text, previous));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // a reader or rule that fails on this file must not stop a batch: the file is reported as not read
            text = ReportText.Failed(ReportReadStatus.Unreadable, "读取或审核该文件时出错，未能完成审核。", Path.GetFileName(name), ReportSourceKind.Unknown,
                [$"audit: {e.GetType().Name}: {e.Message}"]);
            return new AuditedFile(name, text.Status, ReportAuditor.Audit(text));
        }
    }

    /// <summary>Audits a report held in memory; <paramref name="fileName"/> names it and hints at its kind.</summary>
    public AuditReport Audit(byte[] content, string fileName, byte[]? previousContent = null, string? previousFileName = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        var report = _reader.Read(content, fileName);
        var previous = previousContent is null ? null : _reader.Read(previousContent, previousFileName ?? "previous");
        return ReportAuditor.Audit(report, previous);
    }
}
