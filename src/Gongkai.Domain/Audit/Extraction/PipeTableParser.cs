using Gongkai.Domain.AnnualReports;

namespace Gongkai.Domain.Audit.Extraction;

/// <summary>
/// Finds pipe tables in plain text ("| 三、本年度办理结果 / （一）予以公开 | 12 | 0 | … |", Markdown style) and turns
/// each run of pipe lines into a grid. Separator lines ("|---|:--:|") are skipped.
/// </summary>
internal static class PipeTableParser
{
    /// <summary>The pipe tables of <paramref name="lines"/>: their grids and the line numbers they cover.</summary>
    public static IReadOnlyList<(IReadOnlyList<GridCell[]> Grid, HashSet<int> LineNumbers)> Find(IReadOnlyList<ReportLine> lines)
    {
        var found = new List<(IReadOnlyList<GridCell[]>, HashSet<int>)>();
        List<GridCell[]>? grid = null;
        HashSet<int>? numbers = null;
        foreach (var line in lines)
        {
            if (line.TableIndex is null && IsPipeLine(line.Original))
            {
                grid ??= [];
                numbers ??= [];
                numbers.Add(line.Number);
                if (Split(line) is { } row)
                {
                    grid.Add(row);
                }

                continue;
            }

            if (line.IsBlank && grid is not null)
            {
                continue;
            }

            if (grid is not null)
            {
                found.Add((grid, numbers!));
                grid = null;
                numbers = null;
            }
        }

        if (grid is not null)
        {
            found.Add((grid, numbers!));
        }

        return found;
    }

    private static bool IsPipeLine(string text)
    {
        var t = text.AsSpan().Trim();
        return t.Length >= 2 && t[0] is '|' or '｜' && t[1..].IndexOfAny('|', '｜') >= 0;
    }

    private static GridCell[]? Split(ReportLine line)
    {
        var text = line.Original;
        var cells = new List<GridCell>();
        var start = text.IndexOfAny(['|', '｜']) + 1;
        var allSeparators = true;
        while (start <= text.Length)
        {
            var end = text.IndexOfAny(['|', '｜'], start);
            if (end < 0)
            {
                var rest = text[start..].Trim();
                if (rest.Length > 0)
                {
                    cells.Add(Cell(line, text, start, text.Length, ref allSeparators));
                }

                break;
            }

            cells.Add(Cell(line, text, start, end, ref allSeparators));
            start = end + 1;
        }

        return allSeparators || cells.Count == 0 ? null : cells.ToArray();
    }

    private static GridCell Cell(ReportLine line, string text, int start, int end, ref bool allSeparators)
    {
        var raw = text[start..end];
        var trimmed = raw.Trim();
        var at = trimmed.Length == 0 ? start : start + raw.IndexOf(trimmed, StringComparison.Ordinal);
        if (trimmed.Length == 0 || trimmed.Trim(':', '-', ' ').Length > 0)
        {
            allSeparators = false;
        }

        return new GridCell(trimmed, new SourceLocation(Math.Max(1, line.Source.Line), line.Source.Offset + at, trimmed, line.Source.Page));
    }
}
