using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Gongkai.Domain.Imports;

namespace Gongkai.Documents.Spreadsheets;

/// <summary>
/// Reads the visible worksheets of an XLSX workbook (after <see cref="SpreadsheetPackageGuard"/>) into
/// <see cref="ImportSheet"/>s with the OpenXml SDK's streaming reader: cell text (shared, inline and formula strings;
/// numbers in invariant form; numbers with a date format marked as such — built-in formats 14–22, 27–36, 45–47,
/// 50–58 and custom formats with y/m/d), hidden columns, and merged ranges (every cell of a range carries the
/// top-left value, as the sheet shows it). Chosen over MiniExcel because hidden columns, merged ranges and cell
/// formats are exactly what offices' sheets rely on, and the SDK gives them directly.
/// </summary>
public static class XlsxWorkbookReader
{
    private static readonly HashSet<uint> BuiltInDateFormats = [14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58];

    /// <summary>The most rows read from one sheet: 1,048,576 (Excel's own limit).</summary>
    public const int MaxRows = 1_048_576;

    /// <summary>The widest sheet read: 200 columns.</summary>
    public const int MaxColumns = 200;

    /// <summary>The visible sheets of the workbook in <paramref name="content"/>.</summary>
    public static IReadOnlyList<ImportSheet> Read(Stream content)
    {
        using var document = SpreadsheetDocument.Open(content, false);
        var workbook = document.WorkbookPart ?? throw new InvalidDataException("no workbook part");
        var strings = SharedStrings(workbook);
        var dateStyles = DateStyles(workbook);
        var sheets = new List<ImportSheet>();
        foreach (var sheet in workbook.Workbook.Sheets?.Elements<Sheet>() ?? [])
        {
            if (sheet.State is { } state && state.Value != SheetStateValues.Visible)
            {
                continue;
            }

            if (sheet.Id?.Value is not { } relId || workbook.GetPartById(relId) is not WorksheetPart part)
            {
                continue;
            }

            sheets.Add(ReadSheet(sheet.Name?.Value ?? "Sheet", part, strings, dateStyles));
        }

        return sheets;
    }

    private static ImportSheet ReadSheet(string name, WorksheetPart part, string[] strings, bool[] dateStyles)
    {
        var rows = new SortedDictionary<int, List<ImportCell>>();
        var hidden = new HashSet<int>();
        var merges = new List<string>();
        using (var reader = OpenXmlReader.Create(part))
        {
            var nextRow = 1;
            while (reader.Read())
            {
                if (!reader.IsStartElement)
                {
                    continue;
                }

                if (reader.ElementType == typeof(Column))
                {
                    var column = (Column)reader.LoadCurrentElement()!;
                    if (column.Hidden?.Value == true && column.Min?.Value is { } min && column.Max?.Value is { } max)
                    {
                        for (var c = min; c <= Math.Min(max, (uint)MaxColumns); c++)
                        {
                            hidden.Add((int)c - 1);
                        }
                    }
                }
                else if (reader.ElementType == typeof(Row))
                {
                    var row = (Row)reader.LoadCurrentElement()!;
                    var number = row.RowIndex?.Value is { } index ? (int)index : nextRow;
                    nextRow = number + 1;
                    if (number > MaxRows)
                    {
                        throw new InvalidDataException("too many rows");
                    }

                    var cells = new List<ImportCell>();
                    var position = 0;
                    foreach (var cell in row.Elements<Cell>())
                    {
                        var columnIndex = cell.CellReference?.Value is { } reference ? ColumnIndex(reference) : position;
                        position = columnIndex + 1;
                        if (columnIndex >= MaxColumns)
                        {
                            continue;
                        }

                        while (cells.Count < columnIndex)
                        {
                            cells.Add(ImportCell.Empty);
                        }

                        cells.Add(Value(cell, strings, dateStyles));
                    }

                    rows[number] = cells;
                }
                else if (reader.ElementType == typeof(MergeCell))
                {
                    if (((MergeCell)reader.LoadCurrentElement()!).Reference?.Value is { } range)
                    {
                        merges.Add(range);
                    }
                }
            }
        }

        foreach (var range in merges)
        {
            Merge(rows, range);
        }

        var last = rows.Count == 0 ? 0 : rows.Keys.Max();
        var list = new List<ImportRow>(last);
        for (var r = 1; r <= last; r++)
        {
            list.Add(new ImportRow(r, rows.TryGetValue(r, out var cells) ? cells : []));
        }

        return new ImportSheet(name, list, hidden);
    }

    private static void Merge(SortedDictionary<int, List<ImportCell>> rows, string range)
    {
        var parts = range.Split(':');
        if (parts.Length != 2)
        {
            return;
        }

        var (c1, r1) = (ColumnIndex(parts[0]), RowIndex(parts[0]));
        var (c2, r2) = (ColumnIndex(parts[1]), RowIndex(parts[1]));
        if (r1 < 1 || r2 < r1 || c2 < c1 || c2 >= MaxColumns || r2 - r1 > 10_000)
        {
            return;
        }

        var value = rows.TryGetValue(r1, out var top) && c1 < top.Count ? top[c1] : ImportCell.Empty;
        for (var r = r1; r <= r2; r++)
        {
            if (!rows.TryGetValue(r, out var cells))
            {
                rows[r] = cells = [];
            }

            while (cells.Count <= c2)
            {
                cells.Add(ImportCell.Empty);
            }

            for (var c = c1; c <= c2; c++)
            {
                cells[c] = value;
            }
        }
    }

    private static ImportCell Value(Cell cell, string[] strings, bool[] dateStyles)
    {
        var raw = cell.CellValue?.Text ?? string.Empty;
        var type = cell.DataType?.Value;
        if (type == CellValues.SharedString)
        {
            return int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < strings.Length ? new ImportCell(strings[i]) : ImportCell.Empty;
        }

        if (type == CellValues.InlineString)
        {
            return new ImportCell(cell.InlineString?.InnerText ?? string.Empty);
        }

        if (type == CellValues.String || type == CellValues.Error || type == CellValues.Date)
        {
            return new ImportCell(raw);
        }

        if (type == CellValues.Boolean)
        {
            return new ImportCell(raw == "1" ? "TRUE" : "FALSE");
        }

        if (raw.Length == 0)
        {
            return ImportCell.Empty;
        }

        if (!double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return new ImportCell(raw);
        }

        var style = cell.StyleIndex?.Value is { } s ? (int)s : 0;
        var isDate = style < dateStyles.Length && dateStyles[style];
        var text = isDate && number is >= 61 and < 2_958_466
            ? new DateOnly(1899, 12, 30).AddDays((int)Math.Floor(number)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : number.ToString(number == Math.Floor(number) && Math.Abs(number) < 1e15 ? "0" : "G", CultureInfo.InvariantCulture);
        return new ImportCell(text, number, isDate);
    }

    private static string[] SharedStrings(WorkbookPart workbook)
    {
        var part = workbook.SharedStringTablePart;
        if (part is null)
        {
            return [];
        }

        var list = new List<string>();
        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
        {
            if (reader.IsStartElement && reader.ElementType == typeof(SharedStringItem))
            {
                var item = (SharedStringItem)reader.LoadCurrentElement()!;
                list.Add(item.Text?.Text ?? string.Concat(item.Elements<Run>().Select(r => r.Text?.Text ?? string.Empty)));
            }
        }

        return [.. list];
    }

    private static bool[] DateStyles(WorkbookPart workbook)
    {
        var stylesheet = workbook.WorkbookStylesPart?.Stylesheet;
        if (stylesheet?.CellFormats is null)
        {
            return [];
        }

        var custom = stylesheet.NumberingFormats?.Elements<NumberingFormat>()
            .Where(f => f.NumberFormatId?.Value is not null)
            .ToDictionary(f => f.NumberFormatId!.Value, f => IsDateFormatCode(f.FormatCode?.Value ?? string.Empty)) ?? [];
        return stylesheet.CellFormats.Elements<CellFormat>()
            .Select(f => f.NumberFormatId?.Value is { } id && (BuiltInDateFormats.Contains(id) || custom.GetValueOrDefault(id)))
            .ToArray();
    }

    private static bool IsDateFormatCode(string code)
    {
        var inQuote = false;
        var inBracket = false;
        foreach (var c in code)
        {
            switch (c)
            {
                case '"': inQuote = !inQuote; break;
                case '[': inBracket = true; break;
                case ']': inBracket = false; break;
                default:
                    if (!inQuote && !inBracket && (c is 'y' or 'Y' or 'd' or 'D' or 'm' or 'M' || c is '年' or '月' or '日'))
                    {
                        return true;
                    }

                    break;
            }
        }

        return false;
    }

    private static int ColumnIndex(string reference)
    {
        var index = 0;
        foreach (var c in reference)
        {
            if (c is >= 'A' and <= 'Z')
            {
                index = (index * 26) + (c - 'A' + 1);
            }
            else if (c is >= 'a' and <= 'z')
            {
                index = (index * 26) + (c - 'a' + 1);
            }
            else
            {
                break;
            }

            if (index > 16_384)
            {
                return int.MaxValue - 1;
            }
        }

        return index - 1;
    }

    private static int RowIndex(string reference) =>
        int.TryParse(reference.AsSpan().TrimStart("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"), NumberStyles.None, CultureInfo.InvariantCulture, out var r) ? r : 0;
}
