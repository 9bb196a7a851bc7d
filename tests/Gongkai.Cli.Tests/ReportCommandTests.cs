using AngleSharp.Html.Parser;

namespace Gongkai.Cli.Tests;

/// <summary>`gongkai demo` then `gongkai report`, run as the user runs them.</summary>
public sealed class ReportCommandTests : IDisposable
{
    private readonly GongkaiProcess _gongkai = new();

    [Fact]
    public async Task Report_DemoAgencyAsHtml_WritesPageWithSeedFigures()
    {
        await _gongkai.UseDemoDatabaseAsync();
        var file = Path.Combine(_gongkai.Folder, "西宁2017.html");

        var (exit, _, error) = await _gongkai.RunAsync(null, "report", "--agency", "西宁市人民政府", "--year", "2017", "--format", "html", "--out", file);

        Assert.Equal(0, exit);
        Assert.Contains("0 个错误", error, StringComparison.Ordinal);
        var page = new HtmlParser().ParseDocument(await File.ReadAllTextAsync(file));
        Assert.Equal("西宁市人民政府2017年政府信息公开工作年度报告", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains(page.QuerySelectorAll("td.num"), td => td.TextContent.Trim() == "66045");
    }

    [Fact]
    public async Task Report_SecondDemoRun_ChangesNothing()
    {
        await _gongkai.UseDemoDatabaseAsync();

        var (exit, output, _) = await _gongkai.RunAsync(null, "demo");

        Assert.Equal(0, exit);
        Assert.Contains("未作改动", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_JsonToStandardOutput_HasSchemaFields()
    {
        await _gongkai.UseDemoDatabaseAsync();

        var (exit, output, _) = await _gongkai.RunAsync(null, "report", "--agency", "BYEB", "--year", "2019");

        Assert.Equal(0, exit);
        using var json = System.Text.Json.JsonDocument.Parse(output);
        Assert.Equal("2019", json.RootElement.GetProperty("format").GetString());
        Assert.Equal(2019, json.RootElement.GetProperty("year").GetInt32());
        Assert.Equal("白云鄂博矿区人民政府", json.RootElement.GetProperty("agency").GetProperty("name").GetString());
        Assert.Contains(json.RootElement.GetProperty("cells").EnumerateArray(), c => c.GetProperty("value").ValueKind == System.Text.Json.JsonValueKind.Number && c.GetProperty("value").GetDecimal() == 24600);
    }

    [Theory]
    [InlineData("不存在的机关", "2017", "未找到机关")]
    [InlineData("西宁市人民政府", "2012", "没有任何记录")]
    [InlineData("西宁市人民政府", "1999", "报告年度1999无效")]
    public async Task Report_UnknownAgencyOrYearWithoutData_ExitsTwoWithMessage(string agency, string year, string message)
    {
        await _gongkai.UseDemoDatabaseAsync();

        var (exit, output, error) = await _gongkai.RunAsync(null, "report", "--agency", agency, "--year", year);

        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_DocxWithoutOut_ExitsTwo()
    {
        var (exit, _, error) = await _gongkai.RunAsync(null, "report", "--agency", "西宁市人民政府", "--year", "2017", "--format", "docx");

        Assert.Equal(2, exit);
        Assert.Contains("--out", error, StringComparison.Ordinal);
    }

    public void Dispose() => _gongkai.Dispose();
}
