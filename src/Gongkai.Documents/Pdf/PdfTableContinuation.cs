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

    private static void DropRepeatedHeader(PdfTable first, PdfTable next)
    {
        var header = first.Rows().TakeWhile(r => r.Count > 0 && !r.Any(c => IsNumber(c.Text))).Select(Signature).ToList();
        if (header.Count == 0)
        {
            return;
        }

        var rows = next.Rows().ToList();
        var drop = 0;
        while (drop < rows.Count && drop < header.Count && rows[drop].Count > 0 && header.Contains(Signature(rows[drop])))
        {
            drop++;
        }

        if (drop == 0)
        {
            return;
        }

        next.Cells.RemoveAll(c => c.Row0 < drop);
        next.BuildGrid();
    }

    private static string Signature(List<PdfTableCell> row) => string.Join("|", row.Select(c => c.Text));

    public static bool IsNumber(string text) => Number().IsMatch(text);

    [GeneratedRegex(@"^\s*[-−+]?\d[\d,，.]*\s*$")]
    private static partial Regex Number();
}
