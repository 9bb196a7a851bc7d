using UglyToad.PdfPig.Core;

namespace Gongkai.Documents.Pdf;

/// <summary>
/// Turns a page's coordinates (as PdfPig reports them: page rotation applied, y up) into reading coordinates (x along
/// the text, y down the page). The direction is the one most characters are written in, so a table printed sideways
/// on a portrait page, or a page whose /Rotate leaves its text sideways, is read like an upright page.
/// </summary>
internal readonly record struct ReadingFrame(ReadingDirection Direction, double PageWidth, double PageHeight)
{
    /// <summary>Width of the page as read.</summary>
    public double Width => Direction is ReadingDirection.Right or ReadingDirection.Left ? PageWidth : PageHeight;

    /// <summary>Height of the page as read.</summary>
    public double Height => Direction is ReadingDirection.Right or ReadingDirection.Left ? PageHeight : PageWidth;

    public (double X, double Y) Map(PdfPoint p) => Map(p.X, p.Y);

    public (double X, double Y) Map(double x, double y) => Direction switch
    {
        ReadingDirection.Up => (y, x),
        ReadingDirection.Left => (PageWidth - x, y),
        ReadingDirection.Down => (PageHeight - y, PageWidth - x),
        _ => (x, PageHeight - y),
    };

    /// <summary>The page coordinates of the reading-frame point (<paramref name="x"/>, <paramref name="y"/>).</summary>
    public (double X, double Y) Unmap(double x, double y) => Direction switch
    {
        ReadingDirection.Up => (y, x),
        ReadingDirection.Left => (PageWidth - x, y),
        ReadingDirection.Down => (PageWidth - y, PageHeight - x),
        _ => (x, PageHeight - y),
    };

    /// <summary>A reading-frame rectangle in page coordinates.</summary>
    public UserBox ToUser(PdfRect rect)
    {
        var (ax, ay) = Unmap(rect.Left, rect.Top);
        var (bx, by) = Unmap(rect.Right, rect.Bottom);
        return new UserBox(Math.Min(ax, bx), Math.Min(ay, by), Math.Abs(bx - ax), Math.Abs(by - ay));
    }

    /// <summary>The direction of a baseline from <paramref name="start"/> to <paramref name="end"/>, or null when it has no length.</summary>
    public static ReadingDirection? DirectionOf(PdfPoint start, PdfPoint end)
    {
        var dx = end.X - start.X;
        var dy = end.Y - start.Y;
        if (Math.Abs(dx) < 1e-3 && Math.Abs(dy) < 1e-3)
        {
            return null;
        }

        if (Math.Abs(dx) >= Math.Abs(dy))
        {
            return dx > 0 ? ReadingDirection.Right : ReadingDirection.Left;
        }

        return dy > 0 ? ReadingDirection.Up : ReadingDirection.Down;
    }
}

/// <summary>Which way a page's text runs, as displayed.</summary>
internal enum ReadingDirection
{
    Right,
    Up,
    Left,
    Down,
}
