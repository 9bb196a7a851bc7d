using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Gongkai.Data.Officers;
using Gongkai.Web.Admin;
using Gongkai.Web.Tests.Admin.Requests;

namespace Gongkai.Web.Tests.Admin;

/// <summary>
/// Issue 6: a newcomer signs in as the first administrator, creates an agency and an officer, and the officer handles a
/// request filed on the portal from confirmation to delivery — only through the pages and the public API.
/// </summary>
[Collection(BackOfficeCollection.Name)]
public sealed partial class NewcomerJourneyTests(BackOfficeFactory factory)
{
    [Fact]
    public async Task Newcomer_NewAgencyAndOfficer_HandlesAPortalRequestToDelivery()
    {
        var admin = await factory.SignedInClientAsync(InitialAdministrator.UserName, BackOfficeFactory.AdminPassword);
        var code = "N" + Guid.NewGuid().ToString("N")[..8];
        var name = "新设县" + code[1..5] + "人民政府";
        Assert.Equal(HttpStatusCode.Redirect, (await BackOfficeFactory.PostFormAsync(admin, "/Admin/Agencies", "/Admin/Agencies", new Dictionary<string, string>
        {
            ["Form.Name"] = name, ["Form.Code"] = code, ["Form.Kind"] = "Government", ["Form.ParentId"] = "",
        })).StatusCode);
        var agencyId = Regex.Match(await admin.GetStringAsync("/Admin/Users"), "<option value=\"([0-9a-f-]{36})\"[^>]*>\\s*" + Regex.Escape(name)).Groups[1].Value;

        var userName = "new" + Guid.NewGuid().ToString("N")[..6];
        var created = await (await BackOfficeFactory.PostFormAsync(admin, "/Admin/Users", "/Admin/Users", new Dictionary<string, string>
        {
            ["Form.DisplayName"] = "赵经办", ["Form.UserName"] = userName, ["Form.AgencyId"] = agencyId, ["Form.Roles"] = OfficerRole.Officer,
        })).Content.ReadAsStringAsync();
        var password = WebUtility.HtmlDecode(IssuedPassword().Match(created).Groups[1].Value);

        var citizen = factory.CreateClient();
        var filed = await citizen.PostAsJsonAsync("/api/requests", new
        {
            agencyId = Guid.Parse(agencyId),
            applicantKind = "NaturalPerson",
            name = "钱七",
            identityNumber = "110101199003076518",
            email = "qianqi@example.cn",
            description = "本县2025年城乡低保资金发放明细",
            form = "电子文档",
            manner = "电子邮件",
        });
        Assert.Equal(HttpStatusCode.Created, filed.StatusCode);
        var receipt = await filed.Content.ReadFromJsonAsync<JsonElement>();
        var trackingNumber = receipt.GetProperty("trackingNumber").GetString()!;

        var desk = new RequestDeskClient(await factory.SignedInClientAsync(userName, password));
        var queue = await desk.Http.GetStringAsync("/Admin/Requests");
        var id = Guid.Parse(Regex.Match(queue, "/Admin/Requests/([0-9a-f-]{36})\">" + trackingNumber).Groups[1].Value);

        await desk.DoAsync(id, "Confirm", new Dictionary<string, string> { ["On"] = RequestDeskClient.Day(0) });
        await desk.DoAsync(id, "Reply", new Dictionary<string, string> { ["On"] = RequestDeskClient.Day(0), ["Outcome"] = "Disclosed", ["Text"] = "所申请信息见附件。" });
        await desk.DoAsync(id, "Deliver", new Dictionary<string, string> { ["On"] = RequestDeskClient.Day(0), ["Text"] = "电子邮件发送至申请人邮箱" });

        using var track = new HttpRequestMessage(HttpMethod.Get, "/api/requests/" + trackingNumber);
        track.Headers.Add("X-Access-Code", receipt.GetProperty("accessCode").GetString());
        var status = await (await citizen.SendAsync(track)).Content.ReadAsStringAsync();
        Assert.Contains("送达", status, StringComparison.Ordinal);
    }

    [GeneratedRegex("id=\"issued-password\" class=\"code\">([^<]+)<")]
    private static partial Regex IssuedPassword();
}
