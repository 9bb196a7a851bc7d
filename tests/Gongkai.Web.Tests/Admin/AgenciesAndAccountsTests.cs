using System.Net;
using System.Text.RegularExpressions;
using Gongkai.Data.Officers;
using Gongkai.Web.Admin;

namespace Gongkai.Web.Tests.Admin;

[Collection(BackOfficeCollection.Name)]
public sealed partial class AgenciesAndAccountsTests(BackOfficeFactory factory)
{
    [Fact]
    public async Task Administrator_CreatesAgencyAndOfficer_OfficerSignsInWithTheIssuedPassword()
    {
        var admin = await factory.SignedInClientAsync(InitialAdministrator.UserName, BackOfficeFactory.AdminPassword);
        var code = "T" + Guid.NewGuid().ToString("N")[..8];
        var created = await BackOfficeFactory.PostFormAsync(admin, "/Admin/Agencies", "/Admin/Agencies", new Dictionary<string, string>
        {
            ["Form.Name"] = "测试县人民政府",
            ["Form.Code"] = code,
            ["Form.Kind"] = "Government",
            ["Form.ParentId"] = "",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var agencies = await admin.GetStringAsync("/Admin/Agencies");
        Assert.Contains("测试县人民政府", agencies, StringComparison.Ordinal);
        var agencyId = AgencyOption(code).Match(await admin.GetStringAsync("/Admin/Users")) is { Success: true } m ? m.Groups[1].Value : AnyAgencyId(await admin.GetStringAsync("/Admin/Users"), "测试县人民政府");

        var userName = "zhang" + Guid.NewGuid().ToString("N")[..6];
        var response = await BackOfficeFactory.PostFormAsync(admin, "/Admin/Users", "/Admin/Users", new Dictionary<string, string>
        {
            ["Form.DisplayName"] = "张经办",
            ["Form.UserName"] = userName,
            ["Form.AgencyId"] = agencyId,
            ["Form.Roles"] = OfficerRole.Officer,
        });
        var html = await response.Content.ReadAsStringAsync();
        var password = IssuedPassword().Match(html).Groups[1].Value;
        Assert.False(string.IsNullOrEmpty(password), html);

        var officer = await factory.SignedInClientAsync(userName, WebUtility.HtmlDecode(password));
        Assert.Contains("张经办（测试县人民政府）", await officer.GetStringAsync("/Admin"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Officer_CreatesAnAgency_IsRefused()
    {
        var client = await factory.SignedInClientAsync(await factory.CreateOfficerAsync("XN-MZ"));
        var response = await BackOfficeFactory.PostFormAsync(client, "/Admin/Agencies", "/Admin/Agencies", new Dictionary<string, string>
        {
            ["Form.Name"] = "某局",
            ["Form.Code"] = "X" + Guid.NewGuid().ToString("N")[..6],
            ["Form.Kind"] = "Department",
        });
        Assert.Contains("只有系统管理员可以新增机关。", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AgencyAdministrator_GrantsSystemAdministrator_IsRefused()
    {
        var client = await factory.SignedInClientAsync(await factory.CreateOfficerAsync("XN", OfficerRole.AgencyAdministrator));
        var response = await BackOfficeFactory.PostFormAsync(client, "/Admin/Users", "/Admin/Users", new Dictionary<string, string>
        {
            ["Form.DisplayName"] = "李四",
            ["Form.UserName"] = "li" + Guid.NewGuid().ToString("N")[..6],
            ["Form.Roles"] = OfficerRole.SystemAdministrator,
        });
        Assert.Contains("只有系统管理员可以授予“系统管理员”角色。", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AuditTrail_OfAnAccountOutsideTheScope_IsNotFound()
    {
        var outsider = await factory.CreateOfficerAsync("BYNE-MZ", OfficerRole.AgencyAdministrator);
        var insider = await factory.SignedInClientAsync(await factory.CreateOfficerAsync("XN-MZ", OfficerRole.AgencyAdministrator));
        var users = await insider.GetStringAsync("/Admin/Users");
        Assert.DoesNotContain(outsider, users, StringComparison.Ordinal);

        var outsiderClient = await factory.SignedInClientAsync(outsider);
        var id = SelfLink().Match(await outsiderClient.GetStringAsync("/Admin/Users")).Groups[1].Value;
        Assert.Equal(HttpStatusCode.NotFound, (await insider.GetAsync($"/Admin/AuditTrail?user={id}")).StatusCode);
    }

    private static string AnyAgencyId(string html, string name) =>
        Regex.Match(html, "<option value=\"([0-9a-f-]{36})\"[^>]*>\\s*" + Regex.Escape(name)).Groups[1].Value;

    private static Regex AgencyOption(string code) => new("<option value=\"([0-9a-f-]{36})\"[^>]*>[^<]*" + Regex.Escape(code));

    [GeneratedRegex("id=\"issued-password\" class=\"code\">([^<]+)<")]
    private static partial Regex IssuedPassword();

    [GeneratedRegex("/Admin/AuditTrail\\?user=([0-9a-f-]{36})")]
    private static partial Regex SelfLink();
}
