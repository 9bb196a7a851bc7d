using Microsoft.Playwright;

namespace Gongkai.Browser.Tests;

public sealed class BackOfficeSignInTests(KestrelPortal portal) : IClassFixture<KestrelPortal>
{
    [BrowserFact]
    public async Task Administrator_SignsInWithThePassword_AndSeesTheBackOffice()
    {
        var page = await portal.SignedInPageAsync("admin", KestrelPortal.AdminPassword);
        Assert.Contains("系统管理员", await page.Locator("#signed-in-as").InnerTextAsync(), StringComparison.Ordinal);
        await page.ScreenshotAsync(new() { Path = Path.Combine(KestrelPortal.Screenshots, "admin-home.png"), FullPage = true });

        await page.GetByRole(AriaRole.Button, new() { Name = "退出" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "工作人员登录" }).WaitForAsync();
    }
}
