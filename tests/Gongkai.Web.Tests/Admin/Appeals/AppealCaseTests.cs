using System.Net;
using System.Text.RegularExpressions;
using Gongkai.Data;
using Gongkai.Data.Officers;
using Gongkai.Domain.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Web.Tests.Admin.Appeals;

[Collection(BackOfficeCollection.Name)]
public sealed partial class AppealCaseTests(BackOfficeFactory factory)
{
    private async Task<string> RequestOfAsync(string agencyCode, string submittedOn)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<GongkaiDbContext>();
        var agency = await db.Agencies.SingleAsync(a => a.Code == agencyCode);
        var number = "AP-" + Guid.NewGuid().ToString("N")[..10];
        db.DisclosureRequests.Add(RequestBuilder.InPerson(agency.Id, number,
            DateOnly.Parse(submittedOn, System.Globalization.CultureInfo.InvariantCulture), new RecordedBy("测试", TestClock.UtcNow), "征收补偿方案", null));
        await db.SaveChangesAsync();
        return number;
    }

    private static Task<HttpResponseMessage> RegisterAsync(HttpClient client, string kind, string trackingNumber, string caseNumber, string filedOn) =>
        BackOfficeFactory.PostFormAsync(client, "/Admin/Appeals/Register", "/Admin/Appeals/Register", new Dictionary<string, string>
        {
            ["Kind"] = kind,
            ["TrackingNumber"] = trackingNumber,
            ["CaseNumber"] = caseNumber,
            ["FiledOn"] = filedOn,
        });

    private static Guid CaseId(HttpResponseMessage response) =>
        Guid.Parse(CasePath().Match(response.Headers.Location!.OriginalString).Groups[1].Value);

    [Fact]
    public async Task Register_ForRequestOutsideScope_NotFound()
    {
        var number = await RequestOfAsync("BYNE-CZ", "2035-03-01");
        var outsider = await factory.SignedInClientAsync(await factory.CreateOfficerAsync("XN-RS", OfficerRole.Officer));

        var response = await RegisterAsync(outsider, "Reconsideration", number, "某府复〔2035〕1号", "2035-04-01");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Register_BeforeTheRequest_RefusedWithChineseMessage()
    {
        var number = await RequestOfAsync("XN-RS", "2035-03-01");
        var client = await factory.SignedInClientAsync(await factory.CreateOfficerAsync("XN-RS", OfficerRole.Officer));

        var response = await RegisterAsync(client, "Reconsideration", number, "某府复〔2035〕2号", "2035-02-01");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("行政复议申请日期2035-02-01早于政府信息公开申请提交日期2035-03-01。", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cases_StagesAndDecisions_FeedTable4OfTheYear()
    {
        var number = await RequestOfAsync("XN-ZJ", "2036-03-01");
        var client = await factory.SignedInClientAsync(await factory.CreateOfficerAsync("XN-ZJ", OfficerRole.Officer));
        var reconsideration = await RegisterAsync(client, "Reconsideration", number, "某府复〔2036〕1号", "2036-04-01");
        Assert.Equal(HttpStatusCode.Redirect, reconsideration.StatusCode);
        var direct = await RegisterAsync(client, "LitigationDirect", number, "（2036）青0103行初1号", "2036-05-01");
        Assert.Equal(HttpStatusCode.Redirect, direct.StatusCode);

        var casePage = $"/Admin/Appeals/Case/{CaseId(reconsideration)}";
        var stage = await BackOfficeFactory.PostFormAsync(client, casePage, casePage + "?handler=Stage", new Dictionary<string, string> { ["StageName"] = "受理", ["StageOn"] = "2036-04-03" });
        Assert.Equal(HttpStatusCode.Redirect, stage.StatusCode);
        var decided = await BackOfficeFactory.PostFormAsync(client, casePage, casePage + "?handler=Decide", new Dictionary<string, string> { ["Result"] = "Corrected", ["DecidedOn"] = "2036-06-01" });
        Assert.Equal(HttpStatusCode.Redirect, decided.StatusCode);
        var again = await BackOfficeFactory.PostFormAsync(client, casePage, casePage + "?handler=Decide", new Dictionary<string, string> { ["Result"] = "Upheld", ["DecidedOn"] = "2036-06-02" });
        Assert.Contains("该行政复议已记录决定；如记录有误，请更正决定并说明理由。", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var noReason = await BackOfficeFactory.PostFormAsync(client, casePage, casePage + "?handler=Correct", new Dictionary<string, string> { ["Result"] = "Upheld", ["DecidedOn"] = "2036-06-02" });
        Assert.Contains("更正行政复议决定须说明理由。", await noReason.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var html = await client.GetStringAsync("/Admin/Appeals?year=2036");
        var flat = System.Text.RegularExpressions.Regex.Replace(html, @">\s+<", "><");
        var table = flat[flat.IndexOf("table4-figures", StringComparison.Ordinal)..flat.IndexOf("</table>", StringComparison.Ordinal)];
        // 行政复议: 维持 0, 纠正 1, 其他 0, 尚未审结 0, 总计 1; 直接起诉: 尚未审结 1, 总计 1; 复议后起诉: all 0.
        Assert.Contains("<td class=\"num\">0</td><td class=\"num\">1</td><td class=\"num\">0</td><td class=\"num\">0</td><td class=\"num\">1</td><td class=\"num\">0</td><td class=\"num\">0</td><td class=\"num\">0</td><td class=\"num\">1</td><td class=\"num\">1</td>", table, StringComparison.Ordinal);
        Assert.Contains("某府复〔2036〕1号", html, StringComparison.Ordinal);
        Assert.Contains("受理", await client.GetStringAsync(casePage), StringComparison.Ordinal);

        var filtered = await client.GetStringAsync("/Admin/Appeals?year=2036&result=Pending");
        Assert.DoesNotContain("某府复〔2036〕1号", filtered, StringComparison.Ordinal);
        Assert.Contains("（2036）青0103行初1号", filtered, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Case_OfAnotherAgency_NotFound()
    {
        var number = await RequestOfAsync("XN-CD", "2037-03-01");
        var owner = await factory.SignedInClientAsync(await factory.CreateOfficerAsync("XN-CD", OfficerRole.Officer));
        var registered = await RegisterAsync(owner, "Reconsideration", number, "某府复〔2037〕1号", "2037-04-01");
        var outsider = await factory.SignedInClientAsync(await factory.CreateOfficerAsync("XN-CX", OfficerRole.Officer));

        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/Admin/Appeals/Case/{CaseId(registered)}")).StatusCode);
        Assert.DoesNotContain("某府复〔2037〕1号", await outsider.GetStringAsync("/Admin/Appeals?year=2037"), StringComparison.Ordinal);
    }

    [GeneratedRegex("/Admin/Appeals/Case/([0-9a-f-]{36})")]
    private static partial Regex CasePath();
}
