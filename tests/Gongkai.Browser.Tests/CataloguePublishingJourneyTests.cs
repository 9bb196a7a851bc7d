using Gongkai.Data.Officers;
using Microsoft.Playwright;

namespace Gongkai.Browser.Tests;

/// <summary>An officer drafts an entry, an approver reviews and publishes it, a citizen finds it with a two-character search.</summary>
public sealed class CataloguePublishingJourneyTests(KestrelPortal portal) : IClassFixture<KestrelPortal>
{
    [BrowserFact]
    public async Task Officer_Drafts_Approver_ReviewsAndPublishes_Citizen_FindsIt()
    {
        var officerName = await portal.CreateOfficerAsync("XN-MZ", "赵经办", OfficerRole.Officer);
        var approverName = await portal.CreateOfficerAsync("XN-MZ", "钱审核", OfficerRole.Approver);

        var officer = await portal.SignedInPageAsync(officerName);
        await officer.GotoAsync("/Admin/Catalogue/Edit");
        await officer.GetByLabel("标题").FillAsync("关于发放鸿雁社区冬季取暖补贴的通知");
        await officer.GetByLabel("文号").FillAsync("西民发〔2026〕8号");
        await officer.GetByLabel("主题分类").SelectOptionAsync(new SelectOptionValue { Label = "社会救助" });
        await officer.GetByLabel("成文日期").FillAsync("2026-11-20");
        await officer.GetByLabel("正文").FillAsync("<p>各街道：现将冬季取暖补贴发放事项通知如下。</p>");
        await officer.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await officer.GetByRole(AriaRole.Button, new() { Name = "送审" }).ClickAsync();
        Assert.Equal("待审查", await officer.Locator("#entry-status").InnerTextAsync());
        var entryPath = new Uri(officer.Url).AbsolutePath;

        var approver = await portal.SignedInPageAsync(approverName);
        await approver.GotoAsync("/Admin/Catalogue/Review");
        await approver.GetByRole(AriaRole.Link, new() { Name = "关于发放鸿雁社区冬季取暖补贴的通知" }).ClickAsync();
        await approver.GetByRole(AriaRole.Button, new() { Name = "审查通过" }).ClickAsync();
        await approver.GetByRole(AriaRole.Button, new() { Name = "发布" }).ClickAsync();
        Assert.Equal("已发布", await approver.Locator("#entry-status").InnerTextAsync());
        await approver.ScreenshotAsync(new() { Path = Path.Combine(KestrelPortal.Screenshots, "catalogue-published.png"), FullPage = true });

        var citizen = await portal.NewPageAsync();
        await citizen.GotoAsync("/search?q=" + Uri.EscapeDataString("鸿雁"));
        await citizen.Locator($"a[href*='{entryPath.Replace("/Admin", string.Empty, StringComparison.Ordinal)}']").First.ClickAsync();
        await citizen.GetByRole(AriaRole.Heading, new() { Name = "关于发放鸿雁社区冬季取暖补贴的通知" }).WaitForAsync();
    }
}
