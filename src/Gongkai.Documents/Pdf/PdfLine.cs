namespace Gongkai.Documents.Pdf;

/// <summary>A line of text on a page: characters on one baseline, left to right.</summary>
internal sealed class PdfLine(IReadOnlyList<PdfGlyph> glyphs, int page)
{
    public IReadOnlyList<PdfGlyph> Glyphs { get; } = glyphs;

    public int Page { get; } = page;

    public string Text { get; set; } = PdfText.Join(glyphs);

    public double Left { get; } = glyphs.Min(g => g.Left);

    public double Right { get; set; } = glyphs.Max(g => g.Right);

    public double Top { get; } = glyphs.Min(g => g.Top);

    public double Bottom { get; } = glyphs.Max(g => g.Bottom);

    public double Baseline { get; } = glyphs[0].Baseline;

    /// <summary>The last printed line of a paragraph joined into this one (itself when nothing was joined).</summary>
    public PdfLine Tail { get => _tail ?? this; set => _tail = value; }

    private PdfLine? _tail;

    /// <summary>The most common character size of the line.</summary>
    public double Size { get; } = glyphs.GroupBy(g => Math.Round(g.Size)).OrderByDescending(g => g.Count()).First().First().Size;

    /// <summary>Where the line is in the page's own coordinates.</summary>
    public UserBox Box => Glyphs.Skip(1).Aggregate(Glyphs[0].UserBox, (b, g) => b.Union(g.UserBox));

    /// <summary>The parts of the line separated by gaps wider than <paramref name="gapInSizes"/> character sizes.</summary>
    public List<(double Left, double Right, List<PdfGlyph> Glyphs)> Chunks(double gapInSizes)
    {
        var chunks = new List<(double Left, double Right, List<PdfGlyph> Glyphs)>();
        foreach (var g in Glyphs)
        {
            if (chunks.Count > 0 && g.Left - chunks[^1].Right <= gapInSizes * Size)
            {
                var last = chunks[^1];
                last.Glyphs.Add(g);
                chunks[^1] = (last.Left, Math.Max(last.Right, g.Right), last.Glyphs);
            }
            else
            {
                chunks.Add((g.Left, g.Right, [g]));
            }
        }

        return chunks;
    }

    public override string ToString() => $"p{Page} y{Top:0} x{Left:0}-{Right:0} s{Size:0.#}: {Text}";
}

/// <summary>Groups characters into lines by baseline, the way the eye does.</summary>
internal static class PdfLines
{
    /// <summary>The lines of <paramref name="glyphs"/>, top to bottom, each left to right.</summary>
    public static List<PdfLine> Group(IEnumerable<PdfGlyph> glyphs, int page = 0)
    {
        var sorted = glyphs.OrderBy(g => g.Baseline).ThenBy(g => g.Left).ToList();
        var lines = new List<List<PdfGlyph>>();
        var baselines = new List<double>();
        foreach (var g in sorted)
        {
            // the line whose baseline is nearest, within 40 % of the character size
            var best = -1;
            var bestDistance = double.MaxValue;
            for (var i = lines.Count - 1; i >= 0 && i >= lines.Count - 4; i--)
            {
                var distance = Math.Abs(baselines[i] - g.Baseline);
                if (distance <= Math.Max(1, g.Size * 0.4) && distance < bestDistance)
                {
                    best = i;
                    bestDistance = distance;
                }
            }

            if (best < 0)
            {
                lines.Add([g]);
                baselines.Add(g.Baseline);
            }
            else
            {
                lines[best].Add(g);
            }
        }

        var result = new List<PdfLine>(lines.Count);
        foreach (var line in lines)
        {
            line.Sort((a, b) => a.Left.CompareTo(b.Left));
            result.Add(new PdfLine(Deduplicate(line), page));
        }

        result.Sort((a, b) => a.Top.CompareTo(b.Top));
        return result;
    }

    /// <summary>Fake bold (the same character printed twice, a hair apart) printed once.</summary>
    private static List<PdfGlyph> Deduplicate(List<PdfGlyph> line)
    {
        var result = new List<PdfGlyph>(line.Count);
        foreach (var g in line)
        {
            if (result.Count > 0 && result[^1].Text == g.Text && Math.Abs(result[^1].Left - g.Left) < g.Size * 0.2)
            {
                continue;
            }

            result.Add(g);
        }

        return result;
    }
}
