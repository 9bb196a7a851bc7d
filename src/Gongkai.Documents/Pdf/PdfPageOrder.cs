namespace Gongkai.Documents.Pdf;

/// <summary>
/// Puts a page's lines and tables in reading order, top to bottom. Where the text runs in two columns (a gutter free
/// of text near the middle of the page, with prose on both sides), the left column is read before the right one,
/// between the full-width lines and tables that frame them.
/// </summary>
internal static class PdfPageOrder
{
    /// <summary>
    /// A gap wider than this many character sizes parts a line's text into chunks a gutter may pass between. Word's
    /// default column spacing is 0.75 cm (21 pt): with 三号 (16 pt) body text that is 1.3 sizes, so the gutter is
    /// looked for in gaps over 0.6 of a size (wider than the space a justified line puts between characters).
    /// </summary>
    private const double GutterGap = 0.6;

    public static List<object> Order(PdfPageContent page, List<PdfLine> lines, List<PdfTable> tables)
    {
        if (Gutter(page, lines) is not { } gutter)
        {
            return tables.Select(t => (t.Bounds.Top, Block: (object)t)).Concat(lines.Select(l => (l.Top, Block: (object)l)))
                .OrderBy(b => b.Top).Select(b => b.Block).ToList();
        }

        lines = lines.SelectMany(l => Split(l, gutter)).ToList();
        bool FullWidth(PdfLine l) => l.Left < gutter && l.Right > gutter && Crosses(Spans(l), gutter);
        var separators = tables.Select(t => (t.Bounds.Top, Block: (object)t))
            .Concat(lines.Where(FullWidth).Select(l => (l.Top, Block: (object)l)))
            .OrderBy(b => b.Top).ToList();
        var column = lines.Where(l => !FullWidth(l)).ToList();
        var result = new List<object>();
        var from = double.MinValue;
        foreach (var (top, block) in separators.Append((double.MaxValue, null!)))
        {
            var band = column.Where(l => l.Top >= from && l.Top < top).ToList();
            result.AddRange(band.Where(l => l.Left < gutter).OrderBy(l => l.Top));
            result.AddRange(band.Where(l => l.Left >= gutter).OrderBy(l => l.Top));
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
        if (line.Left >= gutter || line.Right <= gutter || Crosses(Spans(line), gutter))
        {
            yield return line;
            yield break;
        }

        yield return new PdfLine(line.Glyphs.Where(g => g.Left < gutter).ToList(), line.Page);
        yield return new PdfLine(line.Glyphs.Where(g => g.Left >= gutter).ToList(), line.Page);
    }

    /// <summary>
    /// The x of a gutter between two columns of prose, or null when the page is one column. Each line's spans (<see cref="Spans"/>) are worked out once, then every candidate x is tried against
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
            spans[i] = Spans(lines[i]);
        }

        // a title in a larger size runs across the page by design: only body lines count against a gutter
        var sizes = lines.Select(l => l.Size).Order().ToArray();
        var bodySize = sizes[sizes.Length / 2];
        var counted = Enumerable.Range(0, lines.Count).Where(i => lines[i].Size < bodySize * 1.15).ToArray();

        // the gutter is the middle of the first run of candidate x crossed by the fewest lines
        double? best = null;
        var bestCrossing = int.MaxValue;
        var runStart = 0.0;
        var inRun = false;
        for (var x = page.Width * 0.35; x <= page.Width * 0.65; x += 2)
        {
            var crossing = 0;
            foreach (var i in counted)
            {
                if (crossing > bestCrossing)
                {
                    break;
                }

                if (Crosses(spans[i], x))
                {
                    crossing++;
                }
            }

            if (crossing < bestCrossing)
            {
                (bestCrossing, runStart, best, inRun) = (crossing, x, x, true);
            }
            else if (crossing == bestCrossing && inRun)
            {
                best = (runStart + x) / 2;
            }
            else
            {
                inRun = false;
            }
        }

        if (best is not { } gutter || bestCrossing > counted.Length / 5)
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

    private static bool Crosses((double Left, double Right)[] line, double x)
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

    /// <summary>
    /// The x extents of a line's text, parted at gaps wider than <see cref="GutterGap"/> sizes. A character counts one
    /// em wide at most: a justified line stretches the advance of its last character (a full-width comma) towards the
    /// next column, not its ink; full-width punctuation, which Word and LibreOffice let hang into the gutter at the end
    /// of a line, inks only the left of its em.
    /// </summary>
    private static (double Left, double Right)[] Spans(PdfLine line)
    {
        var spans = new List<(double Left, double Right)>();
        foreach (var g in line.Glyphs.OrderBy(g => g.Left))
        {
            var right = Math.Min(g.Right, g.Left + (g.Size * (g.Text is "，" or "。" or "、" or "；" or "：" ? 0.4 : 1.05)));
            if (spans.Count > 0 && g.Left - spans[^1].Right <= GutterGap * line.Size)
            {
                spans[^1] = (spans[^1].Left, Math.Max(spans[^1].Right, right));
            }
            else
            {
                spans.Add((g.Left, right));
            }
        }

        return [.. spans];
    }

    private static bool IsProse(PdfLine line) => line.Glyphs.Count >= 10 && !line.Glyphs.All(g => char.IsDigit(g.Text[0]) || g.Text[0] is '.' or ',');
}
