using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Gongkai.Data.Officers;

namespace Gongkai.Web.Tests.Admin.Reports;

[Collection(BackOfficeCollection.Name)]
public sealed class StatisticsAndAuditPageTests(BackOfficeFactory factory)
{
    private const string Statistics = "/Admin/Statistics?agency=XN-CX&year=2024";

    [Fact]
    public async Task Statistics_NegativeCount_IsRefusedInChinese_AndNothingSaved()
    {
        var client = await factory.SignedInClientAsync(await factory.CreateOfficerAsync("XN-CX", OfficerRole.Officer));
        var response = await BackOfficeFactory.PostFormAsync(client, Statistics, Statistics,
            new Dictionary<string, string> { ["V[0]"] = "-5", ["V[1]"] = "十二", ["Source"] = "市政务服务局提供" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var errors = ReportPages.Errors(await response.Content.ReadAsStringAsync());
        Assert.Contains("应填非负整数，不能填-5", errors, StringComparison.Ordinal);
        Assert.Contains("“十二”不是数字", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Statistics_WithoutSource_IsRefused()
    {
        var client = await factory.SignedInClientAsync(await factory.CreateOfficerAsync("XN-CX", OfficerRole.Officer));
        var response = await BackOfficeFactory.PostFormAsync(client, Statistics, Statistics, new Dictionary<string, string> { ["V[0]"] = "12" });
        Assert.Contains("请写明数据来源", ReportPages.Errors(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Statistics_Valid_IsSavedWithItsSource()
    {
        var client = await factory.SignedInClientAsync(await factory.CreateOfficerAsync("XN-CX", OfficerRole.Officer));
        var response = await BackOfficeFactory.PostFormAsync(client, Statistics, Statistics,
            new Dictionary<string, string> { ["V[0]"] = "1,250", ["Source"] = "市政务服务局提供" });
        await ReportPages.SucceededAsync(response);
        var html = await client.GetStringAsync(Statistics);
        Assert.Contains("value=\"1250\"", html, StringComparison.Ordinal);
        Assert.Contains("市政务服务局提供", html, StringComparison.Ordinal);
    }

    [SeedFact]
    public async Task Audit_SeedReport_ShowsTheAuditorsFindings()
    {
        var client = await factory.SignedInClientAsync(await factory.CreateOfficerAsync("XN-MZ"));
        var response = await UploadAsync(client, await File.ReadAllBytesAsync(ReportPages.Seed("004")), "004.txt");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("审查结果：004.txt", html, StringComparison.Ordinal);
        Assert.Contains("2017", html, StringComparison.Ordinal);
        Assert.True(html.Contains("id=\"audit-findings\"", StringComparison.Ordinal) || html.Contains("没有发现问题", StringComparison.Ordinal));
    }

    [SeedFact]
    public async Task Audit_WithPreviousYear_Runs()
    {
        var client = await factory.SignedInClientAsync(await factory.CreateOfficerAsync("XN-MZ"));
        var response = await UploadAsync(client, await File.ReadAllBytesAsync(ReportPages.Seed("001")), "001.txt",
            await File.ReadAllBytesAsync(ReportPages.Seed("000")), "000.txt");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("审查结果：001.txt", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Audit_GarbageFile_GivesAChineseMessage_NotAStackTrace()
    {
        var client = await factory.SignedInClientAsync(await factory.CreateOfficerAsync("XN-MZ"));
        var garbage = new byte[4096];
        new Random(7).NextBytes(garbage);
        var response = await UploadAsync(client, garbage, "report.pdf");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("Exception", html, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", html, StringComparison.Ordinal);
        Assert.Matches("错误|无法|不是", html);
    }

    [Fact]
    public async Task Audit_UnsupportedType_IsRefusedInChinese()
    {
        var client = await factory.SignedInClientAsync(await factory.CreateOfficerAsync("XN-MZ"));
        var response = await UploadAsync(client, Encoding.UTF8.GetBytes("hello"), "report.exe");
        Assert.Contains("类型不支持", ReportPages.Errors(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Audit_NoFile_AsksForOne()
    {
        var client = await factory.SignedInClientAsync(await factory.CreateOfficerAsync("XN-MZ"));
        var response = await BackOfficeFactory.PostFormAsync(client, "/Admin/Reports/Audit", "/Admin/Reports/Audit", new Dictionary<string, string>());
        Assert.Contains("请选择要审查的年度报告文件。", ReportPages.Errors(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, byte[] report, string name, byte[]? previous = null, string? previousName = null)
    {
        using var form = new MultipartFormDataContent
        {
            { new StringContent(await BackOfficeFactory.TokenAsync(client, "/Admin/Reports/Audit")), "__RequestVerificationToken" },
        };
        var file = new ByteArrayContent(report);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "Report", name);
        if (previous is not null)
        {
            var second = new ByteArrayContent(previous);
            second.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            form.Add(second, "Previous", previousName!);
        }

        return await client.PostAsync("/Admin/Reports/Audit", form);
    }
}
