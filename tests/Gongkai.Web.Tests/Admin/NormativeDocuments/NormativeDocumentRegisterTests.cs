using System.Net;
using Gongkai.Data;
using Gongkai.Data.Officers;
using Gongkai.Domain.Catalogue;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Web.Tests.Admin.NormativeDocuments;

[Collection(BackOfficeCollection.Name)]
public sealed class NormativeDocumentRegisterTests(BackOfficeFactory factory)
{
    private static Task<HttpResponseMessage> RegisterAsync(HttpClient client, string number, string issuedOn, NormativeDocumentKind kind = NormativeDocumentKind.AdministrativeNormativeDocument) =>
        BackOfficeFactory.PostFormAsync(client, "/Admin/NormativeDocuments/Edit", "/Admin/NormativeDocuments/Edit", new Dictionary<string, string>
        {
            ["Kind"] = kind.ToString(),
            ["Title"] = "物业管理办法" + number,
            ["DocumentNumber"] = number,
            ["IssuedOn"] = issuedOn,
        });

    private async Task<Guid> IdOf(string number)
    {
        using var scope = factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<GongkaiDbContext>().NormativeDocuments.Where(d => d.DocumentNumber == number).Select(d => d.Id).SingleAsync();
    }

    [Fact]
    public async Task Register_AndRepeal_FiguresOfTheYearFollow()
    {
        var client = await factory.SignedInClientAsync(await factory.CreateOfficerAsync("ELHT-BGS", OfficerRole.Officer));
        Assert.Equal(HttpStatusCode.Redirect, (await RegisterAsync(client, "测规〔2031〕1号", "2031-03-01")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await RegisterAsync(client, "测规〔2031〕2号", "2031-04-01")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await RegisterAsync(client, "测政令第1号", "2031-05-01", NormativeDocumentKind.Rule)).StatusCode);
        var id = await IdOf("测规〔2031〕2号");
        var page = $"/Admin/NormativeDocuments/Edit/{id}";
        var repealed = await BackOfficeFactory.PostFormAsync(client, page, page + "?handler=Repeal", new Dictionary<string, string> { ["RepealedOn"] = "2031-11-01", ["RepealDecision"] = "测规〔2031〕9号" });
        Assert.Equal(HttpStatusCode.Redirect, repealed.StatusCode);

        var html = await client.GetStringAsync("/Admin/NormativeDocuments?year=2031");
        var flat = System.Text.RegularExpressions.Regex.Replace(html, @">\s+<", "><");
        var table = flat[flat.IndexOf("table2-figures", StringComparison.Ordinal)..flat.IndexOf("</table>", StringComparison.Ordinal)];
        Assert.Contains("<th scope=\"row\">规章</th><td class=\"num\">1</td><td class=\"num\">0</td><td class=\"num\">1</td>", table, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">行政规范性文件</th><td class=\"num\">2</td><td class=\"num\">1</td>", table, StringComparison.Ordinal); // 现行有效 also counts the demo register of earlier years
    }

    [Fact]
    public async Task Repeal_BeforeIssue_RefusedWithChineseMessage()
    {
        var client = await factory.SignedInClientAsync(await factory.CreateOfficerAsync("ELHT-BGS", OfficerRole.Officer));
        await RegisterAsync(client, "测规〔2032〕1号", "2032-03-01");
        var id = await IdOf("测规〔2032〕1号");
        var page = $"/Admin/NormativeDocuments/Edit/{id}";

        var response = await BackOfficeFactory.PostFormAsync(client, page, page + "?handler=Repeal", new Dictionary<string, string> { ["RepealedOn"] = "2032-02-01", ["RepealDecision"] = "测规〔2032〕9号" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("废止日期2032-02-01早于制发日期2032-03-01。", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Repeal_WithoutDecision_Refused()
    {
        var client = await factory.SignedInClientAsync(await factory.CreateOfficerAsync("ELHT-BGS", OfficerRole.Officer));
        await RegisterAsync(client, "测规〔2033〕1号", "2033-03-01");
        var page = $"/Admin/NormativeDocuments/Edit/{await IdOf("测规〔2033〕1号")}";

        var response = await BackOfficeFactory.PostFormAsync(client, page, page + "?handler=Repeal", new Dictionary<string, string> { ["RepealedOn"] = "2033-05-01" });

        Assert.Contains("请写明废止决定（名称和文号）。", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Register_WithoutNumber_Refused()
    {
        var client = await factory.SignedInClientAsync(await factory.CreateOfficerAsync("ELHT-BGS", OfficerRole.Officer));
        var response = await RegisterAsync(client, "", "2033-03-01");
        Assert.Contains("请填写文号。", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Document_OfAnotherAgency_NotFoundAndNotCounted()
    {
        var owner = await factory.SignedInClientAsync(await factory.CreateOfficerAsync("ELHT-BGS", OfficerRole.Officer));
        await RegisterAsync(owner, "测规〔2034〕1号", "2034-03-01");
        var outsider = await factory.SignedInClientAsync(await factory.CreateOfficerAsync("BYEB", OfficerRole.Officer));

        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/Admin/NormativeDocuments/Edit/{await IdOf("测规〔2034〕1号")}")).StatusCode);
        Assert.DoesNotContain("测规〔2034〕1号", await outsider.GetStringAsync("/Admin/NormativeDocuments?year=2034"), StringComparison.Ordinal);
    }
}
