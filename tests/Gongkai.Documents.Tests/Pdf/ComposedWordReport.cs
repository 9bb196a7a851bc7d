using System.Diagnostics;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Gongkai.Domain.AnnualReports;
using Gongkai.Domain.Tests.Audit.Extraction;

namespace Gongkai.Documents.Tests.Pdf;

/// <summary>
/// The generator of the composed PDF fixtures (Fixtures/composed-*.pdf): a report laid out the way agencies write them
/// in Word — the 索引号 block a site prints above it (a bordered table), a title in 小标宋 that wraps onto a second line
/// (or is written as two lines: agency, then the report), 仿宋 body, tables with every border drawn, merged header
/// cells, header rows marked "repeat at the top of each page" so the long table 三 repeats them after the page break,
/// and "- N -" page numbers in the footer — exported to PDF by LibreOffice (not Gongkai's own exporter). Values come
/// from <see cref="LayoutTableRendering.RandomCells"/> with a fixed seed, so a test knows every cell.
/// Run with GONGKAI_REGENERATE_PDF_FIXTURES=1 and LibreOffice installed to write the fixtures again.
/// </summary>
internal static class ComposedWordReport
{
    public const string Agency = "内蒙古自治区包头市白云鄂博矿区人民政府办公室";

    public static readonly (ReportFormat Format, int Year, int Seed, bool TitleOnTwoLines)[] Fixtures =
    [
        (ReportFormat.Format2019, 2020, 19, false),
        (ReportFormat.Format2021, 2022, 21, true),
    ];

    public static string FileName(ReportFormat format) => $"composed-{(int)format switch { 0 => "2008", 1 => "2014", 2 => "2019", _ => "2021" }}.pdf";

    /// <summary>The table cells printed in the fixture of <paramref name="format"/>.</summary>
    public static IReadOnlyList<ReportCell> Cells(ReportFormat format) =>
        LayoutTableRendering.RandomCells(format, new Random(Fixtures.Single(f => f.Format == format).Seed));

    public static byte[] Docx(ReportFormat format)
    {
        var (_, year, _, twoLines) = Fixtures.Single(f => f.Format == format);
        var layout = ReportLayout.For(format);
        var values = Cells(format).ToDictionary(c => c.Address, c => c.Value);
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new Body();
            body.Append(IndexBlock(year));
            if (twoLines)
            {
                body.Append(Paragraph(Agency, 44, "方正小标宋简体", center: true));
                body.Append(Paragraph($"{year}年政府信息公开工作年度报告", 44, "方正小标宋简体", center: true));
            }
            else
            {
                body.Append(Paragraph($"{Agency}{year}年政府信息公开工作年度报告", 44, "方正小标宋简体", center: true));
            }

            body.Append(Paragraph($"本报告由{Agency}根据《中华人民共和国政府信息公开条例》编制，所列数据的统计期限自{year}年1月1日起至{year}年12月31日止。", 32, "仿宋_GB2312"));
            foreach (var section in layout.Sections)
            {
                body.Append(Paragraph(section.Heading, 32, "黑体"));
                body.Append(Paragraph("本机关坚持以公开为常态、不公开为例外，进一步完善工作机制，推进政府信息公开工作规范化、标准化。", 32, "仿宋_GB2312"));
                if (section.TableId is { } id && id != NarrativeFigures.TableId)
                {
                    var table = layout.Table(id);
                    body.Append(Paragraph(table.Title, 28, "黑体", center: true));
                    body.Append(Table(LayoutTableRendering.Grid(table, values)));
                }
            }

            body.Append(Paragraph($"{Agency}", 32, "仿宋_GB2312", right: true));
            body.Append(Paragraph($"{year + 1}年1月20日", 32, "仿宋_GB2312", right: true));
            var footer = main.AddNewPart<FooterPart>();
            footer.Footer = new Footer(new Paragraph(
                new ParagraphProperties(new Justification { Val = JustificationValues.Center }),
                new Run(new Text("- ") { Space = SpaceProcessingModeValues.Preserve }),
                new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
                new Run(new FieldCode(" PAGE ") { Space = SpaceProcessingModeValues.Preserve }),
                new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }),
                new Run(new Text("1")),
                new Run(new FieldChar { FieldCharType = FieldCharValues.End }),
                new Run(new Text(" -") { Space = SpaceProcessingModeValues.Preserve })));
            body.Append(new SectionProperties(
                new FooterReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(footer) },
                new PageSize { Width = 11906, Height = 16838 },
                new PageMargin { Top = 2098, Bottom = 1984, Left = 1588, Right = 1474, Header = 851, Footer = 992 }));
            main.Document = new Document(body);
        }

        return stream.ToArray();
    }

    /// <summary>Writes the fixtures with LibreOffice into <paramref name="folder"/>.</summary>
    public static void WritePdfs(string folder, string soffice)
    {
        var work = Directory.CreateTempSubdirectory("gongkai-composed-").FullName;
        try
        {
            foreach (var (format, _, _, _) in Fixtures)
            {
                var docx = Path.Combine(work, Path.ChangeExtension(FileName(format), ".docx"));
                File.WriteAllBytes(docx, Docx(format));
                var start = new ProcessStartInfo(soffice) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
                foreach (var a in new[] { $"-env:UserInstallation=file://{work}/profile", "--headless", "--convert-to", "pdf", "--outdir", folder, docx })
                {
                    start.ArgumentList.Add(a);
                }

                using var process = Process.Start(start)!;
                process.StandardOutput.ReadToEnd();
                process.StandardError.ReadToEnd();
                process.WaitForExit();
            }
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private static Table IndexBlock(int year)
    {
        string[][] rows =
        [
            ["索引号：", $"11150206MB1234567X/{year + 1}-00003", "组配分类：", "政府信息公开年报"],
            ["发布机构：", "白云鄂博矿区政府办", "生成日期：", $"{year + 1}-01-20"],
            ["文号：", "无", "主题分类：", "综合政务"],
        ];
        var table = new Table(Borders());
        foreach (var row in rows)
        {
            table.Append(new TableRow(row.Select(text => Cell(text, 1, null, 21, header: false))));
        }

        return table;
    }

    private static Table Table(List<List<RenderedCell>> grid)
    {
        // Word writes a grid of column widths: labels wide, figures narrow (9 638 twips = the text width)
        var columns = grid[0].Sum(c => c.ColumnSpan);
        var labels = LabelColumns(grid, columns);
        var labelWidth = labels == 0 ? 0 : Math.Min(2600, 4400 / labels);
        var figureWidth = (9638 - (labels * labelWidth)) / Math.Max(1, columns - labels);
        var widths = Enumerable.Range(0, columns).Select(c => c < labels ? labelWidth : figureWidth).ToArray();
        var table = new Table(Borders(), new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString(System.Globalization.CultureInfo.InvariantCulture) })));
        var covered = new Dictionary<(int Row, int Column), (int Span, bool Last)>();
        for (var r = 0; r < grid.Count; r++)
        {
            var column = 0;
            var row = new TableRow();
            if (r < HeaderRows(grid))
            {
                row.Append(new TableRowProperties(new TableHeader()));
            }

            var cells = new Queue<RenderedCell>(grid[r]);
            while (cells.Count > 0 || covered.Keys.Any(k => k.Row == r && k.Column >= column))
            {
                if (covered.TryGetValue((r, column), out var merge))
                {
                    row.Append(Cell(string.Empty, merge.Span, MergedCellValues.Continue, 21, header: false, Width(widths, column, merge.Span)));
                    column += merge.Span;
                    continue;
                }

                if (cells.Count == 0)
                {
                    break;
                }

                var cell = cells.Dequeue();
                row.Append(Cell(cell.Text, cell.ColumnSpan, cell.RowSpan > 1 ? MergedCellValues.Restart : null, 21, cell.IsHeader, Width(widths, column, cell.ColumnSpan)));
                for (var below = 1; below < cell.RowSpan; below++)
                {
                    covered[(r + below, column)] = (cell.ColumnSpan, below == cell.RowSpan - 1);
                }

                column += cell.ColumnSpan;
            }

            table.Append(row);
        }

        return table;
    }

    private static int Width(int[] widths, int column, int span) => widths.Skip(column).Take(span).Sum();

    /// <summary>Columns left of the first column that holds a figure in some row.</summary>
    private static int LabelColumns(List<List<RenderedCell>> grid, int columns)
    {
        var first = columns;
        var covered = new Dictionary<(int Row, int Column), int>();
        for (var r = 0; r < grid.Count; r++)
        {
            var column = 0;
            foreach (var cell in grid[r])
            {
                while (covered.ContainsKey((r, column)))
                {
                    column += covered[(r, column)];
                }

                if (!cell.IsHeader && cell.Text.Length > 0 && char.IsDigit(cell.Text[^1]) && !cell.Text.EndsWith('项'))
                {
                    first = Math.Min(first, column);
                }

                for (var below = 1; below < cell.RowSpan; below++)
                {
                    covered[(r + below, column)] = cell.ColumnSpan;
                }

                column += cell.ColumnSpan;
            }
        }

        return Math.Min(first, columns - 1);
    }

    private static int HeaderRows(List<List<RenderedCell>> grid) => grid.TakeWhile(r => r.All(c => c.IsHeader || c.Text.Length == 0 || !char.IsDigit(c.Text[0]))).Count();

    private static TableProperties Borders() => new(
        new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
        new TableBorders(
            new TopBorder { Val = BorderValues.Single, Size = 4 },
            new BottomBorder { Val = BorderValues.Single, Size = 4 },
            new LeftBorder { Val = BorderValues.Single, Size = 4 },
            new RightBorder { Val = BorderValues.Single, Size = 4 },
            new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 },
            new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 }));

    private static TableCell Cell(string text, int span, MergedCellValues? merge, int halfPoints, bool header, int width = 0)
    {
        var properties = new TableCellProperties();
        if (width > 0)
        {
            properties.Append(new TableCellWidth { Width = width.ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa });
        }

        if (span > 1)
        {
            properties.Append(new GridSpan { Val = span });
        }

        if (merge is { } m)
        {
            properties.Append(new VerticalMerge { Val = m });
        }

        properties.Append(new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center });
        return new TableCell(properties, Paragraph(text, halfPoints, header ? "黑体" : "宋体", center: header || (text.Length > 0 && char.IsDigit(text[^1]))));
    }

    private static Paragraph Paragraph(string text, int halfPoints, string font, bool center = false, bool right = false)
    {
        var properties = new ParagraphProperties();
        if (center || right)
        {
            properties.Append(new Justification { Val = center ? JustificationValues.Center : JustificationValues.Right });
        }

        var run = new Run(
            new RunProperties(new RunFonts { Ascii = font, EastAsia = font, HighAnsi = font }, new FontSize { Val = halfPoints.ToString(System.Globalization.CultureInfo.InvariantCulture) }),
            new Text(text) { Space = SpaceProcessingModeValues.Preserve });
        return new Paragraph(properties, run);
    }
}
