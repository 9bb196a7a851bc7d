using System.Text;
using Gongkai.Domain.AnnualReports;
using Gongkai.Domain.Audit;

namespace Gongkai.Documents.Tests;

/// <summary>
/// A report printed like the 西宁 seed (<see cref="PrintedReport"/>: portal header, flattened 统计表) read back in
/// the encodings government sites serve — GB18030, UTF-16 with and without a byte-order mark, UTF-8 with a mark —
/// and re-published in traditional characters as Big5 HTML. Runs on a plain clone (no seed folder needed).
/// </summary>
public sealed class PrintedReportReadingTests
{
    private readonly ReportDocumentReader _reader = new();

    private static void AssertIsThePrintedReport(ReportText text)
    {
        var metadata = ReportMetadataReader.Read(text);
        Assert.Equal((PrintedReport.Agency, PrintedReport.Year, ReportFormat.Format2014),
            (metadata.AgencyName, metadata.ReportYear, metadata.FormatGuess.Format));
    }

    [Fact]
    public void Read_PrintedReportAsUtf8_IsAReportWithItsMetadata()
    {
        var text = _reader.Read(Encoding.UTF8.GetBytes(PrintedReport.Simplified), "printed.txt");

        Assert.Equal((ReportReadStatus.Read, ReportSourceKind.PlainText, "utf-8"), (text.Status, text.SourceKind, text.EncodingName));
        AssertIsThePrintedReport(text);
    }

    [Fact]
    public void Read_PrintedReportAsGbk_GivesTheSameLines()
    {
        var expected = ReportText.FromPlainText(PrintedReport.Simplified);

        var text = _reader.Read(Encoding.GetEncoding("GB18030").GetBytes(PrintedReport.Simplified), "printed.txt");

        Assert.Equal("gb18030", text.EncodingName);
        Assert.Equal(expected.Lines.Select(l => l.Original), text.Lines.Select(l => l.Original));
        AssertIsThePrintedReport(text);
    }

    [Fact]
    public void Read_PrintedReportWithUtf8ByteOrderMark_DropsTheMark()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(PrintedReport.Simplified)).ToArray();

        var text = _reader.Read(bytes, "printed.txt");

        Assert.Equal("utf-8", text.EncodingName);
        Assert.StartsWith("中央政府门户网站", text.Line(1).Original, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_PrintedReportAsUtf16_IsDecoded()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(PrintedReport.Simplified)).ToArray();

        var text = _reader.Read(bytes, "printed.txt");

        Assert.Equal("utf-16le", text.EncodingName);
        AssertIsThePrintedReport(text);
    }

    [Fact]
    public void Read_PrintedReportAsUtf16WithoutByteOrderMark_IsDecoded()
    {
        var text = _reader.Read(Encoding.Unicode.GetBytes(PrintedReport.Simplified), "printed.txt");

        Assert.Equal("utf-16le", text.EncodingName);
        AssertIsThePrintedReport(text);
    }

    [Fact]
    public void Read_TraditionalPrintedReportAsBig5Html_IsNormalisedToSimplified()
    {
        var paragraphs = string.Concat(PrintedReport.Traditional.Split('\n').Select(l => "<p>" + System.Net.WebUtility.HtmlEncode(l) + "</p>\n"));
        var html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=big5\"></head><body>\n" + paragraphs + "</body></html>";

        var text = _reader.Read(TestFiles.Big5.GetBytes(html), "printed.htm");

        Assert.Equal("big5", text.EncodingName);
        Assert.Equal(ChineseScript.Traditional, text.Script);
        AssertIsThePrintedReport(text);
    }
}
