using System.Net;
using Gongkai.Data.Officers;

namespace Gongkai.Web.Tests.Admin;

[Collection(BackOfficeCollection.Name)]
public sealed class NoticeTemplatePageTests(BackOfficeFactory factory)
{
    private const string Page = "/Admin/Notices/Templates?kind=CorrectionRequest";

    [Fact]
    public async Task Templates_AgencyAdministratorSavesWording_IsUsedAndCanBeRestored()
    {
        var client = await factory.SignedInClientAsync(await factory.CreateOfficerAsync("XN-CX", OfficerRole.AgencyAdministrator));
        var html = await client.GetStringAsync(Page);
        Assert.Contains("补正", html, StringComparison.Ordinal);

        var saved = await BackOfficeFactory.PostFormAsync(client, Page, Page, new Dictionary<string, string>
        {
            ["Form.Letterhead"] = "西宁市城西区人民政府",
            ["Form.NumberPrefix"] = "西城依补",
            ["Form.Title"] = "政府信息公开申请补正告知书",
            ["Form.Body"] = "{申请人}：\n本机关于{申请日期}收到您的申请。请在{补正期限}内补正：{补正事项}。",
            ["Form.Remedies"] = "",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("西城依补", await client.GetStringAsync("/Admin/Notices/Templates"), StringComparison.Ordinal);

        var restored = await BackOfficeFactory.PostFormAsync(client, Page, Page + "&handler=Restore", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, restored.StatusCode);
        Assert.DoesNotContain("西城依补", await client.GetStringAsync("/Admin/Notices/Templates"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Templates_UnknownPlaceholder_IsRefusedNamingIt()
    {
        var client = await factory.SignedInClientAsync(await factory.CreateOfficerAsync("XN-CX", OfficerRole.AgencyAdministrator));
        var response = await BackOfficeFactory.PostFormAsync(client, Page, Page, new Dictionary<string, string>
        {
            ["Form.Letterhead"] = "西宁市城西区人民政府",
            ["Form.NumberPrefix"] = "西城依补",
            ["Form.Title"] = "补正告知书",
            ["Form.Body"] = "{申请人}：请补正{补正事项}，经办人{经办人}。",
            ["Form.Remedies"] = "",
        });
        Assert.Contains("{经办人}", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Templates_OfficerSaves_IsRefused()
    {
        var client = await factory.SignedInClientAsync(await factory.CreateOfficerAsync("XN-CX"));
        var response = await BackOfficeFactory.PostFormAsync(client, Page, Page, new Dictionary<string, string> { ["Form.Title"] = "x", ["Form.Body"] = "y" });
        Assert.Contains("只有单位管理员可以修改告知书模板。", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Templates_OfAnotherAgency_IsNotFound()
    {
        var client = await factory.SignedInClientAsync(await factory.CreateOfficerAsync("XN-CX", OfficerRole.AgencyAdministrator));
        var other = await factory.SignedInClientAsync(await factory.CreateOfficerAsync("BYNE", OfficerRole.AgencyAdministrator));
        var byneHome = await other.GetStringAsync("/Admin/Notices/Templates");
        var byneId = System.Text.RegularExpressions.Regex.Match(byneHome, "<option value=\"([0-9a-f-]{36})\" selected").Groups[1].Value;
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Admin/Notices/Templates?agency={byneId}")).StatusCode);
    }
}
