using System.Globalization;
using System.Text;
using Gongkai.Domain.Audit;

namespace Gongkai.Documents.Tests;

/// <summary>PDF goes through poppler's pdftotext when it is installed, and says clearly when it is not.</summary>
public sealed class PdfReadingTests
{
    [Fact]
    public void Read_PdfWithoutPdftotext_SaysWhatToInstall()
    {
        var reader = new ReportDocumentReader(new ReportDocumentReaderOptions { PdfToTextPath = "/nonexistent/pdftotext" });

        var text = reader.Read(MinimalPdf("Report 2017"), "report.pdf");

        Assert.Equal(ReportReadStatus.ToolMissing, text.Status);
        Assert.Equal(ReportSourceKind.Pdf, text.SourceKind);
        Assert.Contains("poppler-utils", text.Message, StringComparison.Ordinal);
        Assert.Contains("pdftotext", text.Message, StringComparison.Ordinal);
        Assert.Null(ReportMetadataReader.Read(text).FormatGuess.Format);
    }

    [Fact]
    public void Read_Pdf_IsExtractedWhenPdftotextIsInstalled()
    {
        var text = new ReportDocumentReader().Read(MinimalPdf("Annual report 2017: 48 requests"), "report.pdf");

        if (text.Status == ReportReadStatus.ToolMissing)
        {
            Assert.Contains("poppler-utils", text.Message, StringComparison.Ordinal); // machine without poppler-utils
            return;
        }

        Assert.True(text.HasText, text.Message);
        Assert.Contains(text.Lines, l => l.Normalized.Contains("48 requests", StringComparison.Ordinal));
        Assert.All(text.Lines, l => Assert.Equal(1, l.Source.Page));
    }

    [Fact]
    public void Read_BrokenPdf_IsUnreadableOrToolMissingButNeverThrows()
    {
        var text = new ReportDocumentReader().Read(Encoding.ASCII.GetBytes("%PDF-1.4\nthis is not a pdf"), "broken.pdf");

        Assert.Contains(text.Status, new[] { ReportReadStatus.Unreadable, ReportReadStatus.ToolMissing, ReportReadStatus.Empty });
        Assert.NotEmpty(text.Message);
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
