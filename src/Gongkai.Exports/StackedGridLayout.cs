using Gongkai.Domain.AnnualReports;

namespace Gongkai.Exports;

/// <summary>
/// Table 二 as the official forms print it: for each sub-table (the first label of the row paths,
/// "第二十条第（X）项") a title row spanning the whole width, a header row "信息内容 | column …", then one row per
/// 信息内容 label. The grid is as wide as the widest sub-table; a narrower block widens its last column.
/// </summary>
internal static class StackedGridLayout
{
    /// <summary>The header of the label column of every sub-table.</summary>
    public const string LabelHeader = "信息内容";

    public static ReportTableGrid Build(ReportTable table, Func<CellDefinition, decimal?> valueOf)
    {
        var blocks = new List<(string Title, List<IReadOnlyList<string>> Rows, List<IReadOnlyList<string>> Columns)>();
        foreach (var row in table.Rows)
        {
            var title = row.Count > 1 ? row[0] : string.Empty;
            if (blocks.Count == 0 || LabelKey.Of(blocks[^1].Title) != LabelKey.Of(title))
            {
                blocks.Add((title, [], []));
            }

            blocks[^1].Rows.Add(row);
        }

        foreach (var block in blocks)
        {
            var seen = new HashSet<LabelKey>();
            foreach (var cell in table.Cells.Where(c => block.Rows.Any(r => LabelKey.Of(r) == LabelKey.Of(c.RowPath))))
            {
                if (seen.Add(LabelKey.Of(cell.ColumnPath)))
                {
                    block.Columns.Add(cell.ColumnPath);
                }
            }
        }

        var width = 1 + (blocks.Count == 0 ? 1 : blocks.Max(b => b.Columns.Count));
        var cells = new List<GridCell>();
        var gridRow = 0;
        foreach (var (title, rows, columns) in blocks)
        {
            GridCell? titleCell = null;
            if (title.Length > 0)
            {
                titleCell = new GridCell(gridRow++, 0, 1, width, GridCellKind.Title, title);
                cells.Add(titleCell);
            }

            var headerRow = gridRow++;
            cells.Add(new GridCell(headerRow, 0, 1, 1, GridCellKind.ColumnHeader, LabelHeader));
            var columnHeaders = columns
                .Select((c, j) => new GridCell(headerRow, 1 + j, 1, SpanOf(j, columns.Count, width), GridCellKind.ColumnHeader, string.Join(" / ", c)))
                .ToArray();
            cells.AddRange(columnHeaders);

            foreach (var row in rows)
            {
                var rowHeader = new GridCell(gridRow, 0, 1, 1, GridCellKind.RowHeader, row[^1]);
                cells.Add(rowHeader);
                for (var j = 0; j < columns.Count; j++)
                {
                    var definition = table.Find(row, columns[j]);
                    var value = definition is null ? null : valueOf(definition);
                    cells.Add(new GridCell(gridRow, 1 + j, 1, SpanOf(j, columns.Count, width), GridCellKind.Data,
                        definition is null ? string.Empty : PrintedValue.Of(value))
                    {
                        Definition = definition,
                        Value = value,
                        Headers = definition is null ? [] : [.. titleCell is null ? Array.Empty<GridCell>() : [titleCell], rowHeader, columnHeaders[j]],
                    });
                }

                gridRow++;
            }
        }

        return new ReportTableGrid(table, ReportTableShape.Stacked, gridRow, width, 0, 1, cells);
    }

    private static int SpanOf(int index, int count, int width) => index == count - 1 ? width - 1 - index : 1;
}
