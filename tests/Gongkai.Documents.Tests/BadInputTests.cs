using System.Text;
using Gongkai.Domain.Audit;

namespace Gongkai.Documents.Tests;

/// <summary>Whatever comes in, the caller gets a result that says what happened — never an exception.</summary>
public sealed class BadInputTests : IDisposable
{
    private readonly ReportDocumentReader _reader = new();
    private readonly TestFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void Read_RandomBytes_IsUnreadable()
    {
        var bytes = new byte[4096];
        new Random(42).NextBytes(bytes);

        var text = _reader.Read(bytes, "garbage.txt");

        Assert.Equal(ReportReadStatus.Unreadable, text.Status);
        Assert.Contains("无法识别", text.Message, StringComparison.Ordinal);
        Assert.Empty(text.Lines);
    }

    [Fact]
    public void Read_RandomBytesNamedHtml_IsUnreadable()
    {
        var bytes = new byte[4096];
        new Random(1).NextBytes(bytes);

        Assert.Equal(ReportReadStatus.Unreadable, _reader.Read(bytes, "page.shtml").Status);
    }

    [Fact]
    public void Read_EmptyFile_IsEmpty()
    {
        var path = _files.Write("empty.txt", []);

        var text = _reader.Read(path);

        Assert.Equal(ReportReadStatus.Empty, text.Status);
        Assert.Equal("文件为空。", text.Message);
    }

    [Fact]
    public void Read_HtmlWithoutText_IsEmpty()
    {
        var text = _reader.Read(Encoding.UTF8.GetBytes("<html><head><script>var a=1;</script></head><body><img src=a.png></body></html>"), "blank.html");

        Assert.Equal(ReportReadStatus.Empty, text.Status);
    }

    [Fact]
    public void Read_TextThatIsNotAReport_IsNotAReportButReadable()
    {
        var text = _reader.Read(Encoding.UTF8.GetBytes("关于举办春季运动会的通知\n各单位：定于四月举办运动会。"), "notice.txt");

        Assert.Equal(ReportReadStatus.NotAReport, text.Status);
        Assert.True(text.HasText);
        Assert.Equal(2, text.Lines.Count);
    }

    [Fact]
    public void Read_GbkTextFile_IsDecoded()
    {
        var path = _files.Write("gbk.txt", TestFiles.Gbk.GetBytes("某某市2018年政府信息公开工作年度报告\r\n一、概述\r\n全年受理申请４８件。"));

        var text = _reader.Read(path);

        Assert.Equal("gb18030", text.EncodingName);
        Assert.Equal("一、概述", text.Line(2).Original);
        Assert.Equal("全年受理申请48件。", text.Line(3).Normalized);
        Assert.Equal("某某市", ReportMetadataReader.Read(text).AgencyName);
    }

    [Fact]
    public void Read_TraditionalUtf8Text_IsNormalisedToSimplified()
    {
        var text = _reader.Read(Encoding.UTF8.GetBytes("某某縣2012年政府信息公開工作年度報告\n一、概述\n本年度收到申請數共二件，均已辦結。"), "trad.txt");

        Assert.Equal(ChineseScript.Traditional, text.Script);
        Assert.Equal("本年度收到申请数共二件,均已办结。", text.Line(3).Normalized);
        Assert.Equal("某某县", ReportMetadataReader.Read(text).AgencyName);
    }

    [Theory]
    [InlineData(new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0 }, "old.doc", ".docx")]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, "scan.png", "OCR")]
    [InlineData(new byte[] { 0x7B, 0x5C, 0x72, 0x74, 0x66, 0x31 }, "report.rtf", "RTF")]
    public void Read_UnsupportedFormat_SaysWhatToDo(byte[] bytes, string name, string hint)
    {
        var text = _reader.Read(bytes, name);

        Assert.Equal(ReportReadStatus.Unreadable, text.Status);
        Assert.Contains(hint, text.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MissingFile_IsUnreadable()
    {
        var text = _reader.Read(Path.Combine(_files.Folder, "nowhere.html"));

        Assert.Equal(ReportReadStatus.Unreadable, text.Status);
        Assert.Contains("找不到文件", text.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_FileOverTheLimit_IsRefused()
    {
        var reader = new ReportDocumentReader(new ReportDocumentReaderOptions { MaxFileBytes = 10 });

        var text = reader.Read(Encoding.UTF8.GetBytes("政府信息公开工作年度报告全文"), "big.txt");

        Assert.Equal(ReportReadStatus.Unreadable, text.Status);
        Assert.Contains("文件过大", text.Message, StringComparison.Ordinal);
    }
}
