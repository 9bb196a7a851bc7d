using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Gongkai.Domain.Imports;

namespace Gongkai.Exports.Imports;

/// <summary>
/// The refusal report of an import as an XLSX workbook a person can work through: sheet “退回的行” holds each row that
/// was refused or skipped with its original cells under the sheet's own headers, and a last column 原因 with every
/// reason for that row; sheet “说明” holds the problems of whole sheets and columns (header not found, hidden and
/// unrecognised columns). The office corrects its ledger row by row and imports again.
/// </summary>
public static class ImportRefusalWorkbook
{
    /// <summary>Writes the workbook for <paramref name="problems"/> to <paramref name="output"/>.</summary>
    public static void Write(
        Stream output, IReadOnlyList<ImportProblem> problems, IReadOnlyDictionary<string, IReadOnlyList<string>> headers,
        IReadOnlyDictionary<(string Sheet, int Row), IReadOnlyList<string>> originalRows)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(problems);
        ArgumentNullException.ThrowIfNull(headers);
        ArgumentNullException.ThrowIfNull(originalRows);
        using var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        var sheets = workbook.Workbook.AppendChild(new Sheets());

        var width = headers.Count == 0 ? 0 : headers.Values.Max(h => h.Count);
        var rowsSheet = new List<IReadOnlyList<string>>
        {
            new[] { "工作表", "行号", "处理" }.Concat(Enumerable.Range(0, width).Select(i => ImportSheet.ColumnName(i) + "列")).Append("原因").ToArray(),
        };
        foreach (var group in problems.Where(p => p.Row > 0).GroupBy(p => (p.Sheet, p.Row)).OrderBy(g => g.Key.Sheet, StringComparer.Ordinal).ThenBy(g => g.Key.Row))
        {
            var cells = originalRows.GetValueOrDefault(group.Key) ?? [];
            var kind = group.Any(p => p.Kind == ImportProblemKind.Refused) ? "拒绝" : "未导入";
            var reasons = string.Join("；", group.Select(p => (p.Column.Length > 0 ? $"{p.Column}列" + (p.Header.Length > 0 ? $"（{p.Header}）" : string.Empty) + "：" : string.Empty) + p.Reason));
            rowsSheet.Add(new[] { group.Key.Sheet, group.Key.Row.ToString(System.Globalization.CultureInfo.InvariantCulture), kind }
                .Concat(Enumerable.Range(0, width).Select(i => i < cells.Count ? cells[i] : string.Empty)).Append(reasons).ToArray());
        }

        foreach (var (sheet, header) in headers)
        {
            rowsSheet.Insert(1, new[] { sheet, "表头", string.Empty }.Concat(Enumerable.Range(0, width).Select(i => i < header.Count ? header[i] : string.Empty)).Append(string.Empty).ToArray());
        }

        AddSheet(workbook, sheets, 1, "退回的行", rowsSheet);
        var notes = new List<IReadOnlyList<string>> { new[] { "工作表", "列", "列名", "处理", "原因" } };
        notes.AddRange(problems.Where(p => p.Row == 0).Select(p => (IReadOnlyList<string>)new[] { p.Sheet, p.Column, p.Header, p.Kind == ImportProblemKind.Refused ? "拒绝" : "未读取", p.Reason }));
        AddSheet(workbook, sheets, 2, "说明", notes);
        workbook.Workbook.Save();
    }

    private static void AddSheet(WorkbookPart workbook, Sheets sheets, uint id, string name, IEnumerable<IReadOnlyList<string>> rows)
    {
        var part = workbook.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        foreach (var values in rows)
        {
            var row = new Row();
            foreach (var value in values)
            {
                row.AppendChild(new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(Clean(value)) { Space = SpaceProcessingModeValues.Preserve }) });
            }

            data.AppendChild(row);
        }

        part.Worksheet = new Worksheet(data);
        sheets.AppendChild(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = id, Name = name });
    }

    /// <summary>Removes characters XML cannot hold. Values are inline strings, never formulas, so "=…" stays text.</summary>
    private static string Clean(string value) => new(value.Where(XmlConvert.IsXmlChar).ToArray());
}
