using Microsoft.Playwright;

namespace Gongkai.Browser.Tests;

/// <summary>A citizen reads a published annual report on the portal and downloads it.</summary>
public sealed class AnnualReportJourneyTests(KestrelPortal portal) : IClassFixture<KestrelPortal>
{
    [BrowserFact]
    public async Task Citizen_ReadsAnnualReport_AndDownloadsItAsWord()
    {
        var page = await portal.NewPageAsync();
        await page.GotoAsync("/Reports");
        await page.GetByRole(AriaRole.Link, new() { Name = "西宁市人民政府2017年政府信息公开工作年度报告" }).ClickAsync();

        await page.Locator("article h1").WaitForAsync();
        Assert.Contains("66045", await page.Locator("article").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await page.Locator("figure.qr svg").CountAsync());
        await page.ScreenshotAsync(new() { Path = Path.Combine(KestrelPortal.Screenshots, "annual-report.png"), FullPage = true });

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Word 文档（DOCX）" }).ClickAsync());
        Assert.EndsWith(".docx", download.SuggestedFilename, StringComparison.Ordinal);
        var file = Path.Combine(KestrelPortal.Screenshots, "西宁2017.docx");
        await download.SaveAsAsync(file);
        var bytes = await File.ReadAllBytesAsync(file);
        Assert.True(bytes.Length > 5_000 && bytes[0] == (byte)'P' && bytes[1] == (byte)'K');
    }
}
