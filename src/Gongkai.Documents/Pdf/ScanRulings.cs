using StbImageSharp;

namespace Gongkai.Documents.Pdf;

/// <summary>
/// The ruling lines of a scanned table, found in the page picture and erased from it before OCR (issue 14 item 2).
/// Tesseract reads a ruled table as noise — rulings come out as "|", "[", "]" and run into the figures — so, the way
/// Camelot's lattice mode finds lines in an image, long dark runs are taken for rulings: horizontal runs longer than a
/// twelfth of the page width, and vertical runs either longer than a twenty-fifth of it or running from one horizontal
/// ruling to another (a cell border one row high). Strokes of characters are shorter and touch no two rulings. The
/// rulings are erased (painted white) in the picture tesseract reads, and handed to the lattice table finder, so the
/// recognised words are placed in the cells of the ruled grid.
/// </summary>
internal sealed class ScanRulings
{
    /// <summary>Pixels darker than this (0–255 grey) are ink.</summary>
    private const byte Ink = 150;

    private ScanRulings(int width, int height, byte[] cleaned, List<PixelRuling> rulings)
    {
        Width = width;
        Height = height;
        Cleaned = cleaned;
        Rulings = rulings;
    }

    public int Width { get; }

    public int Height { get; }

    /// <summary>The picture in grey, rulings erased.</summary>
    public byte[] Cleaned { get; }

    /// <summary>Rulings in pixels: horizontal at y = Position from x = Start to End, or vertical at x = Position.</summary>
    public List<PixelRuling> Rulings { get; }

    /// <summary>The cleaned picture as a binary PGM (netpbm), which tesseract's image library reads.</summary>
    public byte[] Pgm()
    {
        var header = System.Text.Encoding.ASCII.GetBytes($"P5\n{Width} {Height}\n255\n");
        var bytes = new byte[header.Length + Cleaned.Length];
        header.CopyTo(bytes, 0);
        Cleaned.CopyTo(bytes, header.Length);
        return bytes;
    }

    /// <summary>
    /// Decodes a JPEG or PNG page picture, brings it to the resolution OCR reads best at (<see cref="ScanResolution"/>;
    /// <paramref name="drawnWidthPoints"/> is the width the picture is drawn at on the page, 0 when not known) and
    /// finds its rulings; null when it cannot be decoded or is too large. <see cref="Width"/> and <see cref="Height"/>
    /// are those of the resampled picture.
    /// </summary>
    public static ScanRulings? Find(byte[] image, double drawnWidthPoints = 0, int maxPixels = 40_000_000)
    {
        ImageResult decoded;
        try
        {
            var info = ImageInfo.FromStream(new MemoryStream(image));
            if (info is not { } i || (long)i.Width * i.Height > maxPixels || i.Width < 50 || i.Height < 50)
            {
                return null;
            }

            decoded = ImageResult.FromMemory(image, ColorComponents.Grey);
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or IndexOutOfRangeException or NotSupportedException or IOException)
        {
            return null;
        }

        var dotsPerInch = ScanResolution.DotsPerInch(decoded.Width, drawnWidthPoints);
        var (grey, width, height) = ScanResolution.Normalize(decoded.Data, decoded.Width, decoded.Height, dotsPerInch, maxPixels);
        return Find(grey, width, height);
    }

    /// <summary>Finds and erases the rulings of a grey picture (one byte per pixel, rows top to bottom).</summary>
    public static ScanRulings Find(byte[] grey, int width, int height)
    {
        var pixels = (byte[])grey.Clone();
        var horizontal = Horizontal(pixels, width, height, Math.Max(40, width / 12));
        var vertical = Vertical(pixels, width, height, Math.Max(40, width / 25), Math.Max(8, width / 120), horizontal);
        foreach (var r in horizontal)
        {
            Erase(pixels, width, height, r);
        }

        foreach (var r in vertical)
        {
            Erase(pixels, width, height, r);
        }

        return new ScanRulings(width, height, pixels, [.. horizontal, .. vertical]);
    }

    /// <summary>Runs of ink at least <paramref name="minimum"/> long, row by row; runs on neighbouring rows that overlap are one ruling.</summary>
    private static List<PixelRuling> Horizontal(byte[] p, int width, int height, int minimum)
    {
        var runs = new List<(int Y, int X0, int X1)>();
        for (var y = 0; y < height; y++)
        {
            var row = y * width;
            var start = -1;
            for (var x = 0; x <= width; x++)
            {
                var ink = x < width && p[row + x] < Ink;
                if (ink && start < 0)
                {
                    start = x;
                }
                else if (!ink && start >= 0)
                {
                    if (x - start >= minimum)
                    {
                        runs.Add((y, start, x - 1));
                    }

                    start = -1;
                }
            }
        }

        return Merge(runs, horizontal: true);
    }

    private static List<PixelRuling> Vertical(byte[] p, int width, int height, int minimum, int shortest, List<PixelRuling> horizontal)
    {
        bool Touches(int x, int y) => horizontal.Any(h => Math.Abs(h.Position - y) <= h.Thickness + 3 && x >= h.Start - 3 && x <= h.End + 3);
        var runs = new List<(int X, int Y0, int Y1)>();
        for (var x = 0; x < width; x++)
        {
            var start = -1;
            for (var y = 0; y <= height; y++)
            {
                var ink = y < height && p[(y * width) + x] < Ink;
                if (ink && start < 0)
                {
                    start = y;
                }
                else if (!ink && start >= 0)
                {
                    var length = y - start;
                    if (length >= minimum || (length >= shortest && Touches(x, start) && Touches(x, y - 1)))
                    {
                        runs.Add((x, start, y - 1));
                    }

                    start = -1;
                }
            }
        }

        return Merge(runs, horizontal: false);
    }

    /// <summary>Runs on adjacent rows (columns) that overlap along the line are one ruling a few pixels thick.</summary>
    private static List<PixelRuling> Merge(List<(int At, int From, int To)> runs, bool horizontal)
    {
        var open = new List<(int First, int Last, int From, int To)>();
        var done = new List<(int First, int Last, int From, int To)>();
        foreach (var (at, from, to) in runs.OrderBy(r => r.At))
        {
            var joined = false;
            for (var i = 0; i < open.Count; i++)
            {
                var o = open[i];
                if (at - o.Last <= 1 && from <= o.To && to >= o.From)
                {
                    open[i] = (o.First, at, Math.Min(o.From, from), Math.Max(o.To, to));
                    joined = true;
                    break;
                }
            }

            if (!joined)
            {
                open.Add((at, at, from, to));
            }

            for (var i = open.Count - 1; i >= 0; i--)
            {
                if (at - open[i].Last > 1)
                {
                    done.Add(open[i]);
                    open.RemoveAt(i);
                }
            }
        }

        done.AddRange(open);
        return done.Where(d => d.Last - d.First < 12) // thicker than that is a black area, not a line
            .Select(d => new PixelRuling(horizontal, (d.First + d.Last) / 2.0, d.From, d.To, d.Last - d.First + 1))
            .ToList();
    }

    private static void Erase(byte[] p, int width, int height, PixelRuling r)
    {
        var half = (r.Thickness / 2) + 2;
        for (var along = Math.Max(0, r.Start - 1); along <= r.End + 1; along++)
        {
            for (var across = (int)r.Position - half; across <= (int)Math.Ceiling(r.Position) + half; across++)
            {
                var (x, y) = r.Horizontal ? (along, across) : (across, along);
                if (x >= 0 && x < width && y >= 0 && y < height)
                {
                    p[(y * width) + x] = 255;
                }
            }
        }
    }

    internal readonly record struct PixelRuling(bool Horizontal, double Position, int Start, int End, int Thickness);
}
