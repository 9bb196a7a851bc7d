namespace Gongkai.Documents.Pdf;

/// <summary>
/// One cell of a table found on a page: its rectangle (reading coordinates) and the characters inside it. A merged
/// cell (a header over several columns, a row label over several rows) is one rectangle covering several grid slots.
/// </summary>
internal sealed class PdfTableCell(PdfRect rect, int page, List<PdfGlyph> glyphs)
{
    public PdfRect Rect { get; set; } = rect;

    /// <summary>1-based page the cell is printed on (its top part, for a cell split by a page break).</summary>
    public int Page { get; } = page;

    public List<PdfGlyph> Glyphs { get; } = glyphs;

    /// <summary>Where the cell is in the page's own coordinates.</summary>
    public UserBox Box { get; set; }

    /// <summary>The cell's text: its lines in reading order, a label wrapped inside the cell joined again.</summary>
    public string Text => _text ??= PdfText.JoinWrapped(PdfLines.Group(Glyphs).Select(l => l.Text).ToArray());

    /// <summary>The lowest OCR confidence of the cell's characters, when they were recognised by OCR.</summary>
    public double? OcrConfidence => Glyphs.Count == 0 || Glyphs.All(g => g.OcrConfidence is null) ? null : Glyphs.Min(g => g.OcrConfidence ?? 1);

    private string? _text;

    // grid slots, set when the table's grid is built
    public int Row0 { get; set; }

    public int Row1 { get; set; }

    public int Column0 { get; set; }

    public int Column1 { get; set; }

    public void Invalidate() => _text = null;
}
