using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using Gongkai.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Web.Tests.Admin.Imports;

/// <summary>/Admin/Imports: upload → preview → confirm; a refused ledger writes nothing and its refusals download as XLSX.</summary>
[Collection(BackOfficeCollection.Name)]
public sealed partial class ImportPageTests(BackOfficeFactory factory)
{
    private const string Header = "某局依申请公开台账,,,,,,\n申请人,申请人类型,收到日期,申请方式,申请内容,答复日期,答复结果\n";

    [Fact]
    public async Task PreviewThenConfirm_GoodLedger_ImportsItsRowsMarkedAsImported()
    {
        var client = await factory.SignedInClientAsync(await factory.CreateOfficerAsync("XN-MZ"));
        var content = $"申请人{Guid.NewGuid():N}"[..12];
        var csv = Header + $"{content},个人,2025-03-05,当面,某村低保名单{content},2025/3/20,同意公开\n合计,1件,,,,,\n";

        var preview = await UploadAsync(client, csv, "台账.csv");

        Assert.Contains("将导入 <strong>1</strong> 行", preview, StringComparison.Ordinal);
        Assert.Contains("合计、备注或落款行", preview, StringComparison.Ordinal);
        var fields = HiddenFields(preview, "confirm");
        fields["__RequestVerificationToken"] = Token(preview);
        var confirm = await client.PostAsync("/Admin/Imports?handler=Confirm", new FormUrlEncodedContent(fields));

        Assert.Equal(HttpStatusCode.Redirect, confirm.StatusCode);
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<GongkaiDbContext>();
        var request = await db.DisclosureRequests.AsNoTracking().SingleAsync(r => r.Applicant.Name == content);
        Assert.Equal("台账.csv", request.ImportedFrom!.FileName);
        Assert.Equal(3, request.ImportedFrom.Row);
        var page = await client.GetStringAsync($"/Admin/Requests/{request.Id}");
        Assert.Contains("id=\"imported-from\"", page, StringComparison.Ordinal);
        Assert.Contains("第3行", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Preview_BadLedger_ListsRefusalsWritesNothingAndDownloadsXlsx()
    {
        var client = await factory.SignedInClientAsync(await factory.CreateOfficerAsync("XN-MZ"));
        var name = $"坏{Guid.NewGuid():N}"[..10];
        var csv = Header + $"{name},外星人,2025-02-30,当面,某路拆迁补偿,2025-03-20,同意公开\n";

        var preview = await UploadAsync(client, csv, "坏台账.csv");

        Assert.Contains("整个文件都不会导入", preview, StringComparison.Ordinal);
        Assert.Contains("2025-02-30", preview, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"confirm\"", preview, StringComparison.Ordinal);
        var fields = HiddenFields(preview, "download-refusals");
        fields["__RequestVerificationToken"] = Token(preview);
        var download = await client.PostAsync("/Admin/Imports?handler=Refusals", new FormUrlEncodedContent(fields));
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", download.Content.Headers.ContentType?.MediaType);
        Assert.True((await download.Content.ReadAsByteArrayAsync()).Length > 0);
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<GongkaiDbContext>();
        Assert.False(await db.DisclosureRequests.AnyAsync(r => r.Applicant.Name == name));
    }

    private static async Task<string> UploadAsync(HttpClient client, string csv, string fileName)
    {
        var page = await client.GetStringAsync("/Admin/Imports");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(Token(page)), "__RequestVerificationToken" },
            { new StringContent(AgencyOf(page)), "AgencyId" },
            { new StringContent("requests"), "Kind" },
        };
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "Upload", fileName);
        var response = await client.PostAsync("/Admin/Imports?handler=Preview", form);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private static string Token(string html) => TokenPattern().Match(html).Groups[1].Value;

    private static string AgencyOf(string html) => AgencyPattern().Match(html).Groups[1].Value;

    private static Dictionary<string, string> HiddenFields(string html, string formId)
    {
        var start = html.IndexOf($"id=\"{formId}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"form {formId} not on the page");
        var form = html[start..html.IndexOf("</form>", start, StringComparison.Ordinal)];
        return HiddenPattern().Matches(form).ToDictionary(m => m.Groups[1].Value, m => WebUtility.HtmlDecode(m.Groups[2].Value));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    [GeneratedRegex("<option value=\"([0-9a-f-]{36})\" selected")]
    private static partial Regex AgencyPattern();

    [GeneratedRegex("<input type=\"hidden\" name=\"([A-Za-z]+)\" value=\"([^\"]*)\"")]
    private static partial Regex HiddenPattern();
}
