using System.Globalization;
using System.Net;
using System.Text;
using Gongkai.Domain.AnnualReports;

namespace Gongkai.Domain.Tests.Audit.Extraction;

/// <summary>A printed cell of a rendered table: its text and how many rows and columns it covers.</summary>
internal sealed record RenderedCell(string Text, int RowSpan = 1, int ColumnSpan = 1, bool IsHeader = false);

/// <summary>
/// Renders the tables of a <see cref="ReportLayout"/> the way Gongkai publishes them, for round-trip tests: grids laid
/// out like the official tables (merged headers, row labels merged down, labels exactly as in the layout) and plain
/// text pipe tables (first cell = the row path joined by " / ", header rows for the column paths).
/// </summary>
internal static class LayoutTableRendering
{
    /// <summary>Random but valid values for every table cell of <paramref name="format"/> (some blank).</summary>
    public static IReadOnlyList<ReportCell> RandomCells(ReportFormat format, Random random) =>
        ReportLayout.For(format).Tables.Where(t => t.Id != NarrativeFigures.TableId).SelectMany(t => t.Cells)
            .Select(d => new ReportCell(d.Address, random.Next(10) == 0
                ? null
                : d.Kind switch
                {
                    CellValueKind.SignedCount => random.Next(-300, 300),
                    CellValueKind.Amount => Math.Round((decimal)random.NextDouble() * 5000m, random.Next(0, 5)),
                    _ => random.Next(0, 100_000),
                }))
            .ToArray();

    public static string Text(decimal? value) => value is { } v ? v.ToString("0.####", CultureInfo.InvariantCulture) : string.Empty;

    /// <summary>The grid of one table, as rows of printed cells (covered slots omitted, as HTML writes them).</summary>
    public static List<List<RenderedCell>> Grid(ReportTable table, IReadOnlyDictionary<CellAddress, decimal?> values)
    {
        if (table.Id == Table2Labels.TableId)
        {
            return Table2Grid(table, values);
        }

        var rows = new List<List<RenderedCell>>();
        var columns = table.Columns;
        var depth = columns.Max(c => c.Count);
        var labelWidth = table.Rows.Max(r => r.Count);
        for (var level = 0; level < depth; level++)
        {
            var row = new List<RenderedCell>();
            if (level == 0 && labelWidth > 0)
            {
                row.Add(new RenderedCell(table.Note ?? "统计指标", depth, labelWidth, true));
            }

            for (var j = 0; j < columns.Count;)
            {
                var path = columns[j];
                if (level >= path.Count || (level > 0 && level - 1 < path.Count - 1 && false))
                {
                    j++;
                    continue;
                }

                var span = 1;
                while (j + span < columns.Count && columns[j + span].Count > level && SamePrefix(columns[j + span], path, level + 1))
                {
                    span++;
                }

                var isLast = level == path.Count - 1;
                row.Add(new RenderedCell(path[level], isLast ? depth - level : 1, span, true));
                j += span;
            }

            rows.Add(row);
        }

        for (var r = 0; r < table.Rows.Count; r++)
        {
            var path = table.Rows[r];
            var row = new List<RenderedCell>();
            for (var level = 0; level < path.Count; level++)
            {
                var leaf = level == path.Count - 1;
                if (!leaf && r > 0 && table.Rows[r - 1].Count > level + 1 && SamePrefix(table.Rows[r - 1], path, level + 1))
                {
                    continue; // covered by the cell above
                }

                var span = 1;
                if (!leaf)
                {
                    while (r + span < table.Rows.Count && table.Rows[r + span].Count > level + 1 && SamePrefix(table.Rows[r + span], path, level + 1))
                    {
                        span++;
                    }
                }

                row.Add(new RenderedCell(path[level], span, leaf ? labelWidth - level : 1));
            }

            foreach (var column in columns)
            {
                row.Add(new RenderedCell(Text(values.GetValueOrDefault(new CellAddress(table.Id, path, column)))));
            }

            rows.Add(row);
        }

        return rows;
    }

    private static List<List<RenderedCell>> Table2Grid(ReportTable table, IReadOnlyDictionary<CellAddress, decimal?> values)
    {
        var rows = new List<List<RenderedCell>>();
        var width = 1 + table.Rows.GroupBy(r => r[0]).Max(g => table.Cells.Where(c => c.RowPath[0] == g.Key).Select(c => c.Address.ColumnLeaf).Distinct().Count());
        foreach (var sub in table.Rows.GroupBy(r => r[0]))
        {
            var columns = table.Cells.Where(c => c.RowPath[0] == sub.Key).Select(c => c.ColumnPath).DistinctBy(c => c[0]).ToArray();
            rows.Add([new RenderedCell(sub.Key, 1, width, true)]);
            rows.Add([new RenderedCell("信息内容", IsHeader: true), .. columns.Select(c => new RenderedCell(c[0], IsHeader: true)), .. Enumerable.Repeat(new RenderedCell(string.Empty, IsHeader: true), width - 1 - columns.Length)]);
            foreach (var path in sub)
            {
                rows.Add([new RenderedCell(path[1]), .. columns.Select(c => new RenderedCell(Text(values.GetValueOrDefault(new CellAddress(table.Id, path, c))))), .. Enumerable.Repeat(new RenderedCell(string.Empty), width - 1 - columns.Length)]);
            }
        }

        return rows;
    }

    private static bool SamePrefix(IReadOnlyList<string> a, IReadOnlyList<string> b, int count) =>
        a.Count >= count && b.Count >= count && a.Take(count).SequenceEqual(b.Take(count));

    /// <summary>The report's tables as HTML: &lt;table&gt; with &lt;caption&gt;, &lt;th scope&gt;, rowspan and colspan.</summary>
    public static string Html(ReportFormat format, IReadOnlyList<ReportCell> cells)
    {
        var values = cells.ToDictionary(c => c.Address, c => c.Value);
        var sb = new StringBuilder("<!DOCTYPE html><html><head><title>政府信息公开工作年度报告</title></head><body><div class=\"nav\">首页 &gt; 政务公开</div>");
        foreach (var table in ReportLayout.For(format).Tables.Where(t => t.Id != NarrativeFigures.TableId))
        {
            sb.Append("<h2>").Append(WebUtility.HtmlEncode(table.Title)).Append("</h2><table><caption>").Append(WebUtility.HtmlEncode(table.Title)).Append("</caption>");
            foreach (var row in Grid(table, values))
            {
                sb.Append("<tr>");
                foreach (var cell in row)
                {
                    var tag = cell.IsHeader ? "th scope=\"col\"" : "td";
                    sb.Append('<').Append(tag);
                    if (cell.RowSpan > 1)
                    {
                        sb.Append(" rowspan=\"").Append(cell.RowSpan).Append('"');
                    }

                    if (cell.ColumnSpan > 1)
                    {
                        sb.Append(" colspan=\"").Append(cell.ColumnSpan).Append('"');
                    }

                    sb.Append('>').Append(WebUtility.HtmlEncode(cell.Text)).Append("</").Append(cell.IsHeader ? "th" : "td").Append('>');
                }

                sb.Append("</tr>");
            }

            sb.Append("</table>");
        }

        return sb.Append("<div class=\"share\">分享到：微信 微博</div><script>var x = 1;</script></body></html>").ToString();
    }

    /// <summary>The report's tables as plain-text pipe tables.</summary>
    public static string PipeText(ReportFormat format, IReadOnlyList<ReportCell> cells)
    {
        var values = cells.ToDictionary(c => c.Address, c => c.Value);
        var sb = new StringBuilder("某某市人民政府2020年政府信息公开工作年度报告\n\n");
        foreach (var table in ReportLayout.For(format).Tables.Where(t => t.Id != NarrativeFigures.TableId))
        {
            sb.Append(table.Title).Append("\n\n");
            if (table.Id == Table2Labels.TableId)
            {
                foreach (var sub in table.Rows.GroupBy(r => r[0]))
                {
                    var columns = table.Cells.Where(c => c.RowPath[0] == sub.Key).Select(c => c.ColumnPath).DistinctBy(c => c[0]).ToArray();
                    sb.Append("| ").Append(sub.Key).Append(" / 信息内容 | ").AppendJoin(" | ", columns.Select(c => c[0])).Append(" |\n");
                    sb.Append('|').Append(string.Concat(Enumerable.Repeat("---|", columns.Length + 1))).Append('\n');
                    foreach (var path in sub)
                    {
                        sb.Append("| ").AppendJoin(" / ", path).Append(" | ").AppendJoin(" | ", columns.Select(c => Text(values.GetValueOrDefault(new CellAddress(table.Id, path, c))))).Append(" |\n");
                    }

                    sb.Append('\n');
                }

                continue;
            }

            var depth = table.Columns.Max(c => c.Count);
            for (var level = 0; level < depth; level++)
            {
                sb.Append("| ").Append(level == 0 ? "指标" : string.Empty).Append(" | ")
                    .AppendJoin(" | ", table.Columns.Select(c => c[Math.Min(level, c.Count - 1)])).Append(" |\n");
            }

            sb.Append('|').Append(string.Concat(Enumerable.Repeat("---|", table.Columns.Count + 1))).Append('\n');
            foreach (var path in table.Rows)
            {
                sb.Append("| ").AppendJoin(" / ", path).Append(" | ")
                    .AppendJoin(" | ", table.Columns.Select(c => Text(values.GetValueOrDefault(new CellAddress(table.Id, path, c))))).Append(" |\n");
            }

            sb.Append('\n');
        }

        return sb.ToString();
    }
}
