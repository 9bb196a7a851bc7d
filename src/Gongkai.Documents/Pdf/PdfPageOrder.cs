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

    /// <summary>The x of a gutter between two columns of prose, or null when the page is one column.</summary>
    private static double? Gutter(PdfPageContent page, List<PdfLine> lines)
    {
        if (lines.Count < 10)
        {
            return null;
        }

        double? best = null;
        var bestCrossing = int.MaxValue;
        for (var x = page.Width * 0.35; x <= page.Width * 0.65; x += 2)
        {
            var crossing = 0;
            foreach (var line in lines)
            {
                if (line.Chunks(1.5).Any(c => c.Left < x && c.Right > x))
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

        var left = lines.Count(l => l.Right < gutter && IsProse(l));
        var right = lines.Count(l => l.Left > gutter && IsProse(l));
        return left >= 4 && right >= 4 ? gutter : null;
    }

    private static bool IsProse(PdfLine line) => line.Glyphs.Count(g => g.IsWide) >= 6;
}
