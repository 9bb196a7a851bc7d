using Gongkai.Domain.AnnualReports;

namespace Gongkai.Domain.Audit.Extraction;

/// <summary>
/// Reads the cells of a table kept as a grid: HTML &lt;table&gt; (rowspan/colspan expanded), DOCX w:tbl, or a pipe
/// table in plain text. Header rows (no number, printing column labels) give each grid column its column path, top
/// to bottom; a header row after data rows starts a new sub-table (table 二). In a data row the cells left of the
/// value columns are the row label — one cell, several merged cells, or one cell holding the path joined by " / ".
/// </summary>
internal static class GridTableReader
{
    private static readonly HashSet<string> UnitTexts = ["条", "件", "次", "个", "人", "人次", "万元", "元", "项", "单位", "家", "篇"];

    /// <summary>Reads <paramref name="grid"/> as <paramref name="table"/> into <paramref name="sink"/>; returns the cells added.</summary>
    public static int Read(IReadOnlyList<GridCell[]> grid, ReportTable table, CellCollector sink)
    {
        var rows = new TableRowMatcher(table);
        var columns = new TableColumnMatcher(table);
        var width = grid.Count == 0 ? 0 : grid.Max(r => r.Length);
        var header = new List<string>[width];
        for (var c = 0; c < width; c++)
        {
            header[c] = [];
        }

        var map = new ColumnRef?[width];
        var lastWasData = false;
        var added = 0;
        foreach (var row in grid)
        {
            var figures = row.Select(c => FigureParser.Parse(c.Text)).ToArray();
            var numbers = figures.Count(f => f.Kind == FigureKind.Number);
            if (numbers == 0 && IsHeaderRow(row, rows, columns))
            {
                if (lastWasData)
                {
                    foreach (var h in header)
                    {
                        h.Clear();
                    }
                }

                for (var c = 0; c < row.Length; c++)
                {
                    // A header cell may hold the whole column path joined by " / " (Gongkai's text export).
                    foreach (var text in PathParts(row[c].Text))
                    {
                        if (header[c].Count == 0 || header[c][^1] != text)
                        {
                            header[c].Add(text);
                        }
                    }
                }

                map = MapColumns(header, columns, rows);
                lastWasData = false;
                continue;
            }

            lastWasData = true;
            var labels = new List<string>();
            var values = new List<(ColumnRef, PrintedValue)>();
            for (var c = 0; c < row.Length; c++)
            {
                var cell = row[c];
                if (c < map.Length && map[c] is { } column)
                {
                    if (cell.IsOrigin)
                    {
                        var location = column.Doubt is { } doubt ? cell.Location.WithDoubt(ReadingCertainty.LooseLabel, doubt) : cell.Location;
                        values.Add((column, new PrintedValue(figures[c], location)));
                    }

                    continue;
                }

                var text = cell.Text.Trim();
                if (text.Length == 0 || UnitTexts.Contains(text) || figures[c].Kind != FigureKind.Text || (labels.Count > 0 && labels[^1] == text))
                {
                    continue;
                }

                labels.AddRange(text.Split(" / ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            }

            IReadOnlyList<string>? rowPath = null;
            if (labels.Count == 0 && rows.HasUnlabelledRow)
            {
                rowPath = [];
            }
            else if (rows.Match(labels) is { IsData: true } node)
            {
                rowPath = node.Path;
            }
            else if (rows.HasUnlabelledRow && values.Count > 0)
            {
                rowPath = []; // table 四: whatever stands left of the values is not a row label
            }

            if (rowPath is not null && values.Count > 0)
            {
                added += sink.AddRow(table, rowPath, values);
            }
        }

        return added;
    }

    private static bool IsHeaderRow(GridCell[] row, TableRowMatcher rows, TableColumnMatcher columns)
    {
        var texts = row.Select(c => c.Text.Trim()).Where(t => t.Length > 0).Distinct().ToArray();
        var hits = texts.Count(t => columns.IsHeaderLabel(t) || (t.Contains(" / ", StringComparison.Ordinal) && PathParts(t).Any(columns.IsHeaderLabel)));
        if (hits == 0)
        {
            return false;
        }

        if (hits >= 2)
        {
            return true;
        }

        var first = texts[0].Split(" / ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return rows.Match(first, advance: false) is not { IsData: true } && !texts.Skip(1).Any(t => rows.Match([t], advance: false) is { IsData: true });
    }

    private static string[] PathParts(string text) =>
        text.Split(" / ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static ColumnRef?[] MapColumns(List<string>[] header, TableColumnMatcher columns, TableRowMatcher rows)
    {
        var map = new ColumnRef?[header.Length];
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var c = 0; c < header.Length; c++)
        {
            var path = header[c];
            if (path.Count == 0 || !columns.IsLeafLabel(path[^1]))
            {
                continue;
            }

            var leaf = LooseLabel.Of(path[^1]);
            seen.TryGetValue(leaf, out var occurrence);
            seen[leaf] = occurrence + 1;
            map[c] = columns.Match(path, occurrence);
        }

        FillByPosition(map, header, columns, rows.HasUnlabelledRow);
        return map;
    }

    /// <summary>
    /// Header cells whose label matches no column (misread by OCR: "：BT" for 总计, "结果维." for 结果维持) take the
    /// official column their position gives — only where that is certain: between two read columns whose distance in
    /// the grid is their distance in the layout, or before the first / after the last read column when exactly as many
    /// labelled grid columns stand there as official columns remain. Such cells are marked loose-label, so a rule
    /// firing on them warns and never accuses.
    /// </summary>
    private static void FillByPosition(ColumnRef?[] map, List<string>[] header, TableColumnMatcher columns, bool unlabelled)
    {
        var read = Enumerable.Range(0, map.Length).Where(c => map[c] is { Role: ColumnRole.Official, Doubt: null }).ToArray();
        if (read.Length < 2)
        {
            return;
        }

        void Place(int c, int order)
        {
            if (map[c] is null && header[c].Count > 0 && order >= 0 && order < columns.Count)
            {
                var path = columns.PathAt(order);
                map[c] = new ColumnRef(path, ColumnRole.Official, order, $"表头“{string.Join("›", header[c])}”未能识别，按列位置读作“{path[^1]}”");
            }
        }

        for (var k = 0; k + 1 < read.Length; k++)
        {
            var (a, b) = (read[k], read[k + 1]);
            if (b - a > 1 && b - a == map[b]!.Order - map[a]!.Order)
            {
                for (var c = a + 1; c < b; c++)
                {
                    Place(c, map[a]!.Order + (c - a));
                }
            }
        }

        var last = read[^1];
        var after = Enumerable.Range(last + 1, map.Length - last - 1).TakeWhile(c => header[c].Count > 0 && map[c] is null).ToArray();
        if (after.Length > 0 && after.Length == columns.Count - 1 - map[last]!.Order && last + after.Length == map.Length - 1)
        {
            foreach (var c in after)
            {
                Place(c, map[last]!.Order + (c - last));
            }
        }

        var first = read[0];
        if (unlabelled && first == map[first]!.Order && Enumerable.Range(0, first).All(c => header[c].Count > 0 && map[c] is null))
        {
            for (var c = 0; c < first; c++)
            {
                Place(c, c);
            }
        }
    }
}
