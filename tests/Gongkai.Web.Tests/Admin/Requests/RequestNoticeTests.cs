using System.Net;

namespace Gongkai.Web.Tests.Admin.Requests;

/// <summary>告知书 generated on the request page's actions: issued with the action or refused with it; downloads scoped like the request.</summary>
[Collection(BackOfficeCollection.Name)]
public sealed class RequestNoticeTests(BackOfficeFactory factory)
{
    private async Task<RequestDeskClient> DeskAsync(string agency = "XN-MZ") =>
        new(await factory.SignedInClientAsync(await factory.CreateOfficerAsync(agency)));

    private static Dictionary<string, string> F(params (string Key, string Value)[] fields) => fields.ToDictionary(f => f.Key, f => f.Value);

    [Fact]
    public async Task Correction_WithNotice_IssuesANumberedNoticeDownloadableOnlyInScope()
    {
        var desk = await DeskAsync();
        var id = await desk.RegisterAsync();

        await desk.DoAsync(id, "Correction", F(("On", RequestDeskClient.Day(-8)), ("Text", "请写明所需文件的文号"), ("Days", "10"), ("Notice", "true")));

        var html = await desk.Http.GetStringAsync($"/Admin/Requests/{id}");
        Assert.Contains("补正告知书", html, StringComparison.Ordinal);
        var link = System.Text.RegularExpressions.Regex.Matches(html, "href=\"([^\"]*)\"").Select(m => m.Groups[1].Value).FirstOrDefault(h => h.Contains("handler=Notice", StringComparison.Ordinal) && h.Contains("format=docx", StringComparison.Ordinal))!.Replace("&amp;", "&", StringComparison.Ordinal);
        Assert.NotEmpty(link);
        var docx = await desk.Http.GetAsync(link);
        Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx.Content.Headers.ContentType!.MediaType);
        Assert.True((await docx.Content.ReadAsByteArrayAsync()).Length > 1000);

        var outsider = await DeskAsync("XN-CD");
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.Http.GetAsync(link)).StatusCode);
    }

    [Fact]
    public async Task Reply_WithNoticeMissingItsFields_IsRefusedAndNothingIsSaved()
    {
        var desk = await DeskAsync();
        var id = await desk.RegisterAsync();

        var html = await desk.RefusedAsync(id, "Reply", F(("Outcome", "PartlyDisclosed"), ("Text", "涉及个人隐私"), ("Notice", "true")));

        Assert.Contains("出具“部分公开告知书”缺少", html, StringComparison.Ordinal);
        var page = await desk.Http.GetStringAsync($"/Admin/Requests/{id}");
        Assert.Contains("id=\"form-reply\"", page, StringComparison.Ordinal);
        Assert.Contains("id=\"no-notices\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reply_PartlyDisclosedWithNotice_IssuesThePartialDisclosureNotice()
    {
        var desk = await DeskAsync();
        var id = await desk.RegisterAsync();

        var response = await desk.ActAsync(id, "Reply", F(
            ("On", RequestDeskClient.Day(0)), ("Outcome", "PartlyDisclosed"), ("Text", "其中涉及第三方个人隐私"),
            ("ReplyContent", "随本告知书提供可以公开的部分（复印件3页）"), ("LegalBasis", "《中华人民共和国政府信息公开条例》第十五条"), ("Notice", "true")));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var html = await desk.Http.GetStringAsync($"/Admin/Requests/{id}");
        Assert.Contains("已生成部分公开告知书", html, StringComparison.Ordinal);
        Assert.Contains("id=\"notices\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Extension_ApprovedWithNotice_IssuesTheExtensionNotice()
    {
        var approver = new RequestDeskClient(await factory.SignedInClientAsync(await factory.CreateOfficerAsync("XN-MZ", Gongkai.Data.Officers.OfficerRole.Approver)));
        var id = await approver.RegisterAsync();

        await approver.DoAsync(id, "ApproveExtension", F(("On", RequestDeskClient.Day(0)), ("Days", "15"), ("Text", "需调取档案资料"), ("Notice", "true")));

        Assert.Contains("延期答复告知书", await approver.Http.GetStringAsync($"/Admin/Requests/{id}"), StringComparison.Ordinal);
    }
}
