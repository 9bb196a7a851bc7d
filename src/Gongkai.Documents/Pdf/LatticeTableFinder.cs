namespace Gongkai.Documents.Pdf;

/// <summary>
/// Finds the tables drawn with ruling lines on a page (lattice, as Tabula's spreadsheet mode and Camelot's lattice
/// do it): rulings that cross or touch form a table; the distinct x of its vertical rulings are the column edges and
/// the distinct y of its horizontal rulings the row edges; neighbouring grid boxes not separated by a drawn line are
/// one (merged) cell. Characters are placed in the cell holding their centre.
/// </summary>
internal static class LatticeTableFinder
{
    private const double Tolerance = 2.5;

    /// <summary>The tables on <paramref name="page"/>; their characters are taken out of <paramref name="free"/>.</summary>
    public static List<PdfTable> Find(PdfPageContent page, List<PdfGlyph> free)
    {
        var tables = new List<PdfTable>();
        var rulings = page.Rulings.Where(r => r.Length > 4).ToList();
        if (rulings.Count < 4 || rulings.Count > 4000)
        {
            return tables;
        }

        foreach (var component in Components(rulings))
        {
            var horizontal = component.Where(r => r.Horizontal).ToList();
            var vertical = component.Where(r => !r.Horizontal).ToList();
            var xs = Cluster(vertical.Select(r => r.Position));
            var ys = Cluster(horizontal.Select(r => r.Position));
            if (xs.Count < 2 || ys.Count < 2)
            {
                continue;
            }

            var table = Build(page, xs, ys, horizontal, vertical, free);
            if (table is not null)
            {
                tables.Add(table);
            }
        }

        return tables;
    }

    private static PdfTable? Build(PdfPageContent page, List<double> xs, List<double> ys, List<PdfRuling> horizontal, List<PdfRuling> vertical, List<PdfGlyph> free)
    {
        var rows = ys.Count - 1;
        var columns = xs.Count - 1;
        if (rows * columns > 20_000)
        {
            return null;
        }

        var parent = new int[rows * columns];
        for (var i = 0; i < parent.Length; i++)
        {
            parent[i] = i;
        }

        int Find(int i)
        {
            while (parent[i] != i)
            {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }

            return i;
        }

        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                if (c + 1 < columns && !Covered(vertical, xs[c + 1], ys[r], ys[r + 1]))
                {
                    parent[Find(r * columns + c)] = Find(r * columns + c + 1);
                }

                if (r + 1 < rows && !Covered(horizontal, ys[r + 1], xs[c], xs[c + 1]))
                {
                    parent[Find(r * columns + c)] = Find((r + 1) * columns + c);
                }
            }
        }

        var groups = new Dictionary<int, PdfRect>();
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                var root = Find(r * columns + c);
                var box = new PdfRect(xs[c], ys[r], xs[c + 1], ys[r + 1]);
                groups[root] = groups.TryGetValue(root, out var seen) ? seen.Union(box) : box;
            }
        }

        var bounds = new PdfRect(xs[0], ys[0], xs[^1], ys[^1]);
        var cells = groups.Values.OrderBy(r => r.Top).ThenBy(r => r.Left).Select(r => new PdfTableCell(r, page.Number, [])).ToList();
        var inside = 0;
        for (var i = free.Count - 1; i >= 0; i--)
        {
            var g = free[i];
            if (!bounds.Contains(g.CenterX, g.CenterY))
            {
                continue;
            }

            foreach (var cell in cells)
            {
                if (cell.Rect.Contains(g.CenterX, g.CenterY))
                {
                    cell.Glyphs.Add(g);
                    inside++;
                    break;
                }
            }

            free.RemoveAt(i);
        }

        if (cells.Count < 2 && inside == 0)
        {
            return null; // a frame or a rule under the title, not a table
        }

        foreach (var cell in cells)
        {
            cell.Box = cell.Glyphs.Count > 0
                ? cell.Glyphs.Skip(1).Aggregate(cell.Glyphs[0].UserBox, (b, g) => b.Union(g.UserBox))
                : page.Frame.ToUser(cell.Rect);
        }

        var table = new PdfTable(cells, page.Number, bounds, ruled: true);
        table.BuildGrid();
        return table;
    }

    /// <summary>Whether a ruling at <paramref name="position"/> covers most of the span from <paramref name="from"/> to <paramref name="to"/>.</summary>
    private static bool Covered(List<PdfRuling> rulings, double position, double from, double to)
    {
        var needed = (to - from) * 0.6;
        var covered = 0.0;
        foreach (var r in rulings)
        {
            if (Math.Abs(r.Position - position) > Tolerance)
            {
                continue;
            }

            covered += Math.Max(0, Math.Min(r.End, to) - Math.Max(r.Start, from));
            if (covered >= needed)
            {
                return true;
            }
        }

        return false;
    }

    private static List<double> Cluster(IEnumerable<double> values)
    {
        var result = new List<double>();
        foreach (var v in values.Order())
        {
            if (result.Count == 0 || v - result[^1] > Tolerance)
            {
                result.Add(v);
            }
        }

        return result;
    }

    /// <summary>Rulings that cross or touch each other, as groups.</summary>
    private static IEnumerable<List<PdfRuling>> Components(List<PdfRuling> rulings)
    {
        var parent = Enumerable.Range(0, rulings.Count).ToArray();
        int Find(int i)
        {
            while (parent[i] != i)
            {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }

            return i;
        }

        for (var i = 0; i < rulings.Count; i++)
        {
            if (!rulings[i].Horizontal)
            {
                continue;
            }

            var h = rulings[i];
            for (var j = 0; j < rulings.Count; j++)
            {
                var v = rulings[j];
                if (v.Horizontal)
                {
                    continue;
                }

                if (v.Position >= h.Start - Tolerance && v.Position <= h.End + Tolerance
                    && h.Position >= v.Start - Tolerance && h.Position <= v.End + Tolerance)
                {
                    parent[Find(i)] = Find(j);
                }
            }
        }

        return Enumerable.Range(0, rulings.Count).GroupBy(Find).Select(g => g.Select(i => rulings[i]).ToList());
    }
}
