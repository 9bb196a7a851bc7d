using System.Text.RegularExpressions;

namespace Gongkai.Documents.Pdf;

/// <summary>
/// Finds tables printed without ruling lines (stream, as Tabula's basic mode does it): a run of at least three lines
/// that each print a label and, after a wide gap, figures. The columns are the bands where the figures of those lines
/// stand (overlapping word ranges merged); header lines just above the run with words only become header rows, their
/// words placed in the bands they cover; a label wrapped onto a line of its own is joined to the row above.
/// </summary>
internal static partial class StreamTableFinder
{
    /// <summary>A gap wider than this many character sizes separates two cells.</summary>
    private const double CellGap = 1.5;

    public static List<PdfTable> Find(PdfPageContent page, List<PdfLine> lines)
    {
        var tables = new List<PdfTable>();
        var i = 0;
        while (i < lines.Count)
        {
            if (!IsDataLine(lines[i]))
            {
                i++;
                continue;
            }

            var end = i;
            var dataLines = 1;
            while (end + 1 < lines.Count && lines[end + 1].Top - lines[end].Bottom < lines[end].Size * 2.5
                && (IsDataLine(lines[end + 1]) || (IsLabelOnly(lines[end + 1]) && end + 2 < lines.Count && IsDataLine(lines[end + 2]))))
            {
                end++;
                if (IsDataLine(lines[end]))
                {
                    dataLines++;
                }
            }

            if (dataLines < 3)
            {
                i = end + 1;
                continue;
            }

            var start = i;
            while (start > 0 && i - start < 4 && lines[start].Top - lines[start - 1].Bottom < lines[start].Size * 2.5
                && lines[start - 1].Chunks(CellGap).Count >= 2 && !lines[start - 1].Chunks(CellGap).Any(c => IsFigure(c.Glyphs)))
            {
                start--;
            }

            var table = Build(page, lines.GetRange(start, end - start + 1), i - start);
            if (table is not null)
            {
                tables.Add(table);
                lines.RemoveRange(start, end - start + 1);
                i = start;
            }
            else
            {
                i = end + 1;
            }
        }

        return tables;
    }

    private static PdfTable? Build(PdfPageContent page, List<PdfLine> lines, int headerCount)
    {
        // bands: where the data lines print, overlapping ranges merged
        var ranges = lines.Skip(headerCount).Where(IsDataLine).SelectMany(l => l.Chunks(CellGap).Select(c => (c.Left, c.Right))).OrderBy(r => r.Left).ToList();
        var bands = new List<(double Left, double Right)>();
        foreach (var r in ranges)
        {
            if (bands.Count > 0 && r.Left <= bands[^1].Right + 2)
            {
                bands[^1] = (bands[^1].Left, Math.Max(bands[^1].Right, r.Right));
            }
            else
            {
                bands.Add(r);
            }
        }

        if (bands.Count < 2)
        {
            return null;
        }

        // band edges half-way between bands, so that every cell of a column has the same edges
        var edges = new List<double> { bands[0].Left };
        for (var b = 1; b < bands.Count; b++)
        {
            edges.Add((bands[b - 1].Right + bands[b].Left) / 2);
        }

        edges.Add(bands[^1].Right);
        var cells = new List<PdfTableCell>();
        PdfTableCell? lastLabel = null;
        for (var l = 0; l < lines.Count; l++)
        {
            var line = lines[l];
            var top = line.Top;
            var bottom = l + 1 < lines.Count ? lines[l + 1].Top : line.Bottom;
            if (l >= headerCount && IsLabelOnly(line) && lastLabel is not null)
            {
                lastLabel.Glyphs.AddRange(line.Glyphs);
                lastLabel.Invalidate();
                continue;
            }

            foreach (var chunk in line.Chunks(CellGap))
            {
                var first = Band(edges, chunk.Left + 0.1);
                var last = Band(edges, chunk.Right - 0.1);
                var cell = new PdfTableCell(new PdfRect(edges[first], top, edges[last + 1], bottom), page.Number, chunk.Glyphs)
                {
                    Box = chunk.Glyphs.Skip(1).Aggregate(chunk.Glyphs[0].UserBox, (b, g) => b.Union(g.UserBox)),
                };
                cells.Add(cell);
                if (first == 0)
                {
                    lastLabel = cell;
                }
            }
        }

        // rows end where the next row starts: a label joined from the next line keeps the row's height
        var table = new PdfTable(cells, page.Number, new PdfRect(edges[0], lines[0].Top, edges[^1], lines[^1].Bottom), ruled: false);
        table.BuildGrid();
        return table;
    }

    private static int Band(List<double> edges, double x)
    {
        for (var b = 0; b < edges.Count - 2; b++)
        {
            if (x < edges[b + 1])
            {
                return b;
            }
        }

        return edges.Count - 2;
    }

    private static bool IsDataLine(PdfLine line)
    {
        var chunks = line.Chunks(CellGap);
        return chunks.Count >= 2 && chunks.Skip(1).Any(c => IsFigure(c.Glyphs)) && line.Glyphs.Count < 400;
    }

    private static bool IsLabelOnly(PdfLine line)
    {
        var chunks = line.Chunks(CellGap);
        return chunks.Count == 1 && !IsFigure(chunks[0].Glyphs);
    }

    private static bool IsFigure(List<PdfGlyph> glyphs) => Figure().IsMatch(PdfText.Join(glyphs));

    [GeneratedRegex(@"^\s*(?:[-−+]?\d[\d,，.]*(?:\s*(?:万?件|万?条|次|个|人|万?元|%|％))?|/|—|－|-|无)\s*$")]
    private static partial Regex Figure();
}
