namespace Gongkai.Domain.AnnualReports;

/// <summary>A cell the format defines: its address, the kind of number it holds and the unit printed for it.</summary>
/// <param name="Address">The official labels of the cell.</param>
/// <param name="Kind">What numbers the cell may hold.</param>
/// <param name="Unit">
/// The unit printed for the cell (条, 件, 万元, 人次); null when the form prints none or the unit is not known.
/// </param>
public sealed record CellDefinition(CellAddress Address, CellValueKind Kind, string? Unit = null)
{
    /// <summary>The table id.</summary>
    public string Table => Address.Table;

    /// <summary>The official row labels, outermost → leaf.</summary>
    public IReadOnlyList<string> RowPath => Address.RowPath;

    /// <summary>The official column labels, outermost → leaf.</summary>
    public IReadOnlyList<string> ColumnPath => Address.ColumnPath;
}
