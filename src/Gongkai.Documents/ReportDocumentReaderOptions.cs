namespace Gongkai.Documents;

/// <summary>Settings of <see cref="ReportDocumentReader"/>.</summary>
public sealed record ReportDocumentReaderOptions
{
    /// <summary>Path of poppler's pdftotext; null looks it up on PATH.</summary>
    public string? PdfToTextPath { get; init; }

    /// <summary>How long pdftotext may run before it is stopped.</summary>
    public TimeSpan PdfTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Files larger than this are refused (reports are a few hundred KB; PDFs a few MB).</summary>
    public long MaxFileBytes { get; init; } = 64L * 1024 * 1024;
}
