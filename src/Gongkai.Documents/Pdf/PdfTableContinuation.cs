using System.Text.RegularExpressions;

namespace Gongkai.Documents.Pdf;

/// <summary>
/// Joins a table that continues on the next page to its first part: the second part's columns line up with the
/// first's, and nothing but page furniture stands between them. Header rows repeated at the top of the second part
/// (Word's "repeat as header row", a browser's repeated &lt;thead&gt;) are dropped, and a row label cut by the page
/// break (a merged cell whose lower part is printed empty on the next page) is one cell again.
/// </summary>
internal static partial class PdfTableContinuation
{
    private const double Tolerance = 3;

    /// <summary>Whether <paramref name="next"/> continues <paramref name="first"/>.</summary>
    public static bool Continues(PdfTable first, PdfTable next)
    {
        if (next.Page != first.LastPage + 1 || first.Ruled != next.Ruled)
        {
            return false;
        }

        if (Math.Abs(first.LastBounds.Left - next.Bounds.Left) > Tolerance || Math.Abs(first.LastBounds.Right - next.Bounds.Right) > Tolerance)
        {
            return false;
        }

        var matching = next.ColumnEdges.Count(x => first.ColumnEdges.Any(e => Math.Abs(e - x) <= Tolerance));
        return matching >= Math.Min(first.ColumnEdges.Count, next.ColumnEdges.Count) * 0.7;
    }

    /// <summary>Appends <paramref name="next"/> to <paramref name="first"/>.</summary>
    public static void Join(PdfTable first, PdfTable next)
    {
        DropRepeatedHeader(first, next);
        if (next.Cells.Count == 0)
        {
            first.LastPage = next.Page;
            first.LastBounds = next.Bounds;
            return;
        }

        JoinSplitRow(first, next);
        if (next.Cells.Count == 0)
        {
            first.LastPage = next.Page;
            first.LastBounds = next.Bounds;
            return;
        }

        var bottom = first.Cells.Max(c => c.Rect.Bottom);
        var offset = bottom - next.Cells.Min(c => c.Rect.Top);
        foreach (var cell in next.Cells)
        {
            cell.Rect = cell.Rect with { Top = cell.Rect.Top + offset, Bottom = cell.Rect.Bottom + offset };
        }

        var numeric = first.Cells.Concat(next.Cells).Where(c => IsNumber(c.Text)).Select(c => c.Rect.Left).DefaultIfEmpty(double.MaxValue).Min();
        var top = next.Cells.Min(c => c.Rect.Top);
        foreach (var cell in next.Cells.Where(c => Math.Abs(c.Rect.Top - top) <= Tolerance && c.Text.Length == 0 && c.Rect.Right <= numeric + Tolerance).ToList())
        {
            var above = first.Cells.FirstOrDefault(a => Math.Abs(a.Rect.Bottom - bottom) <= Tolerance && a.Text.Length > 0
                && Math.Abs(a.Rect.Left - cell.Rect.Left) <= Tolerance && Math.Abs(a.Rect.Right - cell.Rect.Right) <= Tolerance);
            if (above is not null)
            {
                above.Rect = above.Rect with { Bottom = cell.Rect.Bottom };
                next.Cells.Remove(cell);
            }
        }

        first.Cells.AddRange(next.Cells);
        first.LastPage = next.Page;
        first.LastBounds = next.Bounds;
        first.BuildGrid();
    }

    /// <summary>
    /// The rows at the top of <paramref name="next"/> before its first row of figures, when they repeat the first part's
    /// header (most of their texts are part of it — a repeat may cut a merged header cell short), are dropped; what in
    /// them is not header is the rest of a row the page break cut (Word and LibreOffice let a row break across pages)
    /// and goes back to the label cell of the first part's last row it stands under.
    /// </summary>
    private static void DropRepeatedHeader(PdfTable first, PdfTable next)
    {
        var header = string.Concat(first.Rows().TakeWhile(r => !r.Any(c => IsNumber(c.Text))).SelectMany(r => r).Select(c => Compact(c.Text)));
        var rows = next.Rows().ToList();
        var data = rows.FindIndex(r => r.Any(c => IsNumber(c.Text)));
        if (header.Length == 0 || data <= 0)
        {
            return;
        }

        var leading = rows.Take(data).SelectMany(r => r).Where(c => c.Text.Length > 0).ToList();
        var repeated = leading.Count(c => header.Contains(Compact(c.Text), StringComparison.Ordinal));
        if (leading.Count > 0 && repeated * 2 < leading.Count)
        {
            return; // a header of its own (table 二's next item), not a repeat
        }

        var numeric = first.Cells.Where(c => IsNumber(c.Text)).Select(c => c.Rect.Left).DefaultIfEmpty(double.MaxValue).Min();
        var bottom = first.Cells.Max(c => c.Rect.Bottom);
        foreach (var rest in leading.Where(c => !header.Contains(Compact(c.Text), StringComparison.Ordinal) && c.Rect.Right <= numeric + Tolerance))
        {
            var centre = (rest.Rect.Left + rest.Rect.Right) / 2;
            var label = first.Cells.Where(c => Math.Abs(c.Rect.Bottom - bottom) <= Tolerance && c.Rect.Left <= centre && c.Rect.Right >= centre && c.Text.Length > 0)
                .OrderBy(c => c.Rect.Width).FirstOrDefault();
            if (label is not null)
            {
                label.Glyphs.AddRange(rest.Glyphs.Select(g => g with { Baseline = g.Baseline + 10_000 }));
                label.Invalidate();
            }
        }

        next.Cells.RemoveAll(c => c.Row0 < data);
        next.BuildGrid();
    }

    /// <summary>
    /// A row the page break cut in two (Word and LibreOffice let rows break across pages: "23" at the foot of one page,
    /// "304" at the head of the next): the continuation's first row prints figures under the figures of the first
    /// part's last row and no label of its own. Its texts go back into the cells above.
    /// </summary>
    private static void JoinSplitRow(PdfTable first, PdfTable next)
    {
        var numeric = first.Cells.Where(c => IsNumber(c.Text)).Select(c => c.Rect.Left).DefaultIfEmpty(double.MaxValue).Min();
        var bottom = first.Cells.Max(c => c.Rect.Bottom);
        var last = first.Cells.Where(c => Math.Abs(c.Rect.Bottom - bottom) <= Tolerance).ToList();
        var row = next.Cells.Where(c => c.Row0 == 0).ToList();
        if (row.Count == 0 || !row.Any(c => IsNumber(c.Text)) || !last.Any(c => IsNumber(c.Text))
            || row.Any(c => c.Text.Length > 0 && !IsNumber(c.Text)) || row.Any(c => c.Text.Length > 0 && c.Rect.Right <= numeric + Tolerance))
        {
            return;
        }

        var targets = new List<(PdfTableCell Piece, PdfTableCell Above)>();
        foreach (var rest in row.Where(c => c.Text.Length > 0))
        {
            var centre = (rest.Rect.Left + rest.Rect.Right) / 2;
            var above = last.FirstOrDefault(c => c.Rect.Left <= centre && c.Rect.Right >= centre && IsNumber(c.Text));
            if (above is null)
            {
                return; // not the rest of the row above
            }

            targets.Add((rest, above));
        }

        foreach (var (piece, above) in targets)
        {
            above.Glyphs.AddRange(piece.Glyphs.Select(g => g with { Baseline = g.Baseline + 10_000 }));
            above.Invalidate();
        }

        next.Cells.RemoveAll(c => c.Row0 == 0);
        next.BuildGrid();
    }

    private static string Compact(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    public static bool IsNumber(string text) => Number().IsMatch(text);

    [GeneratedRegex(@"^\s*[-−+]?\d[\d,，.]*\s*$")]
    private static partial Regex Number();
}
