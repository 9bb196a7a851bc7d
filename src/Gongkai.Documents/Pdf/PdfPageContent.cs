namespace Gongkai.Documents.Pdf;

/// <summary>
/// What one page holds for reading: its characters and ruling lines in reading coordinates, its size as read, and
/// whether it is a scanned image without a text layer.
/// </summary>
internal sealed class PdfPageContent(int number, double width, double height, IReadOnlyList<PdfGlyph> glyphs, IReadOnlyList<PdfRuling> rulings, bool isScan)
{
    /// <summary>1-based page number.</summary>
    public int Number { get; } = number;

    /// <summary>Width as read (points).</summary>
    public double Width { get; } = width;

    /// <summary>Height as read (points).</summary>
    public double Height { get; } = height;

    /// <summary>The characters, in no particular order.</summary>
    public IReadOnlyList<PdfGlyph> Glyphs { get; set; } = glyphs;

    /// <summary>The ruling lines, collapsed.</summary>
    public IReadOnlyList<PdfRuling> Rulings { get; set; } = rulings;

    /// <summary>True when the page is a picture (a scan) with no text of its own.</summary>
    public bool IsScan { get; } = isScan;

    /// <summary>How the page's coordinates were turned into reading coordinates.</summary>
    public ReadingFrame Frame { get; init; }

    /// <summary>True when the page's text came from OCR.</summary>
    public bool IsOcr { get; set; }
}
