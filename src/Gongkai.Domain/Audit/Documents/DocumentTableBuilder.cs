namespace Gongkai.Domain.Audit;

/// <summary>
/// Collects the cells of one source table row by row and expands merged cells into a rectangular grid.
/// Understands both ways of merging: HTML (rowspan/colspan on the origin cell, later rows skip the covered slots)
/// and Word (gridSpan on the cell, vMerge "continue" cells standing in the covered slots below the origin).
/// Spans are capped so a hostile file cannot make a huge grid.
/// </summary>
public sealed class DocumentTableBuilder
{
    /// <summary>Largest colspan honoured; wider spans are cut.</summary>
    public const int MaxColumnSpan = 200;

    private readonly List<List<Placement?>> _rows = [];
    private readonly List<SourcePosition?> _rowSources = [];
    private readonly List<Placement> _verticalSpans = [];
    private int _column;

    /// <summary>Number of rows started so far.</summary>
    public int RowCount => _rows.Count;

    /// <summary>Starts the next row; slots covered by cells spanning down from earlier rows are filled first.</summary>
    public void StartRow(SourcePosition? source = null)
    {
        var rowIndex = _rows.Count;
        var row = new List<Placement?>();
        _rows.Add(row);
        _rowSources.Add(source);
        _column = 0;
        _verticalSpans.RemoveAll(p => p.Row + p.RowSpan <= rowIndex);
        foreach (var span in _verticalSpans)
        {
            for (var c = span.Column; c < span.Column + span.ColumnSpan; c++)
            {
                Set(row, c, span);
            }
        }
    }

    /// <summary>Leaves <paramref name="count"/> grid columns empty (Word's gridBefore).</summary>
    public void SkipColumns(int count)
    {
        EnsureRow();
        _column += Math.Clamp(count, 0, MaxColumnSpan);
    }

    /// <summary>
    /// Adds a cell at the next free slot of the current row. <paramref name="rowSpan"/> 0 means "to the last row"
    /// (HTML rowspan="0").
    /// </summary>
    public void AddCell(string text, SourcePosition? source = null, int rowSpan = 1, int columnSpan = 1)
    {
        EnsureRow();
        var row = _rows[^1];
        var column = NextFreeColumn(row);
        columnSpan = Math.Clamp(columnSpan, 1, MaxColumnSpan);
        rowSpan = rowSpan <= 0 ? int.MaxValue / 2 : Math.Min(rowSpan, 65_534);
        var placement = new Placement(text ?? string.Empty, source, _rows.Count - 1, column, rowSpan, columnSpan);
        for (var c = column; c < column + columnSpan; c++)
        {
            if (c >= row.Count || row[c] is null)
            {
                Set(row, c, placement);
            }
        }

        if (rowSpan > 1)
        {
            _verticalSpans.Add(placement);
        }

        _column = column + columnSpan;
    }

    /// <summary>
    /// Word's vMerge "continue": the next slot belongs to the cell above (whose row span grows by one).
    /// With nothing above, an empty cell is added instead.
    /// </summary>
    public void ContinueCellAbove(int columnSpan = 1)
    {
        EnsureRow();
        var rowIndex = _rows.Count - 1;
        var row = _rows[rowIndex];
        var column = NextFreeColumn(row);
        var above = rowIndex > 0 && column < _rows[rowIndex - 1].Count ? _rows[rowIndex - 1][column] : null;
        if (above is null)
        {
            AddCell(string.Empty, null, 1, columnSpan);
            return;
        }

        above.RowSpan = rowIndex - above.Row + 1;
        var width = Math.Max(Math.Clamp(columnSpan, 1, MaxColumnSpan), above.ColumnSpan);
        for (var c = above.Column; c < above.Column + width; c++)
        {
            Set(row, c, above);
        }

        _column = Math.Max(column + 1, above.Column + width);
    }

    internal SourcePosition? RowSource(int row) => _rowSources[row];

    /// <summary>The cells first written in <paramref name="row"/>, left to right.</summary>
    internal IEnumerable<Placement> OriginsInRow(int row)
    {
        var cells = _rows[row];
        for (var c = 0; c < cells.Count; c++)
        {
            var p = cells[c];
            if (p is not null && p.Row == row && p.Column == c)
            {
                yield return p;
            }
        }
    }

    /// <summary>Builds the grid; <paramref name="normalize"/> gives the canonical text of a cell.</summary>
    internal DocumentTable Build(int index, SourcePosition source, Func<string, string> normalize)
    {
        var rowCount = _rows.Count;
        var columnCount = 0;
        foreach (var row in _rows)
        {
            columnCount = Math.Max(columnCount, row.Count);
        }

        var normalized = new Dictionary<Placement, string>(ReferenceEqualityComparer.Instance);
        var grid = new DocumentCell[rowCount][];
        for (var r = 0; r < rowCount; r++)
        {
            grid[r] = new DocumentCell[columnCount];
            var row = _rows[r];
            for (var c = 0; c < columnCount; c++)
            {
                var p = c < row.Count ? row[c] : null;
                if (p is null)
                {
                    grid[r][c] = new DocumentCell(r, c, string.Empty, string.Empty, _rowSources[r] ?? default, 1, 1, r, c, isFiller: true);
                    continue;
                }

                if (!normalized.TryGetValue(p, out var n))
                {
                    n = normalize(p.Text);
                    normalized[p] = n;
                }

                var rowSpan = Math.Min(p.RowSpan, rowCount - p.Row);
                var columnSpan = Math.Min(p.ColumnSpan, columnCount - p.Column);
                grid[r][c] = new DocumentCell(r, c, p.Text, n, p.Source ?? default, rowSpan, columnSpan, p.Row, p.Column, isFiller: false);
            }
        }

        return new DocumentTable(index, grid, columnCount, source);
    }

    private void EnsureRow()
    {
        if (_rows.Count == 0)
        {
            StartRow();
        }
    }

    private int NextFreeColumn(List<Placement?> row)
    {
        var column = _column;
        while (column < row.Count && row[column] is not null)
        {
            column++;
        }

        return column;
    }

    private static void Set(List<Placement?> row, int column, Placement placement)
    {
        while (row.Count <= column)
        {
            row.Add(null);
        }

        row[column] = placement;
    }

    /// <summary>A cell as written in the source, before expansion.</summary>
    internal sealed class Placement(string text, SourcePosition? source, int row, int column, int rowSpan, int columnSpan)
    {
        public string Text { get; } = text;

        public SourcePosition? Source { get; set; } = source;

        public int Row { get; } = row;

        public int Column { get; } = column;

        public int RowSpan { get; set; } = rowSpan;

        public int ColumnSpan { get; } = columnSpan;
    }
}
