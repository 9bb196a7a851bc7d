namespace Gongkai.Documents.Pdf;

/// <summary>
/// A ruling line drawn on a page, in reading coordinates: horizontal at y = <see cref="Position"/> from x =
/// <see cref="Start"/> to <see cref="End"/>, or vertical at x = <see cref="Position"/> from y = Start to End.
/// Table borders come as stroked lines, stroked rectangles or thin filled rectangles (Chromium, LibreOffice, Word
/// all differ); all become rulings.
/// </summary>
internal readonly record struct PdfRuling(bool Horizontal, double Position, double Start, double End)
{
    public double Length => End - Start;

    /// <summary>
    /// Collinear rulings that overlap or nearly touch joined into one (a border drawn cell by cell is one line), the way
    /// Tabula collapses oriented rulings.
    /// </summary>
    public static List<PdfRuling> Collapse(IEnumerable<PdfRuling> rulings, double tolerance)
    {
        var result = new List<PdfRuling>();
        foreach (var group in rulings.GroupBy(r => r.Horizontal))
        {
            var sorted = group.OrderBy(r => r.Position).ThenBy(r => r.Start).ToList();
            var lines = new List<List<PdfRuling>>();
            foreach (var r in sorted)
            {
                if (lines.Count > 0 && Math.Abs(lines[^1][0].Position - r.Position) <= tolerance)
                {
                    lines[^1].Add(r);
                }
                else
                {
                    lines.Add([r]);
                }
            }

            foreach (var line in lines)
            {
                var position = line.Average(r => r.Position);
                PdfRuling? current = null;
                foreach (var r in line.OrderBy(r => r.Start))
                {
                    if (current is { } c && r.Start <= c.End + tolerance)
                    {
                        current = c with { End = Math.Max(c.End, r.End) };
                    }
                    else
                    {
                        if (current is { } done)
                        {
                            result.Add(done);
                        }

                        current = new PdfRuling(group.Key, position, r.Start, r.End);
                    }
                }

                if (current is { } last)
                {
                    result.Add(last);
                }
            }
        }

        return result;
    }
}
