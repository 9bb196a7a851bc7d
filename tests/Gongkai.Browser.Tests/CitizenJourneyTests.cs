using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Gongkai.Browser.Tests;

public sealed class CitizenJourneyTests(KestrelPortal portal) : IClassFixture<KestrelPortal>
{
    [BrowserFact]
    public async Task Citizen_TwoCharacterSearch_FindsAndOpensACatalogueEntry()
    {
        var page = await portal.NewPageAsync();
        await page.GotoAsync("/");
        await page.GetByLabel("检索政府信息（可输入两个字，如“低保”“拆迁”）").FillAsync("低保");
        await page.Locator("form.big-search button").ClickAsync();

        await page.Locator("mark", new() { HasTextString = "低保" }).First.WaitForAsync();
        Assert.Matches(@"共 [1-9]\d* 条", await page.Locator("p.count").InnerTextAsync());
        await page.ScreenshotAsync(new() { Path = Path.Combine(KestrelPortal.Screenshots, "search-dibao.png"), FullPage = true });

        await page.Locator("ol.results h3 a").First.ClickAsync();
        await page.GetByText("索引号").WaitForAsync();
        Assert.Contains("发布机构", await page.Locator("table.meta-table").InnerTextAsync(), StringComparison.Ordinal);
        await page.ScreenshotAsync(new() { Path = Path.Combine(KestrelPortal.Screenshots, "entry.png"), FullPage = true });
    }

    [BrowserFact]
    public async Task Citizen_FilesARequest_AndTracksItWithTheCode()
    {
        var page = await portal.NewPageAsync();
        await page.GotoAsync("/Apply");
        await page.GetByLabel("受理机关（必填）").SelectOptionAsync(new SelectOptionValue { Label = "西宁市民政局" });
        await page.GetByLabel("申请人类型（必填）").SelectOptionAsync("NaturalPerson");
        await page.GetByLabel("姓名或名称（必填）").FillAsync("张三");
        await page.GetByLabel("身份证件号码或统一社会信用代码（必填）").FillAsync("110101199003076518");
        await page.GetByLabel("联系电话").FillAsync("13800000000");
        await page.GetByLabel("所需政府信息的名称、文号或特征描述（必填）").FillAsync("西宁市2024年城乡低保标准调整的通知");
        await page.GetByRole(AriaRole.Button, new() { Name = "查找已公开信息" }).ClickAsync();
        await page.Locator("section.matches").WaitForAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(KestrelPortal.Screenshots, "apply-check.png"), FullPage = true });

        await page.GetByLabel("信息的形式（必填）").SelectOptionAsync("电子文档");
        await page.GetByLabel("获取方式（必填）").SelectOptionAsync("网上获取");
        await page.GetByRole(AriaRole.Button, new() { Name = "提交申请" }).ClickAsync();

        var number = await page.Locator("#tracking-number").InnerTextAsync();
        var code = await page.Locator("#access-code").InnerTextAsync();
        Assert.StartsWith("YSQ", number, StringComparison.Ordinal);
        Assert.DoesNotContain(code, page.Url, StringComparison.Ordinal);
        await page.ScreenshotAsync(new() { Path = Path.Combine(KestrelPortal.Screenshots, "receipt.png"), FullPage = true });

        await page.GotoAsync("/Track");
        await page.GetByLabel("受理编号").FillAsync(number);
        await page.GetByLabel("查询码").FillAsync(code);
        await page.GetByRole(AriaRole.Button, new() { Name = "查询" }).ClickAsync();

        Assert.Equal("待确认收到", await page.Locator("#status").InnerTextAsync());
        Assert.Matches(new Regex(@"^\d{4}-\d{2}-\d{2}$"), await page.Locator("#due-on").InnerTextAsync());
        await page.ScreenshotAsync(new() { Path = Path.Combine(KestrelPortal.Screenshots, "tracking.png"), FullPage = true });
    }

    [BrowserFact]
    public async Task Citizen_KeyboardOnly_SubmitsARequest()
    {
        var page = await portal.NewPageAsync();
        await page.GotoAsync("/Apply");
        for (var i = 0; i < 60 && await ActiveIdAsync(page) != "Form_AgencyId"; i++)
        {
            await page.Keyboard.PressAsync("Tab");
        }

        Assert.Equal("Form_AgencyId", await ActiveIdAsync(page));
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync("王五");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync("110101199003076518");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync("13900000000");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync("人民路1号");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync("2023年部门预算公开表");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Form_Form", await ActiveIdAsync(page));
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("submit-request", await ActiveIdAsync(page));
        await page.Keyboard.PressAsync("Enter");

        await page.Locator("#tracking-number").WaitForAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(KestrelPortal.Screenshots, "keyboard-receipt.png"), FullPage = true });
    }

    private static Task<string> ActiveIdAsync(IPage page) => page.EvaluateAsync<string>("() => document.activeElement ? document.activeElement.id : ''");
}
