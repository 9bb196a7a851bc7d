using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Gongkai.Domain.AnnualReports;

namespace Gongkai.Exports.Tests;

/// <summary>
/// PDFs composed to look like reports as agencies really publish them (issue 14, Done-when 1): a report generated from
/// consistent random records (<see cref="GeneratedReportRoundTripTests.Generate"/>), written as DOCX, then reworked
/// the way agencies' Word files look — a long agency name so the 小标宋 title wraps onto a second line, the 索引号 block
/// a site prints above the report (a bordered table), the narrative set in two columns, the long table on a landscape
/// page of its own with its header rows repeated after the page break, "第 N 页 共 M 页" or "- N -" page numbers — and
/// exported to PDF by LibreOffice. The PDF and the cells it prints (a TSV: address key, value) are committed, so a
/// plain clone reads them with only the .NET SDK.
/// </summary>
internal static class ComposedRealReport
{
    public const string Agency = "内蒙古自治区包头市白云鄂博矿区人民政府办公室";

    /// <summary>The generator names every agency this; the composed reports use <see cref="Agency"/>.</summary>
    private const string GeneratedAgency = "某县人民政府";

    /// <summary>The fixtures: format, seed of the generated records, and which real-world traits each one carries.</summary>
    public static readonly Fixture[] Fixtures =
    [
        new(ReportFormat.Format2008, 8_001, TwoColumnNarrative: true, LandscapeTable: false, PageOfPages: true),
        new(ReportFormat.Format2014, 14_001, TwoColumnNarrative: true, LandscapeTable: true, PageOfPages: true),
        new(ReportFormat.Format2019, 19_001, TwoColumnNarrative: true, LandscapeTable: true, PageOfPages: false),
        new(ReportFormat.Format2021, 21_001, TwoColumnNarrative: false, LandscapeTable: true, PageOfPages: true),
    ];

    public static string FixtureFolder => Path.Combine(AppContext.BaseDirectory, "Fixtures");

    /// <summary>The generated report of <paramref name="fixture"/> and the DOCX composed from it.</summary>
    public static (AnnualReportDocument Report, byte[] Docx) Compose(Fixture fixture)
    {
        var report = GeneratedReportRoundTripTests.Generate(fixture.Format, new Random(fixture.Seed));
        using var stream = new MemoryStream();
        var docx = new ReportDocxWriter().Write(report);
        stream.Write(docx);
        using (var document = WordprocessingDocument.Open(stream, isEditable: true))
        {
            var main = document.MainDocumentPart!;
            var body = main.Document!.Body!;
            foreach (var text in body.Descendants<Text>())
            {
                text.Text = text.Text.Replace(GeneratedAgency, Agency, StringComparison.Ordinal);
            }

            var year = report.Data.Year;
            body.PrependChild(IndexBlock(year));
            var final = body.Elements<SectionProperties>().Last();
            final.PrependChild(new FooterReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(Footer(main, fixture.PageOfPages)) });
            var children = body.ChildElements.ToList();
            var tables = children.OfType<Table>().Skip(1).ToList(); // the first is the 索引号 block
            if (fixture.TwoColumnNarrative)
            {
                // the narrative from the first heading to the first table caption (or to the end) in two columns
                var first = children.OfType<Paragraph>().First(p => Style(p) == ReportDocxWriter.HeadingStyle);
                var end = tables.Count > 0 ? (OpenXmlElement)tables[0].PreviousSibling()! : children.OfType<Paragraph>().Last();
                first.InsertBeforeSelf(SectionBreak(Portrait(), columns: 1, continuous: true));
                end.InsertBeforeSelf(SectionBreak(Portrait(), columns: 2, continuous: true));
            }

            if (fixture.LandscapeTable && tables.Count > 0)
            {
                // the table with the most rows, its caption with it, on landscape pages of their own
                var table = tables.OrderByDescending(t => t.Elements<TableRow>().Count()).First();
                var caption = table.PreviousSibling()!;
                caption.InsertBeforeSelf(SectionBreak(Portrait(), columns: 1, continuous: false));
                table.InsertAfterSelf(SectionBreak(Landscape(), columns: 1, continuous: false));
                var width = (16838 - 1588 - 1474).ToString(CultureInfo.InvariantCulture);
                table.GetFirstChild<TableProperties>()!.TableWidth = new TableWidth { Width = width, Type = TableWidthUnitValues.Dxa };
            }

            main.Document.Save();
        }

        return (report, stream.ToArray());
    }

    /// <summary>The cells the fixture prints: one line per cell, address key TAB value (empty for blank).</summary>
    public static string CellsTsv(AnnualReportDocument report)
    {
        var text = new StringBuilder();
        text.Append("# ").Append(report.Data.Format).Append('\t').Append(report.Data.Year).Append('\n');
        foreach (var cell in report.Data.Cells)
        {
            text.Append(cell.Address.Key).Append('\t').Append(cell.Value?.ToString(CultureInfo.InvariantCulture) ?? string.Empty).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>Writes every fixture (PDF by LibreOffice, and its cells) into <paramref name="folder"/>.</summary>
    public static void Write(string folder)
    {
        var work = Directory.CreateTempSubdirectory("gongkai-composed-").FullName;
        try
        {
            var files = new List<string>();
            foreach (var fixture in Fixtures)
            {
                var (report, docx) = Compose(fixture);
                var path = Path.Combine(work, fixture.Name + ".docx");
                File.WriteAllBytes(path, docx);
                File.WriteAllText(Path.Combine(folder, fixture.Name + ".cells.tsv"), CellsTsv(report));
                files.Add(path);
            }

            LibreOffice.ConvertToPdf(files, folder);
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private static string? Style(Paragraph paragraph) => paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value;

    private static PageSize Portrait() => new() { Width = 11906U, Height = 16838U };

    private static PageSize Landscape() => new() { Width = 16838U, Height = 11906U, Orient = PageOrientationValues.Landscape };

    /// <summary>An empty paragraph ending a section (Word keeps a section's properties on its last paragraph).</summary>
    private static Paragraph SectionBreak(PageSize size, int columns, bool continuous)
    {
        var properties = new SectionProperties();
        if (continuous)
        {
            properties.Append(new SectionType { Val = SectionMarkValues.Continuous });
        }

        properties.Append(
            size,
            new PageMargin { Top = 2098, Bottom = 1984, Left = 1588U, Right = 1474U, Header = 851U, Footer = 992U, Gutter = 0U },
            new Columns { ColumnCount = (short)columns, Space = "425" });
        return new Paragraph(new ParagraphProperties(properties));
    }

    private static FooterPart Footer(MainDocumentPart main, bool pageOfPages)
    {
        var part = main.AddNewPart<FooterPart>();
        var runs = new List<OpenXmlElement>();
        void Literal(string text) => runs.Add(new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
        void Field(string code)
        {
            runs.Add(new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }));
            runs.Add(new Run(new FieldCode($" {code} ") { Space = SpaceProcessingModeValues.Preserve }));
            runs.Add(new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }));
            runs.Add(new Run(new Text("1")));
            runs.Add(new Run(new FieldChar { FieldCharType = FieldCharValues.End }));
        }

        if (pageOfPages)
        {
            Literal("第 ");
            Field("PAGE");
            Literal(" 页 共 ");
            Field("NUMPAGES");
            Literal(" 页");
        }
        else
        {
            Literal("- ");
            Field("PAGE");
            Literal(" -");
        }

        var paragraph = new Paragraph(new ParagraphProperties(new Justification { Val = JustificationValues.Center }));
        paragraph.Append(runs);
        part.Footer = new Footer(paragraph);
        return part;
    }

    private static Table IndexBlock(int year)
    {
        string[][] rows =
        [
            ["索引号：", $"11150206MB1234567X/{year + 1}-00003", "组配分类：", "政府信息公开年报"],
            ["发布机构：", "白云鄂博矿区政府办", "生成日期：", $"{year + 1}-01-20"],
            ["文号：", "无", "主题分类：", "综合政务"],
        ];
        var table = new Table(new TableProperties(
            new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
            new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = 4 },
                new BottomBorder { Val = BorderValues.Single, Size = 4 },
                new LeftBorder { Val = BorderValues.Single, Size = 4 },
                new RightBorder { Val = BorderValues.Single, Size = 4 },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 },
                new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 })));
        foreach (var row in rows)
        {
            table.Append(new TableRow(row.Select(text => new TableCell(new Paragraph(new Run(
                new RunProperties(new FontSize { Val = "21" }),
                new Text(text) { Space = SpaceProcessingModeValues.Preserve }))))));
        }

        return table;
    }

    internal sealed record Fixture(ReportFormat Format, int Seed, bool TwoColumnNarrative, bool LandscapeTable, bool PageOfPages)
    {
        public string Name => $"composed-real-{Format switch { ReportFormat.Format2008 => "2008", ReportFormat.Format2014 => "2014", ReportFormat.Format2019 => "2019", _ => "2021" }}";
    }
}
