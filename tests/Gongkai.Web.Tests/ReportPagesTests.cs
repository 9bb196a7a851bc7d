using System.Net;
using System.Text.Json;
using AngleSharp.Html.Parser;

namespace Gongkai.Web.Tests;

/// <summary>The published annual reports on the portal: list, report page, downloads and the JSON API.</summary>
[Collection(PortalCollection.Name)]
public sealed class ReportPagesTests(PortalFactory portal)
{
    [Fact]
    public async Task Reports_List_ShowsEveryDemoReportWithItsLink()
    {
        var html = await portal.CreateClient().GetStringAsync("/Reports");

        var page = new HtmlParser().ParseDocument(html);
        var links = page.QuerySelectorAll("table.listing a").Select(a => (a.TextContent.Trim(), a.GetAttribute("href"))).ToArray();
        Assert.Contains(("西宁市人民政府2017年政府信息公开工作年度报告", "/reports/XN/2017"), links);
        Assert.Contains(("白云鄂博矿区人民政府2019年政府信息公开工作年度报告", "/reports/BYEB/2019"), links);
        Assert.Equal(10, links.Length);
    }

    [Fact]
    public async Task Report_Page_ShowsFrozenTableDownloadsAndQrCode()
    {
        var html = await portal.CreateClient().GetStringAsync("/reports/XN/2017");

        var page = new HtmlParser().ParseDocument(html);
        Assert.Equal("西宁市人民政府2017年政府信息公开工作年度报告", page.QuerySelector("article h1")!.TextContent.Trim());
        Assert.Contains(page.QuerySelectorAll("td.num"), td => td.TextContent.Trim() == "66045");
        Assert.NotNull(page.QuerySelector("figure.qr svg"));
        Assert.Equal(["docx", "pdf", "xlsx", "json"], page.QuerySelectorAll(".report-tools a[download]").Select(a => a.GetAttribute("href")!.Split('/')[^1]));
        Assert.Equal("/reports/report.css", page.QuerySelector("link[rel=stylesheet][href='/reports/report.css']")?.GetAttribute("href"));
        Assert.Contains(".gongkai-report table", await portal.CreateClient().GetStringAsync("/reports/report.css"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_Docx_DownloadsWordFile()
    {
        var response = await portal.CreateClient().GetAsync("/reports/BYEB/2019/download/docx");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", response.Content.Headers.ContentType!.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal((byte)'P', bytes[0]);
        Assert.Equal((byte)'K', bytes[1]);
    }

    [Fact]
    public async Task ReportsApi_OneReport_ReturnsCellsInTheDocumentedSchema()
    {
        var client = portal.CreateClient();

        using var list = JsonDocument.Parse(await client.GetStringAsync("/api/reports?year=2019"));
        var entry = Assert.Single(list.RootElement.EnumerateArray());
        Assert.Equal("BYEB", entry.GetProperty("agency").GetProperty("code").GetString());
        Assert.Equal("2019", entry.GetProperty("format").GetString()); // spelt as the audit JSON spells it
        using var report = JsonDocument.Parse(await client.GetStringAsync("/api/reports/BYEB/2019"));
        Assert.Equal(2019, report.RootElement.GetProperty("year").GetInt32());
        Assert.Equal("2019", report.RootElement.GetProperty("format").GetString());
        Assert.Contains(report.RootElement.GetProperty("cells").EnumerateArray(), c => c.GetProperty("value").ValueKind == JsonValueKind.Number && c.GetProperty("value").GetDecimal() == 24600);
    }

    [Theory]
    [InlineData("/reports/XN/2012")]
    [InlineData("/reports/NOPE/2017")]
    [InlineData("/api/reports/XN/2012")]
    [InlineData("/reports/XN/2017/download/exe")]
    public async Task Report_NotPublished_Returns404(string url)
    {
        var response = await portal.CreateClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
