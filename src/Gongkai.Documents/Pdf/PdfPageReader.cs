using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Graphics;

namespace Gongkai.Documents.Pdf;

/// <summary>
/// Reads one PdfPig page into <see cref="PdfPageContent"/>: characters placed in the page's reading frame, and the
/// ruling lines drawn on it (stroked segments, stroked rectangles, thin filled rectangles). A page with almost no
/// characters whose area is mostly covered by images is a scan.
/// </summary>
internal static class PdfPageReader
{
    /// <summary>At most this many characters are read from one page (a page of a report holds a few thousand).</summary>
    public const int MaxGlyphsPerPage = 60_000;

    /// <summary>At most this many path pieces are looked at on one page.</summary>
    public const int MaxPathPiecesPerPage = 60_000;

    /// <summary>Rulings thinner than this (points) are lines; filled rectangles thicker than this are areas.</summary>
    private const double LineThickness = 2.5;

    public static PdfPageContent Read(Page page)
    {
        var letters = page.Letters;
        var direction = DominantDirection(letters);
        var frame = new ReadingFrame(direction, page.Width, page.Height);
        var glyphs = new List<PdfGlyph>(Math.Min(letters.Count, MaxGlyphsPerPage));
        foreach (var letter in letters)
        {
            if (glyphs.Count >= MaxGlyphsPerPage)
            {
                break;
            }

            if (string.IsNullOrWhiteSpace(letter.Value) || letter.RenderingMode == TextRenderingMode.Neither)
            {
                continue;
            }

            var own = ReadingFrame.DirectionOf(letter.StartBaseLine, letter.EndBaseLine);
            if (own is { } d && d != direction)
            {
                continue; // a stamp or a margin note written across the page
            }

            var (x0, y0) = frame.Map(letter.StartBaseLine);
            var (x1, _) = frame.Map(letter.EndBaseLine);
            var size = letter.PointSize > 0.5 ? letter.PointSize : Math.Max(1, letter.BoundingBox.Height);
            if (x1 <= x0)
            {
                x1 = x0 + Math.Max(letter.Width, size * 0.5);
            }

            var box = letter.BoundingBox;
            glyphs.Add(new PdfGlyph(CjkRadicals.Normalize(letter.Value), x0, x1, y0, size,
                new UserBox(box.Left, box.Bottom, Math.Abs(box.Width), Math.Abs(box.Height))));
        }

        var rulings = PdfRuling.Collapse(Rulings(page, frame), 1.5);
        var isScan = glyphs.Count < 5 && ImageCoverage(page) > 0.5;
        return new PdfPageContent(page.Number, frame.Width, frame.Height, glyphs, rulings, isScan) { Frame = frame };
    }

    private static ReadingDirection DominantDirection(IReadOnlyList<Letter> letters)
    {
        Span<int> counts = stackalloc int[4];
        var step = Math.Max(1, letters.Count / 2000);
        for (var i = 0; i < letters.Count; i += step)
        {
            if (ReadingFrame.DirectionOf(letters[i].StartBaseLine, letters[i].EndBaseLine) is { } d)
            {
                counts[(int)d]++;
            }
        }

        var best = 0;
        for (var i = 1; i < 4; i++)
        {
            if (counts[i] > counts[best])
            {
                best = i;
            }
        }

        return (ReadingDirection)best;
    }

    private static IEnumerable<PdfRuling> Rulings(Page page, ReadingFrame frame)
    {
        var pageArea = page.Width * page.Height;
        var pieces = 0;
        foreach (var path in page.Paths)
        {
            if (path.IsClipping || !(path.IsStroked || path.IsFilled))
            {
                continue;
            }

            foreach (var subpath in path)
            {
                if (++pieces > MaxPathPiecesPerPage)
                {
                    yield break;
                }

                var bounds = subpath.GetBoundingRectangle();
                if (bounds is not { } b)
                {
                    continue;
                }

                if (IsRectangle(subpath))
                {
                    var (ax, ay) = frame.Map(b.Left, b.Bottom);
                    var (bx, by) = frame.Map(b.Right, b.Top);
                    var rect = new PdfRect(Math.Min(ax, bx), Math.Min(ay, by), Math.Max(ax, bx), Math.Max(ay, by));
                    if (rect.Width <= LineThickness && rect.Height > LineThickness)
                    {
                        yield return new PdfRuling(false, (rect.Left + rect.Right) / 2, rect.Top, rect.Bottom);
                    }
                    else if (rect.Height <= LineThickness && rect.Width > LineThickness)
                    {
                        yield return new PdfRuling(true, (rect.Top + rect.Bottom) / 2, rect.Left, rect.Right);
                    }
                    else if (rect.Width > LineThickness && rect.Height > LineThickness && rect.Width * rect.Height < pageArea * 0.5
                        && (path.IsStroked || !IsWhite(path.FillColor)))
                    {
                        // a cell drawn as a box, or a shaded cell: its edges
                        yield return new PdfRuling(true, rect.Top, rect.Left, rect.Right);
                        yield return new PdfRuling(true, rect.Bottom, rect.Left, rect.Right);
                        yield return new PdfRuling(false, rect.Left, rect.Top, rect.Bottom);
                        yield return new PdfRuling(false, rect.Right, rect.Top, rect.Bottom);
                    }

                    continue;
                }

                if (!path.IsStroked)
                {
                    continue;
                }

                foreach (var command in subpath.Commands)
                {
                    if (command is not PdfSubpath.Line line)
                    {
                        continue;
                    }

                    var (x0, y0) = frame.Map(line.From);
                    var (x1, y1) = frame.Map(line.To);
                    if (Math.Abs(y0 - y1) < 0.5 && Math.Abs(x1 - x0) > LineThickness)
                    {
                        yield return new PdfRuling(true, (y0 + y1) / 2, Math.Min(x0, x1), Math.Max(x0, x1));
                    }
                    else if (Math.Abs(x0 - x1) < 0.5 && Math.Abs(y1 - y0) > LineThickness)
                    {
                        yield return new PdfRuling(false, (x0 + x1) / 2, Math.Min(y0, y1), Math.Max(y0, y1));
                    }
                }
            }
        }
    }

    private static bool IsRectangle(PdfSubpath subpath)
    {
        if (subpath.IsDrawnAsRectangle)
        {
            return true;
        }

        var points = new List<PdfPoint>(5);
        foreach (var command in subpath.Commands)
        {
            switch (command)
            {
                case PdfSubpath.Move move:
                    points.Add(move.Location);
                    break;
                case PdfSubpath.Line line:
                    points.Add(line.To);
                    break;
                case PdfSubpath.Close:
                    break;
                default:
                    return false;
            }

            if (points.Count > 5)
            {
                return false;
            }
        }

        if (points.Count < 4)
        {
            return false;
        }

        for (var i = 1; i < points.Count; i++)
        {
            var dx = Math.Abs(points[i].X - points[i - 1].X);
            var dy = Math.Abs(points[i].Y - points[i - 1].Y);
            if (dx > 0.5 && dy > 0.5)
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsWhite(UglyToad.PdfPig.Graphics.Colors.IColor? color)
    {
        if (color is null)
        {
            return false;
        }

        var (r, g, b) = color.ToRGBValues();
        return r > 0.97 && g > 0.97 && b > 0.97;
    }

    private static double ImageCoverage(Page page)
    {
        if (page.NumberOfImages == 0)
        {
            return 0;
        }

        var area = 0.0;
        foreach (var image in page.GetImages())
        {
            area += Math.Abs(image.BoundingBox.Width * image.BoundingBox.Height);
        }

        return area / Math.Max(1, page.Width * page.Height);
    }
}
