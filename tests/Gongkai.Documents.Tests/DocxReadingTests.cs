using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Gongkai.Domain.Audit;

namespace Gongkai.Documents.Tests;

/// <summary>Word documents built in the test with OpenXml, with the merged cells of the official tables.</summary>
public sealed class DocxReadingTests
{
    private readonly ReportDocumentReader _reader = new();

    [Fact]
    public void Read_Docx_ParagraphsAndTablesInDocumentOrder()
    {
        var text = _reader.Read(BuildReport(), "report.docx");

        Assert.Equal(ReportReadStatus.Read, text.Status);
        Assert.Equal(ReportSourceKind.Docx, text.SourceKind);
        Assert.Equal("某某县2021年政府信息公开工作年度报告", text.Line(1).Original);
        Assert.Equal("三、收到和处理政府信息公开申请情况", text.Line(4).Original);
        Assert.Equal(0, text.Line(5).TableIndex);
        Assert.Equal("四、政府信息公开行政复议、行政诉讼情况", text.Line(8).Original);
        Assert.Equal("本年度未发生。", text.Line(9).Original);
    }

    [Fact]
    public void Read_Docx_GridSpanAndVerticalMergeExpandToGrid()
    {
        var table = _reader.Read(BuildReport(), "report.docx").Tables.Single();

        Assert.Equal((3, 3), (table.RowCount, table.ColumnCount));
        Assert.Equal(new[] { "项目", "项目", "总计" }, table.RowTexts(0));
        Assert.Equal(new[] { "三、本年度办理结果", "（一）予以公开", "5" }, table.RowTexts(1));
        Assert.Equal(new[] { "三、本年度办理结果", "（二）部分公开", "1" }, table.RowTexts(2));
        Assert.Equal(2, table[1, 0].RowSpan);
        Assert.False(table[2, 0].IsOrigin);
        Assert.Equal(2, table[0, 0].ColumnSpan);
        Assert.Equal(5m, table[1, 2].Figure.Value);
    }

    [Fact]
    public void Read_Docx_LocationsAreInTheExtractedText()
    {
        var text = _reader.Read(BuildReport(), "report.docx");

        var offset = 0;
        foreach (var line in text.Lines)
        {
            Assert.Equal(new SourcePosition(line.Number, offset), line.Source);
            offset += line.Original.Length + 1;
        }

        var cell = text.Tables[0][1, 1];
        var row = text.Line(cell.Source.Line);
        Assert.Equal(cell.Text, row.Original.Substring(cell.Source.Offset - row.Source.Offset, cell.Text.Length));
    }

    [Fact]
    public void Read_Docx_MetadataAndTitleProperty()
    {
        var text = _reader.Read(BuildReport(), "report.docx");
        var metadata = ReportMetadataReader.Read(text);

        Assert.Equal("某某县2021年年报", text.Title);
        Assert.Equal("某某县", metadata.AgencyName);
        Assert.Equal(2021, metadata.ReportYear);
        Assert.Equal(new[] { 1, 3, 4 }, metadata.Sections.Select(s => s.Number));
    }

    [Fact]
    public void Read_DocxLineBreakAndTab_SplitLinesAndKeepTabs()
    {
        var bytes = BuildDocument(body =>
        {
            body.Append(new Paragraph(new Run(new Text("政府信息公开工作年度报告"), new Break(), new Text("第二行"), new TabChar(), new Text("48"))));
        });

        var text = _reader.Read(bytes, "breaks.docx");

        Assert.Equal("政府信息公开工作年度报告", text.Line(1).Original);
        Assert.Equal("第二行\t48", text.Line(2).Original);
    }

    [Fact]
    public void Read_CorruptDocx_IsUnreadableNotAnException()
    {
        var bytes = BuildReport();
        Array.Resize(ref bytes, bytes.Length / 2);

        var text = _reader.Read(bytes, "cut.docx");

        Assert.Equal(ReportReadStatus.Unreadable, text.Status);
        Assert.NotEmpty(text.Message);
        Assert.Empty(text.Lines);
    }

    [Fact]
    public void Read_ZipThatIsNotWord_IsUnreadable()
    {
        using var stream = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(stream, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = new StreamWriter(zip.CreateEntry("data.csv").Open());
            entry.Write("a,b");
        }

        var text = _reader.Read(stream.ToArray(), "data.zip");

        Assert.Equal(ReportReadStatus.Unreadable, text.Status);
    }

    private static byte[] BuildReport() => BuildDocument(body =>
    {
        body.Append(Paragraph("某某县2021年政府信息公开工作年度报告"));
        body.Append(Paragraph("一、总体情况"));
        body.Append(Paragraph("本县认真贯彻《中华人民共和国政府信息公开条例》。"));
        body.Append(Paragraph("三、收到和处理政府信息公开申请情况"));
        body.Append(new Table(
            new TableProperties(new TableBorders(new TopBorder { Val = BorderValues.Single })),
            new TableGrid(new GridColumn(), new GridColumn(), new GridColumn()),
            new TableRow(Cell("项目", gridSpan: 2), Cell("总计")),
            new TableRow(Cell("三、本年度办理结果", merge: MergedCellValues.Restart), Cell("（一）予以公开"), Cell("5")),
            new TableRow(Cell(string.Empty, merge: MergedCellValues.Continue), Cell("（二）部分公开"), Cell("1"))));
        body.Append(Paragraph("四、政府信息公开行政复议、行政诉讼情况"));
        body.Append(Paragraph("本年度未发生。"));
    }, title: "某某县2021年年报");

    private static byte[] BuildDocument(Action<Body> fill, string? title = null)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new Body();
            fill(body);
            main.Document = new Document(body);
            if (title is not null)
            {
                document.PackageProperties.Title = title;
            }
        }

        return stream.ToArray();
    }

    private static Paragraph Paragraph(string text) => new(new Run(new Text(text)));

    private static TableCell Cell(string text, int gridSpan = 1, MergedCellValues? merge = null)
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

        return new TableCell(properties, Paragraph(text));
    }
}
