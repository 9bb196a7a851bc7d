using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using Gongkai.Domain.AnnualReports;

namespace Gongkai.Exports.Tests;

public sealed class ReportXlsxWriterTests
{
    private readonly ReportXlsxWriter _writer = new();

    private static SpreadsheetDocument Open(byte[] bytes) => SpreadsheetDocument.Open(new MemoryStream(bytes), false);

    private static Worksheet Sheet(SpreadsheetDocument document, string name)
    {
        var workbook = document.WorkbookPart!;
        var sheet = workbook.Workbook!.Sheets!.Elements<Sheet>().Single(s => s.Name == name);
        return ((WorksheetPart)workbook.GetPartById(sheet.Id!)).Worksheet!;
    }

    private static Dictionary<string, Cell> CellsOf(Worksheet sheet) =>
        sheet.Descendants<Cell>().ToDictionary(c => c.CellReference!.Value!);

    private static string? TextOf(Cell? cell) =>
        cell?.DataType?.Value == CellValues.InlineString ? cell.InlineString!.InnerText : cell?.CellValue?.Text;

    [Theory]
    [MemberData(nameof(TestReports.AllFormats), MemberType = typeof(TestReports))]
    public void Write_AnyFormat_ValidatorCleanWithOneSheetPerPrintedTableAndCellsSheet(ReportFormat format)
    {
        using var document = Open(_writer.Write(TestReports.For(format)));

        Assert.Empty(new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}"));
        string[] expected = format switch
        {
            ReportFormat.Format2008 => ["单元格"],
            ReportFormat.Format2014 => ["统计表", "单元格"],
            _ => ["表二", "表三", "表四", "单元格"],
        };
        Assert.Equal(expected, document.WorkbookPart!.Workbook!.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value));
    }

    [Theory]
    [MemberData(nameof(TestReports.AllFormats), MemberType = typeof(TestReports))]
    public void Write_TableSheets_NumbersAsNumbersAtTheGridPosition(ReportFormat format)
    {
        var report = TestReports.For(format);
        using var document = Open(_writer.Write(report));
        foreach (var table in TestReports.PrintedTables(format))
        {
            var cells = CellsOf(Sheet(document, table.Id.EndsWith('表') ? table.Id : "表" + table.Id));
            var grid = ReportTableGrid.For(table, report.Data);
            Assert.Equal(table.Title, TextOf(cells["A1"]));
            foreach (var cell in grid.Cells)
            {
                var written = cells[ReportXlsxWriter.Reference(ReportXlsxWriter.FirstGridRow + cell.Row, cell.Column)];
                if (cell.Kind == GridCellKind.Data && cell.Value is { } value)
                {
                    Assert.Equal(CellValues.Number, written.DataType!.Value);
                    Assert.Equal(value, decimal.Parse(written.CellValue!.Text, CultureInfo.InvariantCulture));
                }
                else
                {
                    Assert.Equal(cell.Text.Length == 0 ? null : cell.Text, TextOf(written));
                }
            }
        }
    }

    [Fact]
    public void Write_Table3Sheet_MergedHeaderCells()
    {
        using var document = Open(_writer.Write(TestReports.For(ReportFormat.Format2021)));
        var sheet = Sheet(document, "表三");
        var merges = sheet.Descendants<MergeCell>().Select(m => m.Reference!.Value).ToHashSet();
        var cells = CellsOf(sheet);

        Assert.Equal("申请人情况", TextOf(cells["D2"]));
        Assert.Contains("D2:J2", merges);
        Assert.Contains("D3:D4", merges);
        Assert.Contains("E3:I3", merges);
        Assert.Contains("A2:C4", merges);
        Assert.Contains("A7:A28", merges);
        Assert.Equal("三、本年度办理结果", TextOf(cells["A7"]));
    }

    [Theory]
    [MemberData(nameof(TestReports.AllFormats), MemberType = typeof(TestReports))]
    public void Write_CellsSheet_ListsEveryCellWithPathsAndValue(ReportFormat format)
    {
        var report = TestReports.For(format);
        using var document = Open(_writer.Write(report));
        var rows = Sheet(document, "单元格").Descendants<Row>().ToArray();
        var layoutCells = report.Data.Layout.Cells.ToArray();

        Assert.Equal(["表", "行", "列", "数值", "单位"], rows[0].Elements<Cell>().Select(TextOf));
        Assert.Equal(layoutCells.Length + 1, rows.Length);
        for (var i = 0; i < layoutCells.Length; i++)
        {
            var cells = rows[i + 1].Elements<Cell>().ToArray();
            var definition = layoutCells[i];
            Assert.Equal(definition.Table, TextOf(cells[0]));
            Assert.Equal(string.Join(" / ", definition.RowPath), TextOf(cells[1]) ?? string.Empty);
            Assert.Equal(string.Join(" / ", definition.ColumnPath), TextOf(cells[2]));
            var value = report.Data.ValueAt(definition.Address);
            Assert.Equal(value, cells[3].CellValue is null ? null : decimal.Parse(cells[3].CellValue!.Text, CultureInfo.InvariantCulture));
            Assert.Equal(definition.Unit, TextOf(cells[4]));
        }
    }
}
