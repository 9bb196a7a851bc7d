using Gongkai.Domain.AnnualReports;

namespace Gongkai.Exports;

/// <summary>
/// Tables 三 and 四 as the official forms print them: column header rows built from the column paths (a group label
/// spans its columns; a leaf above the deepest level spans down to the data), row header columns built from the row
/// paths (a group label spans its rows; a leaf above the deepest level spans right), and a corner cell with the note.
/// </summary>
internal static class MatrixGridLayout
{
    public static ReportTableGrid Build(ReportTable table, Func<CellDefinition, decimal?> valueOf)
    {
        var rows = table.Rows;
        var columns = table.Columns;
        var rowDepth = rows.Count == 0 ? 0 : rows.Max(r => r.Count);
        var columnDepth = columns.Count == 0 ? 0 : columns.Max(c => c.Count);
        var cells = new List<GridCell>();

        if (rowDepth > 0 && columnDepth > 0)
        {
            cells.Add(new GridCell(0, 0, columnDepth, rowDepth, GridCellKind.Corner, table.Note ?? string.Empty));
        }

        var columnHeaders = Headers(columns, columnDepth, (level, index, span, fill, label) =>
            new GridCell(level, rowDepth + index, fill, span, GridCellKind.ColumnHeader, label));
        var rowHeaders = Headers(rows, rowDepth, (level, index, span, fill, label) =>
            new GridCell(columnDepth + index, level, span, fill, GridCellKind.RowHeader, label));
        cells.AddRange(columnHeaders);
        cells.AddRange(rowHeaders);

        for (var i = 0; i < rows.Count; i++)
        {
            var gridRow = columnDepth + i;
            var rowHeads = rowHeaders.Where(h => h.Covers(gridRow, h.Column)).OrderBy(h => h.Column);
            for (var j = 0; j < columns.Count; j++)
            {
                var gridColumn = rowDepth + j;
                var definition = table.Find(rows[i], columns[j]);
                var value = definition is null ? null : valueOf(definition);
                cells.Add(new GridCell(gridRow, gridColumn, 1, 1, GridCellKind.Data, definition is null ? string.Empty : PrintedValue.Of(value))
                {
                    Definition = definition,
                    Value = value,
                    Headers = definition is null
                        ? []
                        : [.. rowHeads, .. columnHeaders.Where(h => h.Covers(h.Row, gridColumn)).OrderBy(h => h.Row)],
                });
            }
        }

        return new ReportTableGrid(table, ReportTableShape.Matrix, columnDepth + rows.Count, rowDepth + columns.Count,
            columnDepth, rowDepth, cells);
    }

    /// <summary>
    /// The header cells of a list of paths: at each level, consecutive paths sharing the prefix down to that level
    /// form one cell spanning them; a path ending above the deepest level fills the remaining levels.
    /// </summary>
    private static List<GridCell> Headers(
        IReadOnlyList<IReadOnlyList<string>> paths, int depth, Func<int, int, int, int, string, GridCell> make)
    {
        var headers = new List<GridCell>();
        for (var level = 0; level < depth; level++)
        {
            var index = 0;
            while (index < paths.Count)
            {
                if (paths[index].Count <= level)
                {
                    index++;
                    continue;
                }

                var span = 1;
                while (index + span < paths.Count && SamePrefix(paths[index], paths[index + span], level + 1))
                {
                    span++;
                }

                var isLeaf = Enumerable.Range(index, span).All(k => paths[k].Count == level + 1);
                headers.Add(make(level, index, span, isLeaf ? depth - level : 1, paths[index][level]));
                index += span;
            }
        }

        return headers;
    }

    private static bool SamePrefix(IReadOnlyList<string> a, IReadOnlyList<string> b, int length) =>
        a.Count >= length && b.Count >= length && LabelKey.Of(a.Take(length)) == LabelKey.Of(b.Take(length));
}
