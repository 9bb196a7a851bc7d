using System.Text;
using Gongkai.Domain.AnnualReports;

namespace Gongkai.Exports.Tests;

public sealed class ReportExportsTests
{
    private readonly ReportExports _exports = ReportExports.CreateDefault();

    [Fact]
    public void CreateDefault_Names_SixFormats()
    {
        Assert.Equal(["html", "docx", "xlsx", "pdf", "json", "txt"], _exports.Names);
        Assert.All(_exports.All, e => Assert.Equal("." + e.Name, e.FileExtension));
    }

    [Theory]
    [InlineData("DOCX", "application/vnd.openxmlformats-officedocument.wordprocessingml.document")]
    [InlineData(".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")]
    [InlineData("html", "text/html; charset=utf-8")]
    [InlineData("pdf", "application/pdf")]
    [InlineData("json", "application/json; charset=utf-8")]
    [InlineData("txt", "text/plain; charset=utf-8")]
    public void Get_KnownName_ExportWithContentType(string name, string contentType) =>
        Assert.Equal(contentType, _exports.Get(name).ContentType);

    [Fact]
    public void Get_UnknownName_ChineseMessageListingFormats()
    {
        var error = Assert.Throws<ArgumentException>(() => _exports.Get("odt"));

        Assert.Contains("不支持的导出格式“odt”", error.Message, StringComparison.Ordinal);
        Assert.Contains("html、docx、xlsx、pdf、json、txt", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WriteAsync_Json_EveryCellRoundTrips()
    {
        var report = TestReports.For(ReportFormat.Format2021);
        using var stream = new MemoryStream();

        await _exports.Get("json").WriteAsync(report, stream);

        var (read, findings) = AnnualReportJson.Deserialize(Encoding.UTF8.GetString(stream.ToArray()));
        Assert.Equal(report.Data.Cells, read.Cells);
        Assert.Equal((ReportFormat.Format2021, 2023, TestReports.Agency), (read.Format, read.Year, read.Agency));
        Assert.Empty(findings);
    }

    [Theory]
    [InlineData("html", "<!DOCTYPE html>")]
    [InlineData("txt", "某某市人民政府2023年政府信息公开工作年度报告\n")]
    [InlineData("docx", "PK")]
    [InlineData("xlsx", "PK")]
    public async Task WriteAsync_ByName_WritesThatFormat(string name, string start)
    {
        using var stream = new MemoryStream();

        await _exports.Get(name).WriteAsync(TestReports.For(ReportFormat.Format2021), stream);

        Assert.StartsWith(start, Encoding.UTF8.GetString(stream.ToArray()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WriteAsync_PdfWithoutChromium_ChineseMessageNamingTheFix()
    {
        var pdf = new ReportPdfWriter(options: new ChromiumOptions { ExecutablePath = "/nonexistent/chromium" });

        var error = await Assert.ThrowsAsync<ChromiumNotFoundException>(() => pdf.WriteAsync(TestReports.For(ReportFormat.Format2021), Stream.Null));

        Assert.False(pdf.IsAvailable);
        Assert.Equal("/nonexistent/chromium", error.Path);
        Assert.Contains("未找到 Chromium 浏览器", error.Message, StringComparison.Ordinal);
        Assert.Contains("apt-get install chromium fonts-noto-cjk", error.Message, StringComparison.Ordinal);
        Assert.Contains("GONGKAI_CHROMIUM", error.Message, StringComparison.Ordinal);
    }
}
