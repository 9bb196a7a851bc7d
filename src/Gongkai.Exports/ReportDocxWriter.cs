using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Gongkai.Domain.AnnualReports;

namespace Gongkai.Exports;

/// <summary>
/// The report as a Word document (DocumentFormat.OpenXml) in the style of a government document: A4, title centred in
/// 方正小标宋简体 二号, headings in 黑体 三号, text in 仿宋_GB2312 三号, tables in 宋体 with single borders, merged header
/// cells (GridSpan / VerticalMerge) laid out by <see cref="ReportTableGrid"/>, header rows repeated on each page and
/// no row split across pages. Fonts carry fallbacks (font table altName: 仿宋, 宋体, SimHei).
/// </summary>
public sealed class ReportDocxWriter : IReportExport
{
    /// <summary>Style id of the title paragraph.</summary>
    public const string TitleStyle = "Title";

    /// <summary>Style id of a part heading ("一、总体情况").</summary>
    public const string HeadingStyle = "Heading1";

    /// <summary>Style id of a table caption paragraph.</summary>
    public const string CaptionStyle = "Caption";

    /// <summary>Style id of the text inside table cells.</summary>
    public const string TableTextStyle = "TableText";

    private const int TextWidthTwips = 11906 - 1588 - 1474;

    /// <inheritdoc/>
    public string Name => "docx";

    /// <inheritdoc/>
    public string ContentType => "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /// <inheritdoc/>
    public string FileExtension => ".docx";

    /// <summary>The .docx bytes of <paramref name="report"/>.</summary>
    public byte[] Write(AnnualReportDocument report)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            document.PackageProperties.Title = report.Title;
            document.PackageProperties.Creator = report.Data.Agency.Name;
            document.PackageProperties.Language = "zh-CN";
            var main = document.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = Styles();
            main.AddNewPart<FontTablePart>().Fonts = OfficialDocx.FontTable();
            main.Document = new Document(Body(report));
        }

        return stream.ToArray();
    }

    /// <inheritdoc/>
    public async Task WriteAsync(AnnualReportDocument report, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        await output.WriteAsync(Write(report), cancellationToken).ConfigureAwait(false);
    }

    private static Body Body(AnnualReportDocument report)
    {
        var body = new Body();
        body.Append(OfficialDocx.StyledParagraph(TitleStyle, report.Title));
        foreach (var section in report.Sections)
        {
            body.Append(OfficialDocx.StyledParagraph(HeadingStyle, section.Section.Heading));
            foreach (var paragraph in section.Paragraphs)
            {
                body.Append(new Paragraph(new Run(OfficialDocx.TextOf(paragraph))));
            }

            if (PrintedTables.Of(report, section) is { } table)
            {
                body.Append(OfficialDocx.StyledParagraph(CaptionStyle, table.Title));
                body.Append(Table(ReportTableGrid.For(table, report.Data)));
                body.Append(new Paragraph());
            }
        }

        body.Append(new SectionProperties(
            new PageSize { Width = 11906U, Height = 16838U },
            new PageMargin { Top = 2098, Bottom = 1984, Left = 1588U, Right = 1474U, Header = 851U, Footer = 992U, Gutter = 0U }));
        return body;
    }

    private static Table Table(ReportTableGrid grid)
    {
        var widths = GridColumnWidths.Of(grid).Select(w => (int)Math.Floor(w * TextWidthTwips)).ToArray();
        var small = grid.ColumnCount > 10;
        var table = new Table(
            new TableProperties
            {
                TableWidth = new TableWidth { Width = widths.Sum().ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
                TableJustification = new TableJustification { Val = TableRowAlignmentValues.Center },
                TableBorders = new TableBorders(
                    new TopBorder { Val = BorderValues.Single, Size = 4U, Color = "000000" },
                    new LeftBorder { Val = BorderValues.Single, Size = 4U, Color = "000000" },
                    new BottomBorder { Val = BorderValues.Single, Size = 4U, Color = "000000" },
                    new RightBorder { Val = BorderValues.Single, Size = 4U, Color = "000000" },
                    new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4U, Color = "000000" },
                    new InsideVerticalBorder { Val = BorderValues.Single, Size = 4U, Color = "000000" }),
                TableLayout = new TableLayout { Type = TableLayoutValues.Fixed },
                TableCellMarginDefault = new TableCellMarginDefault(
                    new TableCellLeftMargin { Width = 57, Type = TableWidthValues.Dxa },
                    new TableCellRightMargin { Width = 57, Type = TableWidthValues.Dxa }),
            },
            new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString(CultureInfo.InvariantCulture) })));

        for (var row = 0; row < grid.RowCount; row++)
        {
            var rowProperties = new TableRowProperties(new CantSplit());
            if (row < grid.HeaderRowCount)
            {
                rowProperties.Append(new TableHeader());
            }

            var tableRow = new TableRow(rowProperties);
            for (var column = 0; column < grid.ColumnCount;)
            {
                var cell = grid.At(row, column);
                var width = widths.Skip(cell.Column).Take(cell.ColumnSpan).Sum();
                tableRow.Append(cell.Row == row ? OriginCell(cell, width, small) : ContinuationCell(cell, width));
                column = cell.Column + cell.ColumnSpan;
            }

            table.Append(tableRow);
        }

        return table;
    }

    private static TableCell OriginCell(GridCell cell, int width, bool small)
    {
        var properties = CellProperties(cell, width);
        if (cell.RowSpan > 1)
        {
            properties.VerticalMerge = new VerticalMerge { Val = MergedCellValues.Restart };
        }

        var justification = cell.Kind switch
        {
            GridCellKind.RowHeader or GridCellKind.Corner or GridCellKind.Title => JustificationValues.Left,
            _ => JustificationValues.Center,
        };
        var paragraphProperties = new ParagraphProperties
        {
            ParagraphStyleId = new ParagraphStyleId { Val = TableTextStyle },
            Indentation = cell.Level > 0 ? new Indentation { Left = (cell.Level * 315).ToString(CultureInfo.InvariantCulture) } : null,
            Justification = new Justification { Val = justification },
        };
        var runProperties = new RunProperties
        {
            Bold = cell.Kind == GridCellKind.Title ? new Bold() : null,
            FontSize = small || cell.Kind == GridCellKind.Corner ? new FontSize { Val = "18" } : null,
            FontSizeComplexScript = small || cell.Kind == GridCellKind.Corner ? new FontSizeComplexScript { Val = "18" } : null,
        };
        var paragraph = new Paragraph(paragraphProperties);
        if (cell.Text.Length > 0)
        {
            paragraph.Append(new Run(runProperties, OfficialDocx.TextOf(cell.Text)));
        }

        return new TableCell(properties, paragraph);
    }

    private static TableCell ContinuationCell(GridCell cell, int width)
    {
        var properties = CellProperties(cell, width);
        properties.VerticalMerge = new VerticalMerge();
        return new TableCell(properties, new Paragraph(new ParagraphProperties { ParagraphStyleId = new ParagraphStyleId { Val = TableTextStyle } }));
    }

    private static TableCellProperties CellProperties(GridCell cell, int width) => new()
    {
        TableCellWidth = new TableCellWidth { Width = width.ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
        GridSpan = cell.ColumnSpan > 1 ? new GridSpan { Val = cell.ColumnSpan } : null,
        TableCellVerticalAlignment = new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center },
    };

    private static Styles Styles()
    {
        var defaults = OfficialDocx.Defaults();

        var normal = OfficialDocx.NormalStyle();

        var title = OfficialDocx.ParagraphStyle(TitleStyle, "Title",
            new StyleParagraphProperties
            {
                KeepNext = new KeepNext(),
                SpacingBetweenLines = new SpacingBetweenLines { Line = "700", LineRule = LineSpacingRuleValues.Exact, Before = "0", After = "560" },
                Indentation = new Indentation { FirstLineChars = 0, FirstLine = "0" },
                Justification = new Justification { Val = JustificationValues.Center },
                OutlineLevel = null,
            },
            new StyleRunProperties
            {
                RunFonts = OfficialDocx.Fonts("方正小标宋简体"),
                FontSize = new FontSize { Val = "44" },
                FontSizeComplexScript = new FontSizeComplexScript { Val = "44" },
            });

        var heading = OfficialDocx.ParagraphStyle(HeadingStyle, "heading 1",
            new StyleParagraphProperties
            {
                KeepNext = new KeepNext(),
                KeepLines = new KeepLines(),
                Indentation = new Indentation { FirstLineChars = 200, FirstLine = "640" },
                OutlineLevel = new OutlineLevel { Val = 0 },
            },
            new StyleRunProperties
            {
                RunFonts = OfficialDocx.Fonts("黑体"),
                FontSize = new FontSize { Val = "32" },
                FontSizeComplexScript = new FontSizeComplexScript { Val = "32" },
            });

        var caption = OfficialDocx.ParagraphStyle(CaptionStyle, "caption",
            new StyleParagraphProperties
            {
                KeepNext = new KeepNext(),
                SpacingBetweenLines = new SpacingBetweenLines { Line = "400", LineRule = LineSpacingRuleValues.Exact, Before = "120", After = "120" },
                Indentation = new Indentation { FirstLineChars = 0, FirstLine = "0" },
                Justification = new Justification { Val = JustificationValues.Center },
            },
            new StyleRunProperties
            {
                RunFonts = OfficialDocx.Fonts("黑体"),
                FontSize = new FontSize { Val = "24" },
                FontSizeComplexScript = new FontSizeComplexScript { Val = "24" },
            });

        var tableText = OfficialDocx.ParagraphStyle(TableTextStyle, "Table Text",
            new StyleParagraphProperties
            {
                SpacingBetweenLines = new SpacingBetweenLines { Line = "240", LineRule = LineSpacingRuleValues.Auto, Before = "0", After = "0" },
                Indentation = new Indentation { FirstLineChars = 0, FirstLine = "0" },
            },
            new StyleRunProperties
            {
                RunFonts = OfficialDocx.Fonts("宋体"),
                FontSize = new FontSize { Val = "21" },
                FontSizeComplexScript = new FontSizeComplexScript { Val = "21" },
            });

        return new Styles(defaults, normal, title, heading, caption, tableText);
    }
}
