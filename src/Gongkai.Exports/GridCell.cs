using Gongkai.Domain.AnnualReports;

namespace Gongkai.Exports;

/// <summary>
/// One printed cell of a <see cref="ReportTableGrid"/>, at its top-left slot, with the number of grid rows and
/// columns it covers.
/// </summary>
/// <param name="Row">0-based grid row of the top-left slot.</param>
/// <param name="Column">0-based grid column of the top-left slot.</param>
/// <param name="RowSpan">Grid rows covered (≥ 1).</param>
/// <param name="ColumnSpan">Grid columns covered (≥ 1).</param>
/// <param name="Kind">What the cell is.</param>
/// <param name="Text">The printed text: a label exactly as in the layout, a unit, or <see cref="PrintedValue"/> of a number.</param>
public sealed record GridCell(int Row, int Column, int RowSpan, int ColumnSpan, GridCellKind Kind, string Text)
{
    /// <summary>For a <see cref="GridCellKind.Data"/> cell: the cell the format defines there; null for an empty slot.</summary>
    public CellDefinition? Definition { get; init; }

    /// <summary>For a <see cref="GridCellKind.Data"/> cell: the number; null when blank.</summary>
    public decimal? Value { get; init; }

    /// <summary>Nesting depth of a row header in an outline table (统计表): 0 for "一、…", 1 for "（一）…", and so on.</summary>
    public int Level { get; init; }

    /// <summary>
    /// For a <see cref="GridCellKind.Data"/> or <see cref="GridCellKind.Unit"/> cell: every header cell it belongs
    /// under (sub-table title, row headers outermost first, then column headers outermost first).
    /// </summary>
    public IReadOnlyList<GridCell> Headers { get; init; } = [];

    /// <summary>Whether the cell is a header (title, column or row header, corner).</summary>
    public bool IsHeader => Kind is GridCellKind.Corner or GridCellKind.Title or GridCellKind.ColumnHeader or GridCellKind.RowHeader;

    /// <summary>Whether the cell covers the slot at <paramref name="row"/>, <paramref name="column"/>.</summary>
    public bool Covers(int row, int column) =>
        row >= Row && row < Row + RowSpan && column >= Column && column < Column + ColumnSpan;
}
