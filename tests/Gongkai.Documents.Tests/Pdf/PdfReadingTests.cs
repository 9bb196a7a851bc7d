using System.Globalization;
using System.Text;
using Gongkai.Domain.Audit;
using Gongkai.Documents.Tests.Pdf;

namespace Gongkai.Documents.Tests.Pdf;

/// <summary>
/// PDF is read in-process (PdfPig): text with its pages, tables rebuilt from ruling lines or word alignment, page
/// furniture left out, scans listed. Geometry tests draw Helvetica text and lines (<see cref="TestPdf"/>), so they need
/// no font file and no outside tool.
/// </summary>
public sealed class PdfReadingTests
{
    private static readonly ReportDocumentReader Reader = new(new ReportDocumentReaderOptions { Ocr = null });

    [Fact]
    public void Read_Pdf_IsReadInProcessWithoutOutsideTools()
    {
        var text = Reader.Read(MinimalPdf("Annual report 2017: 48 requests"), "report.pdf");

        Assert.True(text.HasText, text.Message);
        Assert.Equal(ReportSourceKind.Pdf, text.SourceKind);
        Assert.Contains(text.Lines, l => l.Normalized.Contains("48 requests", StringComparison.Ordinal));
        Assert.All(text.Lines, l => Assert.Equal(1, l.Source.Page));
        Assert.All(text.Lines, l => Assert.NotNull(l.Source.Box));
    }

    [Fact]
    public void Read_BrokenPdf_IsUnreadableButNeverThrows()
    {
        var text = Reader.Read(Encoding.ASCII.GetBytes("%PDF-1.4\nthis is not a pdf"), "broken.pdf");

        Assert.Contains(text.Status, new[] { ReportReadStatus.Unreadable, ReportReadStatus.Empty });
        Assert.NotEmpty(text.Message);
    }

    [Fact]
    public void Read_RuledTableWithMergedCells_IsAGridWithSpans()
    {
        var pdf = new TestPdf().Page().Text(60, 60, "Statistics").Table(60, 100, 80,
        [
            ["Item", "Applicants", "<", "Total"],
            ["^", "Persons", "Firms", "^"],
            ["Received", "6", "42", "48"],
            ["Carried", "", "2", "2"],
        ]).Build();

        var text = Reader.Read(pdf, "t.pdf");

        var table = Assert.Single(text.Tables);
        Assert.Equal(4, table.RowCount);
        Assert.Equal(4, table.ColumnCount);
        Assert.Equal("Applicants", table[0, 1].Text);
        Assert.Equal(2, table[0, 1].ColumnSpan);
        Assert.Equal(2, table[0, 0].RowSpan);
        Assert.Equal(["Received", "6", "42", "48"], table.RowTexts(2));
        Assert.Equal(["Carried", "", "2", "2"], table.RowTexts(3));
        Assert.Equal(1, table[2, 3].Source.Page);
        Assert.NotNull(table[2, 3].Source.Box);
        Assert.Equal("Statistics", text.Lines[0].Original);
    }

    [Fact]
    public void Read_TableContinuedWithRepeatedHeader_IsOneTableWithoutTheRepeat()
    {
        var pdf = new TestPdf()
            .Page().Text(60, 40, "County Gazette 2017").Table(60, 600, 100, [["Item", "Count"], ["First", "1"], ["Second", "2"]]).Text(290, 800, "- 1 -")
            .Page().Text(60, 40, "County Gazette 2017").Table(60, 72, 100, [["Item", "Count"], ["Third", "3"]]).Text(290, 800, "- 2 -")
            .Build();

        var text = Reader.Read(pdf, "t.pdf");

        var table = Assert.Single(text.Tables);
        Assert.Equal(["Item", "Count"], table.RowTexts(0));
        Assert.Equal(["Third", "3"], table.RowTexts(3));
        Assert.Equal(4, table.RowCount);
        Assert.Equal(2, table[3, 1].Source.Page);
        Assert.DoesNotContain(text.Lines, l => l.Original.Contains("- 1 -", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_TableContinuedWithoutHeader_IsOneTable()
    {
        var pdf = new TestPdf()
            .Page().Table(60, 700, 100, [["Item", "Count"], ["First", "1"]])
            .Page().Table(60, 72, 100, [["Second", "2"], ["Third", "3"]])
            .Build();

        var table = Assert.Single(Reader.Read(pdf, "t.pdf").Tables);

        Assert.Equal(4, table.RowCount);
        Assert.Equal(["Third", "3"], table.RowTexts(3));
    }

    [Theory]
    [InlineData(90)]
    [InlineData(180)]
    [InlineData(270)]
    public void Read_RotatedPage_ReadsAsUpright(int rotation)
    {
        var pdf = new TestPdf().Page(rotation).Text(60, 60, "Heading").Table(60, 100, 80, [["Item", "Count"], ["Received", "48"]]).Build();

        var text = Reader.Read(pdf, "t.pdf");

        var table = Assert.Single(text.Tables);
        Assert.Equal(["Received", "48"], table.RowTexts(1));
        Assert.Equal("Heading", text.Lines[0].Original);
    }

    [Fact]
    public void Read_RunningHeaderAndPageNumbers_AreLeftOut()
    {
        var pdf = new TestPdf()
            .Page().Text(60, 30, "City Government Gazette").Text(60, 100, "Body one").Text(280, 810, "Page 1 of 2")
            .Page().Text(60, 30, "City Government Gazette").Text(60, 100, "Body two").Text(280, 810, "Page 2 of 2")
            .Build();

        var lines = Reader.Read(pdf, "t.pdf").Lines.Select(l => l.Original).ToArray();

        Assert.Equal(["Body one", "Body two"], lines);
    }

    [Fact]
    public void Read_TwoColumnText_ReadsLeftColumnFirst()
    {
        var page = new TestPdf().Page().Text(200, 40, "Full width title over both columns of the page");
        for (var i = 0; i < 6; i++)
        {
            page.Text(40, 100 + (i * 14), $"left column line {i}").Text(320, 100 + (i * 14), $"right column line {i}");
        }

        var lines = Reader.Read(page.Build(), "t.pdf").Lines.Select(l => l.Original).ToArray();

        Assert.Equal("Full width title over both columns of the page", lines[0]);
        // lines that fill their column are joined as a paragraph within the column (issue 14: two-column narrative)
        var text = string.Join(" ", lines.Skip(1));
        var expected = Enumerable.Range(0, 6).Select(i => $"left column line {i}").Concat(Enumerable.Range(0, 6).Select(i => $"right column line {i}")).ToArray();
        var at = expected.Select(e => text.IndexOf(e, StringComparison.Ordinal)).ToArray();
        Assert.All(at, a => Assert.True(a >= 0, text));
        Assert.Equal(at.Order(), at);
    }

    [Fact]
    public void Read_TableWithoutLines_IsAGridFromWordAlignment()
    {
        var pdf = new TestPdf().Page()
            .Text(60, 100, "Item").Text(300, 100, "Persons").Text(400, 100, "Total")
            .Text(60, 116, "Received").Text(300, 116, "6").Text(400, 116, "48")
            .Text(60, 132, "Carried over").Text(400, 132, "2")
            .Text(60, 148, "Closed").Text(300, 148, "5").Text(400, 148, "46")
            .Build();

        var table = Assert.Single(Reader.Read(pdf, "t.pdf").Tables);

        Assert.Equal(["Item", "Persons", "Total"], table.RowTexts(0));
        Assert.Equal(["Carried over", "", "2"], table.RowTexts(2));
        Assert.Equal(["Closed", "5", "46"], table.RowTexts(3));
    }

    [Fact]
    public void Read_ScanWithoutOcr_SaysWhichPagesHaveNoText()
    {
        var png = TestPdf.GrayPng(200, 280);
        var pdf = new TestPdf().Page().Image(0, 0, 595, 842, png).Page().Image(0, 0, 595, 842, png).Build();

        var text = Reader.Read(pdf, "scan.pdf");

        Assert.Equal(ReportReadStatus.Empty, text.Status);
        Assert.Contains("第1–2页", text.Message, StringComparison.Ordinal);
        Assert.Contains("扫描", text.Message, StringComparison.Ordinal);
        Assert.Contains("tesseract-ocr", text.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_PartlyScanned_ListsThePagesWithoutText()
    {
        var pdf = new TestPdf().Page().Text(60, 60, "Some text of the first page")
            .Page().Image(0, 0, 595, 842, TestPdf.GrayPng(100, 140)).Build();

        var text = Reader.Read(pdf, "mixed.pdf");

        Assert.True(text.HasText);
        Assert.Equal([2], text.PagesWithoutText);
        Assert.Empty(text.OcrPages);
    }

    /// <summary>A one-page PDF with one line of Helvetica text, xref offsets computed.</summary>
    private static byte[] MinimalPdf(string line)
    {
        var content = $"BT /F1 12 Tf 72 720 Td ({line}) Tj ET";
        string[] objects =
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
            $"<< /Length {content.Length} >>\nstream\n{content}\nendstream",
        ];
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = pdf.Length;
        pdf.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            pdf.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }

        pdf.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }
}
