using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Gongkai.Domain.AnnualReports;
using Gongkai.Domain.Audit.Extraction;
using Gongkai.Domain.Tests.Audit.Extraction;

namespace Gongkai.Documents.Tests;

/// <summary>
/// Tables rendered from <see cref="ReportLayout"/> with random values as HTML (caption, th scope, rowspan/colspan,
/// page furniture around) and as DOCX (gridSpan, vMerge), read by <see cref="ReportDocumentReader"/> and extracted
/// back to exactly the rendered cells.
/// </summary>
public sealed class RoundTripDocumentTests
{
    public static TheoryData<ReportFormat, int> Cases()
    {
        var data = new TheoryData<ReportFormat, int>();
        foreach (var format in new[] { ReportFormat.Format2014, ReportFormat.Format2019, ReportFormat.Format2021 })
        {
            for (var seed = 0; seed < 15; seed++)
            {
                data.Add(format, seed);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Extract_RenderedHtml_YieldsTheRenderedCells(ReportFormat format, int seed)
    {
        var cells = LayoutTableRendering.RandomCells(format, new Random(seed));
        var text = new ReportDocumentReader().Read(System.Text.Encoding.UTF8.GetBytes(LayoutTableRendering.Html(format, cells)), "report.html");
        AssertSameCells(cells, ReportCellExtractor.Extract(text, format));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Extract_RenderedDocx_YieldsTheRenderedCells(ReportFormat format, int seed)
    {
        var cells = LayoutTableRendering.RandomCells(format, new Random(seed));
        var text = new ReportDocumentReader().Read(Docx(format, cells), "report.docx");
        AssertSameCells(cells, ReportCellExtractor.Extract(text, format));
    }

    private static void AssertSameCells(IReadOnlyList<ReportCell> expected, IReadOnlyList<ReportCell> actual)
    {
        var missing = expected.Where(e => !actual.Any(a => a.Address.Equals(e.Address) && a.Value == e.Value)).Select(e => $"{e.Address} = {e.Value}").ToArray();
        var extra = actual.Where(a => !expected.Any(e => a.Address.Equals(e.Address))).Select(a => $"{a.Address} = {a.Value}").ToArray();
        Assert.True(missing.Length == 0 && extra.Length == 0, $"missing: {string.Join("; ", missing.Take(5))} extra: {string.Join("; ", extra.Take(5))}");
    }

    private static byte[] Docx(ReportFormat format, IReadOnlyList<ReportCell> cells)
    {
        var values = cells.ToDictionary(c => c.Address, c => c.Value);
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new Body(new Paragraph(new Run(new Text("某某县人民政府2020年政府信息公开工作年度报告"))));
            foreach (var table in ReportLayout.For(format).Tables.Where(t => t.Id != NarrativeFigures.TableId))
            {
                body.Append(new Paragraph(new Run(new Text(table.Title))));
                body.Append(Table(LayoutTableRendering.Grid(table, values)));
            }

            main.Document = new Document(body);
        }

        return stream.ToArray();
    }

    private static Table Table(List<List<RenderedCell>> rows)
    {
        // place the HTML-style rows on a slot grid, then write Word cells: gridSpan across, vMerge down
        var width = rows[0].Sum(c => c.ColumnSpan);
        var slots = new (RenderedCell Cell, int Row, int Column)?[rows.Count, width + 8];
        for (var r = 0; r < rows.Count; r++)
        {
            var c = 0;
            foreach (var cell in rows[r])
            {
                while (slots[r, c] is not null)
                {
                    c++;
                }

                for (var dr = 0; dr < cell.RowSpan && r + dr < rows.Count; dr++)
                {
                    for (var dc = 0; dc < cell.ColumnSpan; dc++)
                    {
                        slots[r + dr, c + dc] = (cell, r, c);
                    }
                }

                c += cell.ColumnSpan;
            }
        }

        var table = new Table();
        for (var r = 0; r < rows.Count; r++)
        {
            var row = new TableRow();
            for (var c = 0; c < width;)
            {
                if (slots[r, c] is not { } slot)
                {
                    row.Append(Cell(string.Empty, 1, null));
                    c++;
                    continue;
                }

                var merge = slot.Cell.RowSpan > 1 ? (slot.Row == r ? MergedCellValues.Restart : MergedCellValues.Continue) : (MergedCellValues?)null;
                row.Append(Cell(slot.Row == r ? slot.Cell.Text : string.Empty, slot.Cell.ColumnSpan, merge));
                c += slot.Cell.ColumnSpan;
            }

            table.Append(row);
        }

        return table;
    }

    private static TableCell Cell(string text, int gridSpan, MergedCellValues? merge)
    {
        var properties = new TableCellProperties();
        if (gridSpan > 1)
        {
            properties.Append(new GridSpan { Val = gridSpan });
        }

        if (merge is { } value)
        {
            properties.Append(value == MergedCellValues.Continue ? new VerticalMerge() : new VerticalMerge { Val = value });
        }

        return new TableCell(properties, new Paragraph(new Run(new Text(text))));
    }
}
