namespace Gongkai.Domain.Audit;

/// <summary>
/// Where a piece of report text came from, so that a finding can point at it.
/// For plain text and HTML this is the position in the source file as decoded (HTML: where the element starts);
/// for DOCX and PDF, which have no source lines, it is the position in the extracted text.
/// </summary>
/// <param name="Line">1-based line number.</param>
/// <param name="Offset">0-based character offset from the start of the decoded source (or extracted text).</param>
/// <param name="Page">1-based page for paged sources (PDF); 0 when the source has no pages.</param>
public readonly record struct SourcePosition(int Line, int Offset, int Page = 0)
{
    /// <summary>No known location.</summary>
    public static SourcePosition None => default;

    public override string ToString() => Page > 0 ? $"p{Page}:L{Line}@{Offset}" : $"L{Line}@{Offset}";
}
