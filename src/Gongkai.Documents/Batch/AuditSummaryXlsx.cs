using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Gongkai.Documents.Batch;

/// <summary>
/// The supervisor's summary as an Excel workbook: one sheet 汇总, one row per report, worst first (the order of
/// <see cref="AuditSummaryRow.WorstFirst"/>), with a header row frozen and filterable, and a link to each report's
/// detail when one is given.
/// </summary>
public static class AuditSummaryXlsx
{
    private static readonly string[] Headers = ["序号", "文件", "机关", "年度", "格式", "错误", "警告", "提示", "读取状态", "详情"];

    /// <summary>The workbook's bytes; <paramref name="detailLink"/> gives the link (relative path or URL) to a row's detail, or null.</summary>
    public static byte[] Write(IReadOnlyList<AuditSummaryRow> rows, Func<AuditSummaryRow, string?>? detailLink = null)
    {
        ArgumentNullException.ThrowIfNull(rows);
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            workbookPart.Workbook = new Workbook();
            var sheetPart = workbookPart.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            data.AppendChild(Row(1, Headers.Select(h => (object?)h)));
            var links = new Hyperlinks();
            for (var i = 0; i < rows.Count; i++)
            {
                var r = rows[i];
                var rowNumber = (uint)(i + 2);
                var link = detailLink?.Invoke(r);
                data.AppendChild(Row(rowNumber, [r.Index, r.File, r.Agency ?? "未识别", r.Year, r.Format, r.Errors, r.Warnings, r.Infos, r.ReadingLabel,
                    link is null ? null : "查看详情"]));
                if (link is not null && Uri.TryCreate(link, UriKind.RelativeOrAbsolute, out var uri))
                {
                    var relationship = sheetPart.AddHyperlinkRelationship(uri, true);
                    links.AppendChild(new Hyperlink { Reference = $"J{rowNumber}", Id = relationship.Id });
                }
            }

            var worksheet = new Worksheet(
                new SheetViews(new SheetView(new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen }) { WorkbookViewId = 0 }),
                new Columns(
                    new Column { Min = 1, Max = 1, Width = 6, CustomWidth = true },
                    new Column { Min = 2, Max = 3, Width = 36, CustomWidth = true },
                    new Column { Min = 4, Max = 8, Width = 8, CustomWidth = true },
                    new Column { Min = 9, Max = 9, Width = 22, CustomWidth = true },
                    new Column { Min = 10, Max = 10, Width = 12, CustomWidth = true }),
                data,
                new AutoFilter { Reference = $"A1:J{Math.Max(1, rows.Count + 1)}" });
            if (links.HasChildren)
            {
                worksheet.AppendChild(links);
            }

            sheetPart.Worksheet = worksheet;
            var sheets = workbookPart.Workbook.AppendChild(new Sheets());
            sheets.AppendChild(new Sheet { Id = workbookPart.GetIdOfPart(sheetPart), SheetId = 1, Name = "汇总" });
            workbookPart.Workbook.Save();
        }

        return stream.ToArray();
    }

    private static Row Row(uint number, IEnumerable<object?> values)
    {
        var row = new Row { RowIndex = number };
        var column = 0;
        foreach (var value in values)
        {
            column++;
            var reference = $"{(char)('A' + column - 1)}{number}";
            row.AppendChild(value switch
            {
                null => new Cell { CellReference = reference },
                int n => new Cell { CellReference = reference, DataType = CellValues.Number, CellValue = new CellValue(n) },
                _ => new Cell(new InlineString(new Text(value.ToString()!))) { CellReference = reference, DataType = CellValues.InlineString },
            });
        }

        return row;
    }
}
