namespace Gongkai.Domain.Audit;

/// <summary>
/// A real table of a report (HTML &lt;table&gt; or DOCX w:tbl) as a rectangular grid with merged cells expanded.
/// Each grid row is also one line of <see cref="ReportText.Lines"/> (<see cref="FirstLineNumber"/> …
/// <see cref="LastLineNumber"/>), so the table keeps its place between the headings around it.
/// </summary>
public sealed class DocumentTable
{
    private readonly DocumentCell[][] _rows;

    internal DocumentTable(int index, DocumentCell[][] rows, int columnCount, SourcePosition source)
    {
        Index = index;
        _rows = rows;
        ColumnCount = columnCount;
        Source = source;
    }

    /// <summary>0-based position in <see cref="ReportText.Tables"/>.</summary>
    public int Index { get; }

    /// <summary>Where the table starts in the source.</summary>
    public SourcePosition Source { get; }

    /// <summary>Number of grid rows.</summary>
    public int RowCount => _rows.Length;

    /// <summary>Number of grid columns (the widest row).</summary>
    public int ColumnCount { get; }

    /// <summary>The grid, row by row; every row has <see cref="ColumnCount"/> cells.</summary>
    public IReadOnlyList<IReadOnlyList<DocumentCell>> Rows => _rows;

    /// <summary>Line number (in <see cref="ReportText.Lines"/>) of the first row; set when the table is placed in a text.</summary>
    public int FirstLineNumber { get; internal set; }

    /// <summary>Line number of the last row.</summary>
    public int LastLineNumber => FirstLineNumber + RowCount - 1;

    /// <summary>The slot at <paramref name="row"/>, <paramref name="column"/>.</summary>
    public DocumentCell this[int row, int column] => _rows[row][column];

    /// <summary>The texts of one row, one per grid column (merged cells repeated).</summary>
    public IReadOnlyList<string> RowTexts(int row) => Array.ConvertAll(_rows[row], c => c.Text);
}
