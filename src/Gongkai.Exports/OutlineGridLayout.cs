using Gongkai.Domain.AnnualReports;

namespace Gongkai.Exports;

/// <summary>
/// The 政府信息公开情况统计表 as 国办发〔2014〕32号 prints it: columns "统计指标 | 单位 | 统计数", one grid row per row
/// label in reading order. A heading that carries no number ("一、主动公开情况") gets its own row with an empty unit
/// and value; every row header shows only its own label, indented by its depth (<see cref="GridCell.Level"/>).
/// </summary>
internal static class OutlineGridLayout
{
    /// <summary>Header of the label column.</summary>
    public const string LabelHeader = "统计指标";

    /// <summary>Header of the unit column.</summary>
    public const string UnitHeader = "单位";

    public static ReportTableGrid Build(ReportTable table, Func<CellDefinition, decimal?> valueOf)
    {
        var columns = table.Columns;
        var cells = new List<GridCell>
        {
            new(0, 0, 1, 1, GridCellKind.ColumnHeader, LabelHeader),
            new(0, 1, 1, 1, GridCellKind.ColumnHeader, UnitHeader),
        };
        var columnHeaders = columns
            .Select((c, j) => new GridCell(0, 2 + j, 1, 1, GridCellKind.ColumnHeader, string.Join(" / ", c)))
            .ToArray();
        cells.AddRange(columnHeaders);

        var dataRows = table.Rows.Select(r => LabelKey.Of(r)).ToHashSet();
        var printed = new Dictionary<LabelKey, GridCell>();
        var gridRow = 1;
        foreach (var row in table.Rows)
        {
            for (var depth = 1; depth <= row.Count; depth++)
            {
                var prefix = LabelKey.Of(row.Take(depth));
                if (printed.ContainsKey(prefix) || (depth < row.Count && dataRows.Contains(prefix)))
                {
                    continue;
                }

                var header = new GridCell(gridRow, 0, 1, 1, GridCellKind.RowHeader, row[depth - 1]) { Level = depth - 1 };
                printed[prefix] = header;
                cells.Add(header);
                var ancestors = Enumerable.Range(1, depth).Select(n => printed[LabelKey.Of(row.Take(n))]).ToArray();
                var isData = depth == row.Count;
                var definitions = columns.Select(c => isData ? table.Find(row, c) : null).ToArray();
                cells.Add(new GridCell(gridRow, 1, 1, 1, GridCellKind.Unit, definitions.FirstOrDefault(d => d?.Unit is not null)?.Unit ?? string.Empty)
                {
                    Headers = isData ? ancestors : [],
                });
                for (var j = 0; j < columns.Count; j++)
                {
                    var definition = definitions[j];
                    var value = definition is null ? null : valueOf(definition);
                    cells.Add(new GridCell(gridRow, 2 + j, 1, 1, GridCellKind.Data, definition is null ? string.Empty : PrintedValue.Of(value))
                    {
                        Definition = definition,
                        Value = value,
                        Headers = definition is null ? [] : [.. ancestors, columnHeaders[j]],
                    });
                }

                gridRow++;
            }
        }

        return new ReportTableGrid(table, ReportTableShape.Outline, gridRow, 2 + columns.Count, 1, 1, cells);
    }
}
