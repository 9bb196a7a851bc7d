namespace Gongkai.Domain.Audit;

/// <summary>
/// One slot of a <see cref="DocumentTable"/> grid. A merged cell (rowspan/colspan in HTML, vMerge/gridSpan in
/// DOCX) fills every slot it covers: the top-left slot is the origin, the others are copies that point back to it
/// through <see cref="OriginRow"/>/<see cref="OriginColumn"/>, so "三、本年度办理结果" is visible from each row it spans.
/// </summary>
public sealed class DocumentCell
{
    internal DocumentCell(int row, int column, string text, string normalized, SourcePosition source,
        int rowSpan, int columnSpan, int originRow, int originColumn, bool isFiller)
    {
        Row = row;
        Column = column;
        Text = text;
        Normalized = normalized;
        Source = source;
        RowSpan = rowSpan;
        ColumnSpan = columnSpan;
        OriginRow = originRow;
        OriginColumn = originColumn;
        IsFiller = isFiller;
    }

    /// <summary>0-based row in the grid.</summary>
    public int Row { get; }

    /// <summary>0-based column in the grid.</summary>
    public int Column { get; }

    /// <summary>The cell text as printed (paragraphs inside a cell joined by a line feed).</summary>
    public string Text { get; }

    /// <summary>The canonical text for matching (see <see cref="ChineseTextNormalizer"/>).</summary>
    public string Normalized { get; }

    /// <summary>Where the cell (its origin) starts in the source.</summary>
    public SourcePosition Source { get; }

    /// <summary>Rows covered by the merged cell this slot belongs to.</summary>
    public int RowSpan { get; }

    /// <summary>Columns covered by the merged cell this slot belongs to.</summary>
    public int ColumnSpan { get; }

    /// <summary>Row of the merged cell's top-left slot.</summary>
    public int OriginRow { get; }

    /// <summary>Column of the merged cell's top-left slot.</summary>
    public int OriginColumn { get; }

    /// <summary>True for the top-left slot of a cell (the one written in the source).</summary>
    public bool IsOrigin => Row == OriginRow && Column == OriginColumn;

    /// <summary>True when the source had no cell here at all (a short row); the text is empty.</summary>
    public bool IsFiller { get; }

    /// <summary>The cell read as a figure (blank, "/", "—", "无" or a number).</summary>
    public Figure Figure => FigureParser.Parse(Text);

    public override string ToString() => $"[{Row},{Column}] {Text}";
}
