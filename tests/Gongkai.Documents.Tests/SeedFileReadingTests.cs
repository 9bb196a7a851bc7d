using System.Text;
using Gongkai.Domain.AnnualReports;
using Gongkai.Domain.Audit;

namespace Gongkai.Documents.Tests;

/// <summary>The five seed reports read from disk as they are, and re-encoded the ways government sites serve them.</summary>
public sealed class SeedFileReadingTests
{
    public static TheoryData<string, string, int, ReportFormat> Seeds => new()
    {
        { "000", "巴彦淖尔市", 2017, ReportFormat.Format2014 },
        { "001", "西宁市", 2017, ReportFormat.Format2014 },
        { "002", "二连浩特市人民政府办公室", 2011, ReportFormat.Format2008 },
        { "003", "白云鄂博矿区人民政府", 2019, ReportFormat.Format2019 },
        { "004", "博乐市", 2017, ReportFormat.Format2014 },
    };

    private readonly ReportDocumentReader _reader = new();

    [SeedTheory]
    [MemberData(nameof(Seeds))]
    public void Read_SeedFile_IsAReportWithItsMetadata(string seed, string agency, int year, ReportFormat layout)
    {
        var text = _reader.Read(SeedFiles.Path(seed));
        var metadata = ReportMetadataReader.Read(text);

        Assert.Equal(ReportReadStatus.Read, text.Status);
        Assert.Equal(ReportSourceKind.PlainText, text.SourceKind);
        Assert.Equal("utf-8", text.EncodingName);
        Assert.Equal(agency, metadata.AgencyName);
        Assert.Equal(year, metadata.ReportYear);
        Assert.Equal(layout, metadata.FormatGuess.Format);
    }

    [SeedTheory]
    [MemberData(nameof(Seeds))]
    public void Read_SeedReEncodedAsGbk_GivesTheSameLines(string seed, string agency, int year, ReportFormat layout)
    {
        var raw = File.ReadAllText(SeedFiles.Path(seed));
        var expected = ReportText.FromPlainText(raw);
        var gbk = Encoding.GetEncoding("GB18030").GetBytes(raw);

        var text = _reader.Read(gbk, seed + ".txt");

        Assert.Equal("gb18030", text.EncodingName);
        Assert.Equal(expected.Lines.Select(l => l.Original), text.Lines.Select(l => l.Original));
        var metadata = ReportMetadataReader.Read(text);
        Assert.Equal((agency, year, layout), (metadata.AgencyName, metadata.ReportYear, metadata.FormatGuess.Format));
    }

    [SeedFact]
    public void Read_SeedWithUtf8ByteOrderMark_DropsTheMark()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(File.ReadAllBytes(SeedFiles.Path("001"))).ToArray();

        var text = _reader.Read(bytes, "001.txt");

        Assert.Equal("utf-8", text.EncodingName);
        Assert.StartsWith("中央政府门户网站", text.Line(1).Original, StringComparison.Ordinal);
    }

    [SeedFact]
    public void Read_SeedAsUtf16_IsDecoded()
    {
        var raw = File.ReadAllText(SeedFiles.Path("004"));
        var withBom = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(raw)).ToArray();

        var text = _reader.Read(withBom, "004.txt");

        Assert.Equal("utf-16le", text.EncodingName);
        Assert.Equal("博乐市", ReportMetadataReader.Read(text).AgencyName);
    }

    [SeedFact]
    public void Read_SeedAsUtf16WithoutByteOrderMark_IsDecoded()
    {
        var raw = File.ReadAllText(SeedFiles.Path("003"));

        var text = _reader.Read(Encoding.Unicode.GetBytes(raw), "003.txt");

        Assert.Equal("utf-16le", text.EncodingName);
        Assert.Equal("白云鄂博矿区人民政府", ReportMetadataReader.Read(text).AgencyName);
    }

    [SeedFact]
    public void Read_TraditionalSeedAsBig5Html_IsNormalisedToSimplified()
    {
        var raw = File.ReadAllText(SeedFiles.Path("002"));
        var paragraphs = string.Concat(raw.Split('\n').Select(l => "<p>" + System.Net.WebUtility.HtmlEncode(l) + "</p>\n"));
        var html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=big5\"></head><body>\n" + paragraphs + "</body></html>";

        var text = _reader.Read(TestFiles.Big5.GetBytes(html), "002.htm");

        Assert.Equal("big5", text.EncodingName);
        Assert.Equal(ChineseScript.Traditional, text.Script);
        var metadata = ReportMetadataReader.Read(text);
        Assert.Equal("二连浩特市人民政府办公室", metadata.AgencyName);
        Assert.Equal(ReportFormat.Format2008, metadata.FormatGuess.Format);
    }
}
