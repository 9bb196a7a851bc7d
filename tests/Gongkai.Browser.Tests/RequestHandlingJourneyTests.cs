using System.Text.RegularExpressions;
using Gongkai.Data.Officers;
using Microsoft.Playwright;

namespace Gongkai.Browser.Tests;

/// <summary>
/// The back-office request journey in a real browser: an officer registers a letter, sends a correction notice,
/// receives the correction, proposes an extension that an approver approves, replies 部分公开 with a generated notice (downloaded as DOCX), records delivery; an
/// officer of another agency gets 404 for the request page.
/// </summary>
public sealed partial class RequestHandlingJourneyTests(KestrelPortal portal) : IClassFixture<KestrelPortal>
{
    private static string Day(int offset) => TestClock.Day(offset);

    private static Task Shot(IPage page, string name) =>
        page.ScreenshotAsync(new() { Path = Path.Combine(KestrelPortal.Screenshots, name), FullPage = true });

    [BrowserFact]
    public async Task Officer_HandlesALetterRequest_FromRegistrationToDelivery()
    {
        var officer = await portal.SignedInPageAsync(await portal.CreateOfficerAsync("XN-MZ", "李经办"));

        // Register a letter request.
        await officer.GotoAsync("/Admin/Requests/Register");
        await officer.GetByLabel("提交方式").SelectOptionAsync("Post");
        await officer.GetByLabel("提交日期（挂号信为签收之日）").FillAsync(Day(-10));
        await officer.GetByLabel("姓名或者名称").FillAsync("王信函");
        await officer.GetByLabel("联系电话").FillAsync("13900000000");
        await officer.GetByLabel("通信地址").FillAsync("西宁市城中区某路1号");
        await officer.Locator("#description").FillAsync("2025年城乡低保资金发放情况及审批文件");
        await officer.GetByLabel("申请人提交的材料").FillAsync("申请表原件1份；身份证复印件1份；信封1个");
        await Shot(officer, "request-register.png");
        await officer.GetByRole(AriaRole.Button, new() { Name = "登记" }).ClickAsync();
        await officer.Locator("#tracking-number").WaitForAsync();
        Assert.Contains("已登记申请", await officer.Locator(".success").InnerTextAsync(), StringComparison.Ordinal);
        var requestUrl = new Uri(officer.Url).AbsolutePath;
        Assert.Matches(RequestPath(), requestUrl);

        // Correction notice, then the corrected request.
        await officer.Locator("#correction-on").FillAsync(Day(-8));
        await officer.Locator("#correction-items").FillAsync("请写明所需审批文件的文号或者发文日期");
        await officer.GetByRole(AriaRole.Button, new() { Name = "发出补正告知" }).ClickAsync();
        Assert.Equal("待补正", await officer.Locator("#status").InnerTextAsync());
        await officer.Locator("#corrected-on").FillAsync(Day(-6));
        await officer.GetByRole(AriaRole.Button, new() { Name = "记录收到补正" }).ClickAsync();
        Assert.Equal("办理中", await officer.Locator("#status").InnerTextAsync());

        // The officer can only propose an extension.
        Assert.Equal(0, await officer.Locator("#form-approve-extension").CountAsync());
        await officer.Locator("#propose-days").FillAsync("10");
        await officer.Locator("#propose-reason").FillAsync("需调取档案资料");
        await officer.GetByRole(AriaRole.Button, new() { Name = "提出延期申请" }).ClickAsync();
        await officer.Locator("#extension-pending").WaitForAsync();
        await Shot(officer, "request-extension-proposed.png");

        // The approver (工作机构负责人) approves it.
        var approver = await portal.SignedInPageAsync(await portal.CreateOfficerAsync("XN-MZ", "王主任", OfficerRole.Approver));
        await approver.GotoAsync("/Admin/Requests?Waiting=ExtensionApproval");
        await approver.Locator($"a[href='{requestUrl}']").ClickAsync();
        var dueBefore = await approver.Locator("#due-on").InnerTextAsync();
        await approver.GetByRole(AriaRole.Button, new() { Name = "批准延期" }).ClickAsync();
        Assert.Contains("已批准延长答复期限", await approver.Locator(".success").InnerTextAsync(), StringComparison.Ordinal);
        Assert.NotEqual(dueBefore, await approver.Locator("#due-on").InnerTextAsync());
        Assert.Contains("批准人：王主任", await approver.Locator("#timeline").InnerTextAsync(), StringComparison.Ordinal);
        await Shot(approver, "request-extension-approved.png");

        // Reply 部分公开 with grounds.
        await officer.ReloadAsync();
        await officer.Locator("#reply-outcome").SelectOptionAsync("PartlyDisclosed");
        await officer.Locator("#reply-grounds").FillAsync("所申请信息中涉及个人隐私的内容，依据《条例》第十五条不予公开，其余部分予以公开。");
        await officer.Locator("#reply-content").FillAsync("随本告知书提供可以公开部分的复印件（共3页）");
        await officer.Locator("#reply-basis").FillAsync("《中华人民共和国政府信息公开条例》第十五条");
        Assert.True(await officer.Locator("#reply-notice").IsCheckedAsync());
        await officer.GetByRole(AriaRole.Button, new() { Name = "答复", Exact = true }).ClickAsync();
        Assert.Equal("已答复", await officer.Locator("#status").InnerTextAsync());
        Assert.Contains("已生成部分公开告知书", await officer.Locator(".success").InnerTextAsync(), StringComparison.Ordinal);
        var notices = officer.Locator("#notices");
        Assert.Contains("部分公开告知书", await notices.InnerTextAsync(), StringComparison.Ordinal);
        var download = await officer.RunAndWaitForDownloadAsync(() => notices.GetByRole(AriaRole.Link, new() { Name = "DOCX" }).Last.ClickAsync());
        Assert.EndsWith(".docx", download.SuggestedFilename, StringComparison.Ordinal);
        await Shot(officer, "request-replied-with-notice.png");

        // Delivery with method and evidence.
        await officer.Locator("#deliver-method").FillAsync("EMS 邮寄，运单号 1234567890，回执存档");
        await officer.GetByRole(AriaRole.Button, new() { Name = "记录送达" }).ClickAsync();
        Assert.Equal("已送达", await officer.Locator("#status").InnerTextAsync());
        var timeline = await officer.Locator("#timeline").InnerTextAsync();
        foreach (var step in new[] { "提交申请", "告知补正", "收到补正后的申请", "延长答复期限", "作出答复", "答复已送达" })
        {
            Assert.Contains(step, timeline, StringComparison.Ordinal);
        }

        await Shot(officer, "request-delivered.png");

        // An officer of another agency: 404, and the request is not in their queue.
        var outsider = await portal.SignedInPageAsync(await portal.CreateOfficerAsync("XN-CD", "赵他局"));
        // (Chromium shows no page for an empty 404 response, so ask with the page's own cookies.)
        var response = await outsider.Context.APIRequest.GetAsync(requestUrl);
        Assert.Equal(404, response.Status);
        await outsider.GotoAsync("/Admin/Requests?View=All&Q=" + Uri.EscapeDataString("王信函"));
        Assert.Equal("共 0 件", await outsider.Locator("#total").InnerTextAsync());
    }

    [GeneratedRegex("^/Admin/Requests/[0-9a-f-]{36}$")]
    private static partial Regex RequestPath();
}
