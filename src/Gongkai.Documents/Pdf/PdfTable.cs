namespace Gongkai.Documents.Pdf;

/// <summary>
/// A table read from one or more pages: cells as rectangles. The grid (rows and columns) is derived from the cells'
/// edges, so a table continued on the next page is the cells of both parts, the second part moved below the first.
/// </summary>
internal sealed class PdfTable(List<PdfTableCell> cells, int page, PdfRect bounds, bool ruled)
{
    public List<PdfTableCell> Cells { get; } = cells;

    /// <summary>Page of the table's first part.</summary>
    public int Page { get; } = page;

    /// <summary>Page of the table's last part.</summary>
    public int LastPage { get; set; } = page;

    /// <summary>Where the table's first part stands on its page.</summary>
    public PdfRect Bounds { get; } = bounds;

    /// <summary>Where the table's last part stands on its page.</summary>
    public PdfRect LastBounds { get; set; } = bounds;

    /// <summary>True when drawn with ruling lines (lattice); false when found by the alignment of words (stream).</summary>
    public bool Ruled { get; } = ruled;

    public int RowCount { get; private set; }

    public int ColumnCount { get; private set; }

    /// <summary>The x positions of the column edges of the last part (to match a continuation).</summary>
    public IReadOnlyList<double> ColumnEdges { get; private set; } = [];

    /// <summary>Numbers each cell's grid slots from the cells' edges (edges closer than 2.5 points are one).</summary>
    public void BuildGrid()
    {
        var xs = Cluster(Cells.SelectMany(c => new[] { c.Rect.Left, c.Rect.Right }));
        var ys = Cluster(Cells.SelectMany(c => new[] { c.Rect.Top, c.Rect.Bottom }));
        foreach (var cell in Cells)
        {
            cell.Column0 = Index(xs, cell.Rect.Left);
            cell.Column1 = Math.Max(cell.Column0 + 1, Index(xs, cell.Rect.Right));
            cell.Row0 = Index(ys, cell.Rect.Top);
            cell.Row1 = Math.Max(cell.Row0 + 1, Index(ys, cell.Rect.Bottom));
        }

        RowCount = Math.Max(0, ys.Count - 1);
        ColumnCount = Math.Max(0, xs.Count - 1);
        ColumnEdges = xs;
    }

    /// <summary>The cells starting in each row, left to right.</summary>
    public IEnumerable<List<PdfTableCell>> Rows()
    {
        var byRow = Cells.GroupBy(c => c.Row0).ToDictionary(g => g.Key, g => g.OrderBy(c => c.Column0).ToList());
        for (var r = 0; r < RowCount; r++)
        {
            yield return byRow.TryGetValue(r, out var cells) ? cells : [];
        }
    }

    private static List<double> Cluster(IEnumerable<double> values)
    {
        var result = new List<double>();
        foreach (var v in values.Order())
        {
            if (result.Count == 0 || v - result[^1] > 2.5)
            {
                result.Add(v);
            }
        }

        return result;
    }

    private static int Index(List<double> edges, double value)
    {
        var best = 0;
        for (var i = 1; i < edges.Count; i++)
        {
            if (Math.Abs(edges[i] - value) < Math.Abs(edges[best] - value))
            {
                best = i;
            }
        }

        return best;
    }
}
