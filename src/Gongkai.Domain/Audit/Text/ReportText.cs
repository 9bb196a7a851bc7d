namespace Gongkai.Domain.Audit;

/// <summary>
/// A published annual report (政府信息公开工作年度报告) read into line-addressed text: what the auditor's
/// extractor and rules consume. Lines keep the printed text for evidence and a normalised text for matching;
/// real tables (HTML/DOCX) are also kept as grids. A table flattened into plain text (one value per line, as in
/// text saved from a web page) simply stays as lines.
/// A file that could not be read is still a <see cref="ReportText"/>: <see cref="Status"/> and
/// <see cref="Message"/> say why, and <see cref="Lines"/> is empty.
/// </summary>
public sealed class ReportText
{
    private string? _normalizedText;

    internal ReportText(
        string sourceName,
        ReportSourceKind sourceKind,
        ReportReadStatus status,
        string message,
        ChineseScript script,
        IReadOnlyList<ReportLine> lines,
        IReadOnlyList<DocumentTable> tables,
        string? title,
        string? encodingName,
        IReadOnlyList<string> diagnostics)
    {
        SourceName = sourceName;
        SourceKind = sourceKind;
        Status = status;
        Message = message;
        Script = script;
        Lines = lines;
        Tables = tables;
        Title = title;
        EncodingName = encodingName;
        Diagnostics = diagnostics;
    }

    /// <summary>File name (or other label) of the source.</summary>
    public string SourceName { get; }

    /// <summary>The kind of file that was read.</summary>
    public ReportSourceKind SourceKind { get; }

    /// <summary>What came of reading.</summary>
    public ReportReadStatus Status { get; }

    /// <summary>For the user, in Chinese: why the file could not be read or is not a report; empty when read.</summary>
    public string Message { get; }

    /// <summary>Simplified or traditional script (the normalised text is always simplified).</summary>
    public ChineseScript Script { get; }

    /// <summary>The lines in document order; table rows included (see <see cref="ReportLine.TableIndex"/>).</summary>
    public IReadOnlyList<ReportLine> Lines { get; }

    /// <summary>The real tables, in document order.</summary>
    public IReadOnlyList<DocumentTable> Tables { get; }

    /// <summary>A title held outside the body (HTML &lt;title&gt;, DOCX document title), if any.</summary>
    public string? Title { get; }

    /// <summary>The character encoding the bytes were decoded with ("utf-8", "gb18030"), if decoded.</summary>
    public string? EncodingName { get; }

    /// <summary>Notes for logs, in English (encoding choice, dropped page furniture, tools used).</summary>
    public IReadOnlyList<string> Diagnostics { get; }

    /// <summary>Pages of a paged source (PDF) without a text layer — scans — 1-based; empty when every page has text.</summary>
    public IReadOnlyList<int> PagesWithoutText { get; internal init; } = [];

    /// <summary>Of <see cref="PagesWithoutText"/>, the pages read by OCR (their lines and cells carry the OCR confidence).</summary>
    public IReadOnlyList<int> OcrPages { get; internal init; } = [];

    /// <summary>True when there is text to audit (<see cref="ReportReadStatus.Read"/> or <see cref="ReportReadStatus.NotAReport"/>).</summary>
    public bool HasText => Status is ReportReadStatus.Read or ReportReadStatus.NotAReport;

    /// <summary>All normalised lines joined by '\n' (computed once).</summary>
    public string NormalizedText => _normalizedText ??= string.Join('\n', Lines.Select(l => l.Normalized));

    /// <summary>The line with 1-based <paramref name="number"/>.</summary>
    public ReportLine Line(int number) => Lines[number - 1];

    /// <summary>
    /// Reads text that is already decoded (a .txt file, pdftotext output): one line per source line, split at
    /// CR LF, LF or CR.
    /// </summary>
    public static ReportText FromPlainText(string text, string sourceName = "", ReportSourceKind kind = ReportSourceKind.PlainText)
    {
        var builder = new ReportTextBuilder(sourceName, kind);
        builder.AddSourceText(text ?? string.Empty);
        return builder.Build();
    }

    /// <summary>A text for a file that could not be read; <paramref name="message"/> is shown to the user (Chinese).</summary>
    public static ReportText Failed(
        ReportReadStatus status,
        string message,
        string sourceName,
        ReportSourceKind kind = ReportSourceKind.Unknown,
        IEnumerable<string>? diagnostics = null)
    {
        if (status is ReportReadStatus.Read or ReportReadStatus.NotAReport)
        {
            throw new ArgumentException("a failed read needs a failure status", nameof(status));
        }

        return new ReportText(sourceName, kind, status, message, ChineseScript.Simplified, [], [], null, null,
            diagnostics?.ToArray() ?? []);
    }

    public override string ToString() => $"{SourceName} ({SourceKind}, {Status}, {Lines.Count} lines, {Tables.Count} tables)";
}
