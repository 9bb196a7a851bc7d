namespace Gongkai.Domain.Audit;

/// <summary>
/// Where a piece of report text came from, so that a finding can point at it.
/// For plain text and HTML this is the position in the source file as decoded (HTML: where the element starts);
/// for DOCX and PDF, which have no source lines, it is the position in the extracted text.
/// A reader that knows only the page (PDF) gives line 0; <see cref="ReportTextBuilder"/> then numbers the line in the
/// extracted text and keeps the page, the box and the OCR confidence.
/// </summary>
/// <param name="Line">1-based line number.</param>
/// <param name="Offset">0-based character offset from the start of the decoded source (or extracted text).</param>
/// <param name="Page">1-based page for paged sources (PDF); 0 when the source has no pages.</param>
public readonly record struct SourcePosition(int Line, int Offset, int Page = 0)
{
    /// <summary>Where on the page the text was printed (PDF), or null.</summary>
    public AnnualReports.PageBox? Box { get; init; }

    /// <summary>For text read by OCR from a page without a text layer: the engine's confidence (0–1); otherwise null.</summary>
    public double? OcrConfidence { get; init; }

    /// <summary>No known location.</summary>
    public static SourcePosition None => default;

    public override string ToString() => Page > 0 ? $"p{Page}:L{Line}@{Offset}" : $"L{Line}@{Offset}";
}
