namespace Gongkai.Documents.Pdf;

/// <summary>
/// Puts a page's lines and tables in reading order, top to bottom. Where the text runs in two columns (a gutter free
/// of text near the middle of the page, with prose on both sides), the left column is read before the right one,
/// between the full-width lines and tables that frame them.
/// </summary>
internal static class PdfPageOrder
{
    public static List<object> Order(PdfPageContent page, List<PdfLine> lines, List<PdfTable> tables)
    {
        if (Gutter(page, lines) is not { } gutter)
        {
            return tables.Select(t => (t.Bounds.Top, Block: (object)t)).Concat(lines.Select(l => (l.Top, Block: (object)l)))
                .OrderBy(b => b.Top).Select(b => b.Block).ToList();
        }

        lines = lines.SelectMany(l => Split(l, gutter)).ToList();
        bool FullWidth(PdfLine l) => l.Left < gutter && l.Right > gutter;
        var separators = tables.Select(t => (t.Bounds.Top, Block: (object)t))
            .Concat(lines.Where(FullWidth).Select(l => (l.Top, Block: (object)l)))
            .OrderBy(b => b.Top).ToList();
        var column = lines.Where(l => !FullWidth(l)).ToList();
        var result = new List<object>();
        var from = double.MinValue;
        foreach (var (top, block) in separators.Append((double.MaxValue, null!)))
        {
            var band = column.Where(l => l.Top >= from && l.Top < top).ToList();
            result.AddRange(band.Where(l => l.Right <= gutter).OrderBy(l => l.Top));
            result.AddRange(band.Where(l => l.Right > gutter).OrderBy(l => l.Top));
            if (block is not null)
            {
                result.Add(block);
            }

            from = top;
        }

        return result;
    }

    /// <summary>A line printed across the gutter in two parts (a left and a right column line on one baseline) as two lines.</summary>
    private static IEnumerable<PdfLine> Split(PdfLine line, double gutter)
    {
        if (line.Left >= gutter || line.Right <= gutter || line.Chunks(1.5).Any(c => c.Left < gutter && c.Right > gutter))
        {
            yield return line;
            yield break;
        }

        yield return new PdfLine(line.Glyphs.Where(g => g.Right <= gutter).ToList(), line.Page);
        yield return new PdfLine(line.Glyphs.Where(g => g.Left >= gutter).ToList(), line.Page);
    }

    /// <summary>
    /// The x of a gutter between two columns of prose, or null when the page is one column. Each line's chunks (runs of
    /// text without a gap wider than 1.5 character sizes) are worked out once, then every candidate x is tried against
    /// them: linear in the page's characters, not once per candidate.
    /// </summary>
    private static double? Gutter(PdfPageContent page, List<PdfLine> lines)
    {
        if (lines.Count < 6)
        {
            return null;
        }

        var spans = new (double Left, double Right)[lines.Count][];
        for (var i = 0; i < lines.Count; i++)
        {
            var chunks = lines[i].Chunks(1.5);
            spans[i] = new (double, double)[chunks.Count];
            for (var c = 0; c < chunks.Count; c++)
            {
                spans[i][c] = (chunks[c].Left, chunks[c].Right);
            }
        }

        static bool Crosses((double Left, double Right)[] line, double x)
        {
            foreach (var (left, right) in line)
            {
                if (left < x && right > x)
                {
                    return true;
                }
            }

            return false;
        }

        double? best = null;
        var bestCrossing = int.MaxValue;
        for (var x = page.Width * 0.35; x <= page.Width * 0.65; x += 2)
        {
            var crossing = 0;
            for (var i = 0; i < spans.Length && crossing < bestCrossing; i++)
            {
                if (Crosses(spans[i], x))
                {
                    crossing++;
                }
            }

            if (crossing < bestCrossing)
            {
                bestCrossing = crossing;
                best = x;
            }
        }

        if (best is not { } gutter || bestCrossing > lines.Count / 5)
        {
            return null;
        }

        var left = 0;
        var right = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            var l = lines[i];
            if (Crosses(spans[i], gutter))
            {
                continue;
            }

            if (l.Left < gutter && IsProse(l))
            {
                left++;
            }

            if (l.Right > gutter && l.Glyphs.Count(g => g.Left > gutter) >= 10)
            {
                right++;
            }
        }

        return left >= 4 && right >= 4 ? gutter : null;
    }

    private static bool IsProse(PdfLine line) => line.Glyphs.Count >= 10 && !line.Glyphs.All(g => char.IsDigit(g.Text[0]) || g.Text[0] is '.' or ',');
}
