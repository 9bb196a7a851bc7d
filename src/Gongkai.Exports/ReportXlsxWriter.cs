using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Gongkai.Domain.AnnualReports;

namespace Gongkai.Exports;

/// <summary>
/// The report as an Excel workbook (DocumentFormat.OpenXml): one sheet per printed table ("表二", "表三", "表四",
/// "统计表") with the table title merged across row 1 and the <see cref="ReportTableGrid"/> from row 2 (merged header
/// cells, numbers stored as numbers, blanks empty), then the sheet "单元格" listing every cell of the format —
/// columns 表 | 行 | 列 | 数值 | 单位, with row and column paths joined by " / ".
/// </summary>
public sealed class ReportXlsxWriter : IReportExport
{
    /// <summary>The name of the sheet listing every cell.</summary>
    public const string CellsSheetName = "单元格";

    /// <summary>Grid row 0 of a table sheet is worksheet row <see cref="FirstGridRow"/> (row 1 holds the title).</summary>
    public const int FirstGridRow = 2;

    /// <summary>Separator of the labels of a row or column path in the sheet "单元格".</summary>
    public const string PathSeparator = " / ";

    private const uint TitleStyle = 1;
    private const uint HeaderStyle = 2;
    private const uint LabelStyle = 3;
    private const uint NumberStyle = 4;
    private const uint SubTableTitleStyle = 5;
    private const uint FirstIndentedLabelStyle = 6;
    private const int IndentLevels = 3;

    /// <inheritdoc/>
    public string Name => "xlsx";

    /// <inheritdoc/>
    public string ContentType => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <inheritdoc/>
    public string FileExtension => ".xlsx";

    /// <summary>The .xlsx bytes of <paramref name="report"/>.</summary>
    public byte[] Write(AnnualReportDocument report)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            document.PackageProperties.Title = report.Title;
            document.PackageProperties.Creator = report.Data.Agency.Name;
            var workbookPart = document.AddWorkbookPart();
            workbookPart.Workbook = new Workbook();
            workbookPart.AddNewPart<WorkbookStylesPart>().Stylesheet = Stylesheet();
            var sheets = workbookPart.Workbook.AppendChild(new Sheets());
            foreach (var table in PrintedTables.Of(report))
            {
                AddSheet(workbookPart, sheets, PrintedTables.NameOf(table), TableSheet(ReportTableGrid.For(table, report.Data)));
            }

            AddSheet(workbookPart, sheets, CellsSheetName, CellsSheet(report.Data));
        }

        return stream.ToArray();
    }

    /// <inheritdoc/>
    public async Task WriteAsync(AnnualReportDocument report, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        await output.WriteAsync(Write(report), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The reference of a cell, e.g. (2, 0) → "A2"; <paramref name="row"/> is 1-based, <paramref name="column"/> 0-based.</summary>
    public static string Reference(int row, int column)
    {
        var letters = string.Empty;
        for (var c = column + 1; c > 0; c = (c - 1) / 26)
        {
            letters = (char)('A' + ((c - 1) % 26)) + letters;
        }

        return letters + row.ToString(CultureInfo.InvariantCulture);
    }

    private static void AddSheet(WorkbookPart workbookPart, Sheets sheets, string name, Worksheet worksheet)
    {
        var part = workbookPart.AddNewPart<WorksheetPart>();
        part.Worksheet = worksheet;
        sheets.Append(new Sheet { Name = name, SheetId = (uint)sheets.ChildElements.Count + 1, Id = workbookPart.GetIdOfPart(part) });
    }

    private static Worksheet TableSheet(ReportTableGrid grid)
    {
        var totalWidth = grid.Shape == ReportTableShape.Outline ? 90.0 : 130.0;
        var columns = new Columns(GridColumnWidths.Of(grid).Select((w, i) => new Column
        {
            Min = (uint)(i + 1),
            Max = (uint)(i + 1),
            Width = Math.Max(8, Math.Round(w * totalWidth, 1)),
            CustomWidth = true,
        }));
        var sheetData = new SheetData();
        var merges = new MergeCells();

        var titleRow = new Row { RowIndex = 1U };
        titleRow.Append(TextCell(Reference(1, 0), grid.Table.Title, TitleStyle));
        sheetData.Append(titleRow);
        if (grid.ColumnCount > 1)
        {
            merges.Append(new MergeCell { Reference = $"{Reference(1, 0)}:{Reference(1, grid.ColumnCount - 1)}" });
        }

        for (var row = 0; row < grid.RowCount; row++)
        {
            var sheetRow = FirstGridRow + row;
            var xmlRow = new Row { RowIndex = (uint)sheetRow };
            for (var column = 0; column < grid.ColumnCount; column++)
            {
                var cell = grid.At(row, column);
                var reference = Reference(sheetRow, column);
                var style = StyleOf(cell);
                if (cell.Row != row || cell.Column != column)
                {
                    xmlRow.Append(new Cell { CellReference = reference, StyleIndex = style });
                    continue;
                }

                xmlRow.Append(cell.Kind == GridCellKind.Data
                    ? NumberCell(reference, cell.Value, style)
                    : TextCell(reference, cell.Text, style));
                if (cell.RowSpan > 1 || cell.ColumnSpan > 1)
                {
                    merges.Append(new MergeCell
                    {
                        Reference = $"{reference}:{Reference(sheetRow + cell.RowSpan - 1, column + cell.ColumnSpan - 1)}",
                    });
                }
            }

            sheetData.Append(xmlRow);
        }

        var worksheet = new Worksheet(columns, sheetData);
        if (merges.HasChildren)
        {
            merges.Count = (uint)merges.ChildElements.Count;
            worksheet.Append(merges);
        }

        return worksheet;
    }

    private static Worksheet CellsSheet(AnnualReportData data)
    {
        var columns = new Columns(
            new[] { 10.0, 80.0, 45.0, 12.0, 8.0 }.Select((w, i) => new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = w, CustomWidth = true }));
        var sheetData = new SheetData();
        var header = new Row { RowIndex = 1U };
        string[] titles = ["表", "行", "列", "数值", "单位"];
        for (var i = 0; i < titles.Length; i++)
        {
            header.Append(TextCell(Reference(1, i), titles[i], HeaderStyle));
        }

        sheetData.Append(header);
        var rowIndex = 2;
        var cells = data.Layout.Cells.Select(d => (d.Address, d.Unit))
            .Concat(data.UnknownCells.Select(c => (c.Address, Unit: (string?)null)));
        foreach (var (address, unit) in cells)
        {
            var row = new Row { RowIndex = (uint)rowIndex };
            row.Append(
                TextCell(Reference(rowIndex, 0), address.Table, LabelStyle),
                TextCell(Reference(rowIndex, 1), string.Join(PathSeparator, address.RowPath), LabelStyle),
                TextCell(Reference(rowIndex, 2), string.Join(PathSeparator, address.ColumnPath), LabelStyle),
                NumberCell(Reference(rowIndex, 3), data.ValueAt(address), NumberStyle),
                TextCell(Reference(rowIndex, 4), unit ?? string.Empty, LabelStyle));
            sheetData.Append(row);
            rowIndex++;
        }

        return new Worksheet(columns, sheetData);
    }

    private static uint StyleOf(GridCell cell) => cell.Kind switch
    {
        GridCellKind.Title => SubTableTitleStyle,
        GridCellKind.ColumnHeader or GridCellKind.Unit => HeaderStyle,
        GridCellKind.RowHeader when cell.Level > 0 => FirstIndentedLabelStyle + (uint)Math.Min(cell.Level, IndentLevels) - 1,
        GridCellKind.RowHeader or GridCellKind.Corner => LabelStyle,
        _ => NumberStyle,
    };

    private static Cell TextCell(string reference, string text, uint style) =>
        text.Length == 0
            ? new Cell { CellReference = reference, StyleIndex = style }
            : new Cell
            {
                CellReference = reference,
                DataType = CellValues.InlineString,
                InlineString = new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve }),
                StyleIndex = style,
            };

    private static Cell NumberCell(string reference, decimal? value, uint style) =>
        value is { } number
            ? new Cell { CellReference = reference, DataType = CellValues.Number, CellValue = new CellValue(number), StyleIndex = style }
            : new Cell { CellReference = reference, StyleIndex = style };

    private static Stylesheet Stylesheet()
    {
        static Font FontOf(bool bold, double size)
        {
            var font = new Font();
            if (bold)
            {
                font.Append(new Bold());
            }

            font.Append(new FontSize { Val = size }, new FontName { Val = "宋体" }, new FontCharSet { Val = 134 });
            return font;
        }

        static Border Thin() => new(
            new LeftBorder(new Color { Indexed = 64U }) { Style = BorderStyleValues.Thin },
            new RightBorder(new Color { Indexed = 64U }) { Style = BorderStyleValues.Thin },
            new TopBorder(new Color { Indexed = 64U }) { Style = BorderStyleValues.Thin },
            new BottomBorder(new Color { Indexed = 64U }) { Style = BorderStyleValues.Thin },
            new DiagonalBorder());

        static CellFormat Format(uint font, uint border, HorizontalAlignmentValues horizontal, uint indent = 0) =>
            new(new Alignment
            {
                Horizontal = horizontal,
                Vertical = VerticalAlignmentValues.Center,
                WrapText = true,
                Indent = indent > 0 ? indent : null,
            })
            {
                NumberFormatId = 0U,
                FontId = font,
                FillId = 0U,
                BorderId = border,
                FormatId = 0U,
                ApplyFont = true,
                ApplyBorder = true,
                ApplyAlignment = true,
            };

        var formats = new CellFormats(
            new CellFormat { NumberFormatId = 0U, FontId = 0U, FillId = 0U, BorderId = 0U, FormatId = 0U },
            Format(1, 0, HorizontalAlignmentValues.Center),
            Format(0, 1, HorizontalAlignmentValues.Center),
            Format(0, 1, HorizontalAlignmentValues.Left),
            Format(0, 1, HorizontalAlignmentValues.Right),
            Format(1, 1, HorizontalAlignmentValues.Left));
        for (uint level = 1; level <= IndentLevels; level++)
        {
            formats.Append(Format(0, 1, HorizontalAlignmentValues.Left, level * 2));
        }

        formats.Count = (uint)formats.ChildElements.Count;
        return new Stylesheet(
            new Fonts(FontOf(false, 11), FontOf(true, 14)) { Count = 2U },
            new Fills(
                new Fill(new PatternFill { PatternType = PatternValues.None }),
                new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2U },
            new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()), Thin()) { Count = 2U },
            new CellStyleFormats(new CellFormat { NumberFormatId = 0U, FontId = 0U, FillId = 0U, BorderId = 0U }) { Count = 1U },
            formats,
            new CellStyles(new CellStyle { Name = "Normal", FormatId = 0U, BuiltinId = 0U }) { Count = 1U });
    }
}
