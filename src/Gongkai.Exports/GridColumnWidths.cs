namespace Gongkai.Exports;

/// <summary>
/// The share of the table width each grid column gets, shared by DOCX and XLSX: row-header columns take 40 % of a
/// matrix table (split evenly), the label column 34 % of table 二 and 62 % of the 统计表 (its unit column 10 %); the
/// numbers share the rest evenly.
/// </summary>
internal static class GridColumnWidths
{
    public static IReadOnlyList<double> Of(ReportTableGrid grid)
    {
        var (labels, labelShare) = grid.Shape switch
        {
            ReportTableShape.Outline => (2, 0.72),
            ReportTableShape.Stacked => (1, 0.34),
            _ => (grid.RowHeaderColumnCount, grid.RowHeaderColumnCount > 0 ? 0.40 : 0.0),
        };
        var numbers = grid.ColumnCount - labels;
        var widths = new double[grid.ColumnCount];
        for (var c = 0; c < grid.ColumnCount; c++)
        {
            widths[c] = c < labels
                ? grid.Shape == ReportTableShape.Outline ? (c == 0 ? 0.62 : 0.10) : labelShare / labels
                : (1 - labelShare) / numbers;
        }

        return widths;
    }
}
