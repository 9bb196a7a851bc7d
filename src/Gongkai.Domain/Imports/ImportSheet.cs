namespace Gongkai.Domain.Imports;

/// <summary>
/// One cell of a sheet as the office typed it: the text shown (trimmed), and for a numeric cell its number and
/// whether the cell is formatted as a date (an Excel serial date).
/// </summary>
/// <param name="Text">The text as shown (for a number, its invariant form).</param>
/// <param name="Number">The number of a numeric cell; null for text.</param>
/// <param name="IsDateFormatted">Whether the numeric cell carries a date format.</param>
public sealed record ImportCell(string Text, double? Number = null, bool IsDateFormatted = false)
{
    /// <summary>An empty cell.</summary>
    public static ImportCell Empty { get; } = new(string.Empty);

    /// <summary>Whether nothing is written in it.</summary>
    public bool IsBlank => string.IsNullOrWhiteSpace(Text);
}

/// <summary>One row of a sheet, with its 1-based number as the office sees it in Excel or in a text editor.</summary>
/// <param name="Number">The 1-based row number in the file.</param>
/// <param name="Cells">The cells, by 0-based column index (merged ranges carry the value of their top-left cell).</param>
public sealed record ImportRow(int Number, IReadOnlyList<ImportCell> Cells)
{
    /// <summary>The cell at 0-based <paramref name="column"/>, or an empty cell.</summary>
    public ImportCell this[int column] => column < Cells.Count ? Cells[column] : ImportCell.Empty;

    /// <summary>Whether every cell is blank.</summary>
    public bool IsBlank => Cells.All(c => c.IsBlank);
}

/// <summary>
/// A sheet read from an office's spreadsheet (XLSX worksheet or CSV file), before anything is interpreted: its rows
/// (blank ones included, so numbers match the file), and the columns the office hid.
/// </summary>
/// <param name="Name">The worksheet name (for CSV, the file name).</param>
/// <param name="Rows">The rows in file order.</param>
/// <param name="HiddenColumns">0-based indexes of hidden columns (ignored by the importers, listed in the report).</param>
public sealed record ImportSheet(string Name, IReadOnlyList<ImportRow> Rows, IReadOnlySet<int> HiddenColumns)
{
    /// <summary>The column letter(s) of a 0-based index: 0 → A, 25 → Z, 26 → AA.</summary>
    public static string ColumnName(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        var name = string.Empty;
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }
}

/// <summary>A workbook or CSV file as read: its sheets, its name and its SHA-256 (the idempotency key of an import).</summary>
/// <param name="FileName">The file name as given (no folders).</param>
/// <param name="Sha256">Lower-case hex SHA-256 of the file's bytes.</param>
/// <param name="Sheets">The sheets that are visible, in workbook order.</param>
public sealed record ImportWorkbook(string FileName, string Sha256, IReadOnlyList<ImportSheet> Sheets);
