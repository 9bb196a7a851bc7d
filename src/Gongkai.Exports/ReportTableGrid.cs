using Gongkai.Domain.AnnualReports;

namespace Gongkai.Exports;

/// <summary>
/// A printed table of a report laid out as a grid of header, row and data cells with row and column spans, so the
/// HTML, DOCX and XLSX exports lay every table out identically. Three shapes, each as the official table prints it:
/// <list type="bullet">
/// <item><see cref="ReportTableShape.Matrix"/> (tables 三 and 四): nested column headers from the column paths
/// (a leaf above the deepest level spans down), nested row headers from the row paths (a leaf above the deepest level
/// spans right), a corner cell over the row headers holding the table's note.</item>
/// <item><see cref="ReportTableShape.Stacked"/> (table 二): one block per sub-table — a title row "第二十条第（X）项"
/// spanning the width, a header row "信息内容 | column …", then the rows; a block with fewer columns widens its last
/// column.</item>
/// <item><see cref="ReportTableShape.Outline"/> (统计表): columns "统计指标 | 单位 | 统计数"; one grid row per row label
/// in reading order (headings that carry no number get an empty unit and value), row headers indented by
/// <see cref="GridCell.Level"/>.</item>
/// </list>
/// </summary>
public sealed class ReportTableGrid
{
    private readonly GridCell?[,] _slots;

    internal ReportTableGrid(ReportTable table, ReportTableShape shape, int rowCount, int columnCount, int headerRowCount,
        int rowHeaderColumnCount, IReadOnlyList<GridCell> cells)
    {
        Table = table;
        Shape = shape;
        RowCount = rowCount;
        ColumnCount = columnCount;
        HeaderRowCount = headerRowCount;
        RowHeaderColumnCount = rowHeaderColumnCount;
        Cells = cells.OrderBy(c => c.Row).ThenBy(c => c.Column).ToArray();
        _slots = new GridCell?[rowCount, columnCount];
        foreach (var cell in Cells)
        {
            for (var r = cell.Row; r < cell.Row + cell.RowSpan; r++)
            {
                for (var c = cell.Column; c < cell.Column + cell.ColumnSpan; c++)
                {
                    if (_slots[r, c] is not null)
                    {
                        throw new InvalidOperationException($"表{table.Id}的第{r + 1}行第{c + 1}列被两个单元格占用。");
                    }

                    _slots[r, c] = cell;
                }
            }
        }
    }

    /// <summary>The table laid out.</summary>
    public ReportTable Table { get; }

    /// <summary>How the table is laid out.</summary>
    public ReportTableShape Shape { get; }

    /// <summary>Number of grid rows, header rows included.</summary>
    public int RowCount { get; }

    /// <summary>Number of grid columns, row-header columns included.</summary>
    public int ColumnCount { get; }

    /// <summary>
    /// Leading grid rows that are the table's header (repeated on every printed page); 0 for a stacked table, whose
    /// header rows sit inside each block.
    /// </summary>
    public int HeaderRowCount { get; }

    /// <summary>Leading grid columns that hold row headers (0 for table 四).</summary>
    public int RowHeaderColumnCount { get; }

    /// <summary>Every printed cell at its top-left slot, row by row, left to right.</summary>
    public IReadOnlyList<GridCell> Cells { get; }

    /// <summary>The cells whose top-left slot is in grid row <paramref name="row"/>, left to right.</summary>
    public IEnumerable<GridCell> CellsStartingIn(int row) => Cells.Where(c => c.Row == row);

    /// <summary>The cell covering the slot at <paramref name="row"/>, <paramref name="column"/> (every slot is covered).</summary>
    public GridCell At(int row, int column) =>
        _slots[row, column] ?? throw new InvalidOperationException($"表{Table.Id}的第{row + 1}行第{column + 1}列没有单元格。");

    /// <summary>The data cells that hold a cell of the format, in reading order.</summary>
    public IEnumerable<GridCell> DataCells => Cells.Where(c => c.Kind == GridCellKind.Data && c.Definition is not null);

    /// <summary>The grid of <paramref name="table"/> filled with the values of <paramref name="data"/> (absent cells are blank).</summary>
    public static ReportTableGrid For(ReportTable table, AnnualReportData data)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(data);
        Func<CellDefinition, decimal?> valueOf = d => data.ValueAt(d.Address);
        return ShapeOf(table) switch
        {
            ReportTableShape.Stacked => StackedGridLayout.Build(table, valueOf),
            ReportTableShape.Outline => OutlineGridLayout.Build(table, valueOf),
            _ => MatrixGridLayout.Build(table, valueOf),
        };
    }

    /// <summary>The shape a table is printed in: 二 stacked, 统计表 (and any table whose rows nest data rows) outline, others matrix.</summary>
    public static ReportTableShape ShapeOf(ReportTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        if (LabelKey.Of(table.Id) == LabelKey.Of(Table2Labels.TableId))
        {
            return ReportTableShape.Stacked;
        }

        var rowKeys = table.Rows.Select(r => LabelKey.Of(r)).ToHashSet();
        var nested = table.Rows.Any(r => Enumerable.Range(1, Math.Max(0, r.Count - 1)).Any(n => rowKeys.Contains(LabelKey.Of(r.Take(n)))));
        return LabelKey.Of(table.Id) == LabelKey.Of(StatisticsTableRows.TableId) || nested
            ? ReportTableShape.Outline
            : ReportTableShape.Matrix;
    }
}

/// <summary>How a <see cref="ReportTableGrid"/> lays a table out (see there).</summary>
public enum ReportTableShape
{
    /// <summary>Nested column and row headers (tables 三, 四).</summary>
    Matrix,

    /// <summary>A stack of titled sub-tables (table 二).</summary>
    Stacked,

    /// <summary>An indented list of rows with a unit column (统计表).</summary>
    Outline,
}
