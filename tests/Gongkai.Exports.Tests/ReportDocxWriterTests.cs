using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Gongkai.Documents;
using Gongkai.Domain.AnnualReports;

namespace Gongkai.Exports.Tests;

public sealed class ReportDocxWriterTests
{
    private readonly ReportDocxWriter _writer = new();

    [Theory]
    [MemberData(nameof(TestReports.AllFormats), MemberType = typeof(TestReports))]
    public void Write_AnyFormat_PassesOpenXmlValidator(ReportFormat format)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(_writer.Write(TestReports.For(format))), false);

        var errors = new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}").ToArray();

        Assert.Empty(errors);
    }

    [Theory]
    [MemberData(nameof(TestReports.AllFormats), MemberType = typeof(TestReports))]
    public void Write_AnyFormat_TitleHeadingsAndTablesInOrder(ReportFormat format)
    {
        var report = TestReports.For(format);
        using var document = WordprocessingDocument.Open(new MemoryStream(_writer.Write(report)), false);
        var body = document.MainDocumentPart!.Document!.Body!;
        string? StyleOf(Paragraph p) => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value;

        var paragraphs = body.Elements<Paragraph>().ToArray();
        Assert.Equal(report.Title, paragraphs[0].InnerText);
        Assert.Equal(ReportDocxWriter.TitleStyle, StyleOf(paragraphs[0]));
        Assert.Equal(report.Sections.Select(s => s.Section.Heading), paragraphs.Where(p => StyleOf(p) == ReportDocxWriter.HeadingStyle).Select(p => p.InnerText));
        Assert.Equal(TestReports.PrintedTables(format).Count, body.Elements<Table>().Count());
        Assert.Equal(report.Title, document.PackageProperties.Title);

        var styles = document.MainDocumentPart.StyleDefinitionsPart!.Styles!;
        var title = styles.Elements<Style>().Single(s => s.StyleId == ReportDocxWriter.TitleStyle);
        Assert.Equal(JustificationValues.Center, title.StyleParagraphProperties!.Justification!.Val!.Value);
        Assert.Equal("44", title.StyleRunProperties!.FontSize!.Val!.Value);
        Assert.Equal("仿宋_GB2312", styles.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!.RunFonts!.EastAsia!.Value);
        Assert.Equal("宋体", styles.Elements<Style>().Single(s => s.StyleId == ReportDocxWriter.TableTextStyle).StyleRunProperties!.RunFonts!.EastAsia!.Value);
        var fonts = document.MainDocumentPart.FontTablePart!.Fonts!.Elements<Font>().ToDictionary(f => f.Name!.Value!, f => f.AltName?.Val?.Value);
        Assert.Equal("仿宋", fonts["仿宋_GB2312"]);
        var size = body.GetFirstChild<SectionProperties>()!.GetFirstChild<PageSize>()!;
        Assert.Equal((11906U, 16838U), (size.Width!.Value, size.Height!.Value));
    }

    [Fact]
    public void Write_Table3_MergedHeaderCellsAsOfficialTable()
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(_writer.Write(TestReports.For(ReportFormat.Format2021))), false);
        var table = document.MainDocumentPart!.Document!.Body!.Elements<Table>().ElementAt(1);
        var rows = table.Elements<TableRow>().ToArray();
        TableCell Cell(string text) => table.Descendants<TableCell>().Single(c => c.InnerText == text);

        Assert.Equal(7, Cell("申请人情况").TableCellProperties!.GridSpan!.Val!.Value);
        Assert.Equal(5, Cell("法人或其他组织").TableCellProperties!.GridSpan!.Val!.Value);
        Assert.Equal(MergedCellValues.Restart, Cell("自然人").TableCellProperties!.VerticalMerge!.Val!.Value);
        Assert.Equal(MergedCellValues.Restart, Cell("三、本年度办理结果").TableCellProperties!.VerticalMerge!.Val!.Value);
        Assert.Equal(3, Cell("一、本年新收政府信息公开申请数量").TableCellProperties!.GridSpan!.Val!.Value);
        Assert.Equal(3, rows.Count(r => r.TableRowProperties?.GetFirstChild<TableHeader>() is not null));
        Assert.All(rows, r => Assert.NotNull(r.TableRowProperties!.GetFirstChild<CantSplit>()));
        Assert.Equal(10, table.GetFirstChild<TableGrid>()!.Elements<GridColumn>().Count());
        var borders = table.GetFirstChild<TableProperties>()!.TableBorders!;
        Assert.Equal(BorderValues.Single, borders.InsideVerticalBorder!.Val!.Value);
    }

    [Theory]
    [MemberData(nameof(TestReports.AllFormats), MemberType = typeof(TestReports))]
    public void Write_ReadBack_EveryDataCellInTheRowOfItsLabelAndTheColumnOfItsHeader(ReportFormat format)
    {
        var report = TestReports.For(format);
        var text = new ReportDocumentReader().Read(_writer.Write(report), "report.docx");
        var tables = TestReports.PrintedTables(format);

        Assert.Equal(tables.Count, text.Tables.Count);
        for (var t = 0; t < tables.Count; t++)
        {
            var grid = ReportTableGrid.For(tables[t], report.Data);
            var read = text.Tables[t];
            Assert.Equal((grid.RowCount, grid.ColumnCount), (read.RowCount, read.ColumnCount));
            foreach (var cell in grid.DataCells)
            {
                Assert.Equal(cell.Text, read[cell.Row, cell.Column].Text);
                foreach (var header in cell.Headers)
                {
                    // merged cells are expanded on reading: a row header is found in the data cell's row, a column
                    // header or sub-table title in its column; an outline heading sits in column 0 of an earlier row
                    var (row, column) = header.Kind == GridCellKind.RowHeader
                        ? (grid.Shape == ReportTableShape.Outline ? header.Row : cell.Row, header.Column)
                        : (header.Row, cell.Column);
                    Assert.Equal(header.Text, read[row, column].Text);
                    Assert.True(row <= cell.Row);
                }
            }
        }
    }

    [Fact]
    public void Write_ReadBack_Table3RowOfStateSecretsHasItsLabelsAndValues()
    {
        var report = TestReports.For(ReportFormat.Format2021);
        var table = new ReportDocumentReader().Read(_writer.Write(report), "report.docx").Tables[1];
        string[] path = ["三、本年度办理结果", "（三）不予公开", "1.属于国家秘密"];

        var row = Enumerable.Range(0, table.RowCount).Single(r => table.RowTexts(r)[2] == path[2]);

        Assert.Equal([.. path, .. Table3Labels.Columns.Select(c => PrintedValue.Of(report.Data.ValueAt(Table3Labels.At(path, c))))], table.RowTexts(row));
        Assert.Equal(22, table[Enumerable.Range(0, table.RowCount).First(r => table[r, 0].Text == path[0]), 0].RowSpan);
    }
}
