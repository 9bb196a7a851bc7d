using System.Net;
using System.Net.Http.Headers;
using System.Text;
using AngleSharp.Html.Parser;
using Gongkai.Documents.Tests;

namespace Gongkai.Web.Tests.Admin.Reports;

/// <summary>
/// 报告审查 (/Admin/Reports/Audit) under hostile and batch uploads: the DOCX nested 60,000 deep that used to end the
/// host (issue 12 finding 1) ends in a finding and the host still answers /healthz; several files or a ZIP give a
/// supervisor's summary, worst first, each row linking to its detail (issue 14 item 8); a ZIP is checked by the
/// bounded scan and a ZIP inside it is not opened.
/// </summary>
[Collection(BackOfficeCollection.Name)]
public sealed class AuditBatchPageTests(BackOfficeFactory factory)
{
    [Fact]
    public async Task Audit_DocxNested60000Deep_EndsInAFindingAndTheHostAnswersHealthz()
    {
        var client = await factory.SignedInClientAsync(await factory.CreateOfficerAsync("XN-MZ"));

        foreach (var (name, bytes) in new[] { ("deep-sdt.docx", HostileFiles.DocxNestedContentControls()), ("deep-tbl.docx", HostileFiles.DocxNestedTables()) })
        {
            var response = await UploadAsync(client, (name, bytes));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
            Assert.Contains($"审查结果：{name}", html, StringComparison.Ordinal);
            Assert.Contains("嵌套超过", html, StringComparison.Ordinal);
        }

        var health = await factory.CreateClient().GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    [SeedFact]
    public async Task Audit_SeveralFiles_ShowsTheSummaryWorstFirstLinkingToEachDetail()
    {
        var client = await factory.SignedInClientAsync(await factory.CreateOfficerAsync("XN-MZ"));
        var response = await UploadAsync(client,
            ("000.txt", await File.ReadAllBytesAsync(ReportPages.Seed("000"))),
            ("001.txt", await File.ReadAllBytesAsync(ReportPages.Seed("001"))),
            ("004.txt", await File.ReadAllBytesAsync(ReportPages.Seed("004"))),
            ("random.docx", HostileFiles.RandomAfterPk(5)));

        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        var rows = page.QuerySelectorAll("#audit-batch tbody tr").ToList();
        Assert.Equal(4, rows.Count);
        var errors = rows.Select(r => int.Parse(r.Children[4].TextContent, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(errors.OrderByDescending(e => e), errors);
        Assert.Contains(rows, r => r.Children[0].TextContent == "random.docx" && r.Children[7].TextContent.StartsWith("无法读取", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.Children[1].TextContent.Contains("西宁", StringComparison.Ordinal) && r.Children[2].TextContent == "2017");
        foreach (var link in rows.Select(r => r.QuerySelector("a")!.GetAttribute("href")!))
        {
            Assert.NotNull(page.QuerySelector(link));
        }
    }

    [SeedFact]
    public async Task Audit_Zip_AuditsEachReportAndDoesNotOpenAZipInside()
    {
        var client = await factory.SignedInClientAsync(await factory.CreateOfficerAsync("XN-MZ"));
        var inner = HostileFiles.Zip(("inner.txt", Encoding.UTF8.GetBytes("内层")));
        var zip = HostileFiles.Zip(
            ("2017/000.txt", await File.ReadAllBytesAsync(ReportPages.Seed("000"))),
            ("2017/001.txt", await File.ReadAllBytesAsync(ReportPages.Seed("001"))),
            ("deep.docx", HostileFiles.DocxNestedTables()),
            ("more.zip", inner),
            ("说明.md", Encoding.UTF8.GetBytes("readme")));

        var response = await UploadAsync(client, ("reports.zip", zip));

        var html = await response.Content.ReadAsStringAsync();
        var page = new HtmlParser().ParseDocument(html);
        Assert.Equal(3, page.QuerySelectorAll("#audit-batch tbody tr").Length);
        var skipped = page.QuerySelector("#audit-skipped")!.TextContent;
        Assert.Contains("“more.zip”是压缩包中的压缩包，不予展开", skipped, StringComparison.Ordinal);
        Assert.Contains("“说明.md”不是年度报告文件", skipped, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Audit_ZipBomb_IsRefusedBeforeUnpacking()
    {
        var client = await factory.SignedInClientAsync(await factory.CreateOfficerAsync("XN-MZ"));

        var response = await UploadAsync(client, ("bomb.zip", HostileFiles.ZipBomb("report.txt", 20)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("压缩比超过", ReportPages.Errors(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [SeedFact]
    public async Task Audit_PreviousWithSeveralReports_IsRefusedInChinese()
    {
        var client = await factory.SignedInClientAsync(await factory.CreateOfficerAsync("XN-MZ"));
        var seed = await File.ReadAllBytesAsync(ReportPages.Seed("001"));

        var response = await UploadAsync(client, [("a.txt", seed), ("b.txt", seed)], ("prev.txt", seed));

        Assert.Contains("上一年度报告只能与一份年度报告一起审查", ReportPages.Errors(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    private static Task<HttpResponseMessage> UploadAsync(HttpClient client, params (string Name, byte[] Content)[] reports) =>
        UploadAsync(client, reports, null);

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, (string Name, byte[] Content)[] reports, (string Name, byte[] Content)? previous)
    {
        using var form = new MultipartFormDataContent
        {
            { new StringContent(await BackOfficeFactory.TokenAsync(client, "/Admin/Reports/Audit")), "__RequestVerificationToken" },
        };
        foreach (var (name, content) in reports)
        {
            var file = new ByteArrayContent(content);
            file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            form.Add(file, "Report", name);
        }

        if (previous is { } p)
        {
            var file = new ByteArrayContent(p.Content);
            file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            form.Add(file, "Previous", p.Name);
        }

        return await client.PostAsync("/Admin/Reports/Audit", form);
    }
}
