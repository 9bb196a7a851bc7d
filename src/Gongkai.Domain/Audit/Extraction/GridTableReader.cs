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
        (int Column, IReadOnlyList<string> Group)[] subtotalColumns = [];
        var lastWasData = false;
        RowNode? lastData = null;
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
                subtotalColumns = table.Id == Table3Labels.TableId ? SubtotalColumns(header, map, table) : [];
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
            RowNode? matched = null;
            if (labels.Count == 0 && rows.HasUnlabelledRow)
            {
                rowPath = [];
            }
            else if ((matched = rows.Match(labels)) is { IsData: true } node)
            {
                rowPath = node.Path;
                lastData = node;
            }
            else if (values.Count > 0 && table.Id == Table3Labels.TableId && Subtotal(labels, matched, lastData, rows) is { } subtotal)
            {
                // "（三）不予公开 / 小计", "合计", or the group's own heading printed with figures
                sink.AddSubtotal(table, subtotal.Group, values, subtotal.Doubt);
                continue;
            }
            else if (rows.HasUnlabelledRow && values.Count > 0)
            {
                rowPath = []; // table 四: whatever stands left of the values is not a row label
            }

            if (rowPath is not null && values.Count > 0)
            {
                foreach (var (c, group) in subtotalColumns.Where(s => s.Column < row.Length && row[s.Column].IsOrigin && rowPath.Count > 0))
                {
                    sink.AddColumnSubtotal(table, rowPath, group, new PrintedValue(figures[c], row[c].Location));
                }

                added += sink.AddRow(table, rowPath, values);
            }
        }

        return added;
    }

    /// <summary>
    /// The group a row of figures that is no data row subtotals: a group heading of the layout printed with figures
    /// ("（三）不予公开 | 3 | …"), a subtotal word under a named group ("（三）不予公开 / 小计"), or a bare "小计"/"合计"
    /// after the group's rows — then the group of the data row above, which is a guess the doubt says.
    /// </summary>
    internal static (IReadOnlyList<string> Group, string? Doubt)? Subtotal(List<string> labels, RowNode? matched, RowNode? lastData, TableRowMatcher rows)
    {
        if (labels.Count == 0)
        {
            return null;
        }

        var leaf = labels[^1].Replace(" ", string.Empty, StringComparison.Ordinal).Replace("\u3000", string.Empty, StringComparison.Ordinal);
        var isSubtotalWord = leaf is "小计" or "合计" or "计" || leaf.EndsWith("小计", StringComparison.Ordinal) || leaf.EndsWith("合计", StringComparison.Ordinal);
        if (!isSubtotalWord)
        {
            // a group heading with figures of its own: only a heading that has data rows under it
            return matched is { IsData: false } heading && heading.Path.Count > 1 ? (heading.Path, null) : null;
        }

        // the group named before the word: "（三）不予公开 / 小计", "（三）不予公开小计", "不予公开合计"
        var named = labels.Take(labels.Count - 1).ToList();
        var stem = leaf[..^(leaf.EndsWith("计", StringComparison.Ordinal) && leaf.Length >= 2 && leaf[^2] is '小' or '合' ? 2 : 1)];
        if (stem.Length > 0)
        {
            named.Add(stem);
        }

        if (named.Count > 0 && rows.Match(named, advance: false) is { IsData: false } group && group.Path.Count > 1)
        {
            return (group.Path, null);
        }

        if (lastData is { Path.Count: > 2 })
        {
            var parent = lastData.Path.Take(lastData.Path.Count - 1).ToArray();
            return (parent, $"“{labels[^1]}”未写明所属项，按上一行所属的“{parent[^1]}”核对");
        }

        return null;
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

    /// <summary>
    /// Grid columns no official column took whose header is a subtotal word under a parent of the layout
    /// ("法人或其他组织 / 小计" — 商业企业+科研机构+社会公益组织+法律服务机构+其他): each with the column group it adds up.
    /// </summary>
    private static (int Column, IReadOnlyList<string> Group)[] SubtotalColumns(List<string>[] header, ColumnRef?[] map, ReportTable table)
    {
        var found = new List<(int, IReadOnlyList<string>)>();
        for (var c = 0; c < header.Length; c++)
        {
            if (map[c] is not null || header[c].Count < 2 || !CellCollector.IsSubtotalWord(LooseLabel.Of(header[c][^1])))
            {
                continue;
            }

            var parent = LooseLabel.Of(header[c][^2]);
            if (table.Columns.FirstOrDefault(p => p.Count >= 3 && LooseLabel.Similar(LooseLabel.Of(p[^2]), parent)) is { } member)
            {
                found.Add((c, member.Take(member.Count - 1).ToArray()));
            }
        }

        return [.. found];
    }

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
