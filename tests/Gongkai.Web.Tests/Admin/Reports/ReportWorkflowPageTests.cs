using System.Net;
using System.Text.RegularExpressions;
using Gongkai.Data.Officers;

namespace Gongkai.Web.Tests.Admin.Reports;

[Collection(BackOfficeCollection.Name)]
public sealed partial class ReportWorkflowPageTests(BackOfficeFactory factory)
{
    [Fact]
    public async Task Reports_OwnAgency_ShowsStateAndDeadline()
    {
        var client = await factory.SignedInClientAsync(await factory.CreateOfficerAsync("XN-RS"));
        var html = await client.GetStringAsync("/Admin/Reports?year=2025");
        Assert.Contains("未开始", html, StringComparison.Ordinal);
        Assert.Contains("2026年1月31日", html, StringComparison.Ordinal);
        Assert.Contains("第四十九条", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Approve_CheckFoundErrors_IsRefusedWithTheDomainMessage()
    {
        var client = await factory.SignedInClientAsync(await factory.CreateOfficerAsync("XN-CD", OfficerRole.Officer, OfficerRole.Approver));
        await ReportPages.SucceededAsync(await ReportPages.StartAsync(client, "XN-CD", 2025));
        await ReportPages.SucceededAsync(await ReportPages.PostAsync(client, "XN-CD", 2025, "Check"));
        var page = await client.GetStringAsync(ReportPages.Draft("XN-CD", 2025));
        Assert.Contains("未通过校验", page, StringComparison.Ordinal);
        Assert.Contains("narrative.parts-written", page, StringComparison.Ordinal);

        var response = await ReportPages.PostAsync(client, "XN-CD", 2025, "Approve");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("项错误，不能批准", ReportPages.Errors(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Approve_OfficerWithoutApproverRole_IsRefused()
    {
        var client = await factory.SignedInClientAsync(await factory.CreateOfficerAsync("XN-CX", OfficerRole.Officer));
        await ReportPages.SucceededAsync(await ReportPages.StartAsync(client, "XN-CX", 2025));
        await ReportPages.SucceededAsync(await ReportPages.PostAsync(client, "XN-CX", 2025, "Check"));

        var response = await ReportPages.PostAsync(client, "XN-CX", 2025, "Approve");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("批准年度报告需要“审核人（工作机构负责人）”角色。", ReportPages.Errors(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Publish_BeforeApproval_IsRefused()
    {
        var client = await factory.SignedInClientAsync(await factory.CreateOfficerAsync("XN-ZJ", OfficerRole.Officer, OfficerRole.Approver));
        await ReportPages.SucceededAsync(await ReportPages.StartAsync(client, "XN-ZJ", 2025));

        var response = await ReportPages.PostAsync(client, "XN-ZJ", 2025, "Publish");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("年度报告须经检查并批准后才能发布。", ReportPages.Errors(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_Twice_IsRefusedInChinese()
    {
        var client = await factory.SignedInClientAsync(await factory.CreateOfficerAsync("BYNE-CZ", OfficerRole.Officer));
        await ReportPages.SucceededAsync(await ReportPages.StartAsync(client, "BYNE-CZ", 2025));
        var response = await ReportPages.StartAsync(client, "BYNE-CZ", 2025);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("已经开始编制", ReportPages.Errors(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Text_SavedAndChecked_ThenApprovedAndPublished_IsOnThePortal()
    {
        var client = await factory.SignedInClientAsync(await factory.CreateOfficerAsync("BYNE-MZ", OfficerRole.Officer, OfficerRole.Approver));
        await ReportPages.SucceededAsync(await ReportPages.StartAsync(client, "BYNE-MZ", 2025));
        var page = await client.GetStringAsync(ReportPages.Draft("BYNE-MZ", 2025));
        var count = TextAreas().Matches(page).Count;
        Assert.True(count >= 6, $"{count} text areas");
        var texts = Enumerable.Range(0, count).ToDictionary(i => $"Texts[{i}]", i => $"第{i + 1}部分：本年度工作按计划推进。");
        await ReportPages.SucceededAsync(await ReportPages.PostAsync(client, "BYNE-MZ", 2025, "Save", texts));
        await ReportPages.SucceededAsync(await ReportPages.PostAsync(client, "BYNE-MZ", 2025, "Check"));
        page = await client.GetStringAsync(ReportPages.Draft("BYNE-MZ", 2025));
        Assert.Contains("待批准", page, StringComparison.Ordinal);
        await ReportPages.SucceededAsync(await ReportPages.PostAsync(client, "BYNE-MZ", 2025, "Approve"));
        await ReportPages.SucceededAsync(await ReportPages.PostAsync(client, "BYNE-MZ", 2025, "Publish"));

        var json = await client.GetStringAsync("/api/reports/BYNE-MZ/2025");
        Assert.Contains("\"三\"", json, StringComparison.Ordinal);
        page = await client.GetStringAsync(ReportPages.Draft("BYNE-MZ", 2025));
        Assert.Contains("已发布 第1版", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Correction_WithoutChangeNote_IsRefused_WithOneMakesVersionTwo()
    {
        var client = await factory.SignedInClientAsync(await factory.CreateOfficerAsync("BYNE", OfficerRole.Officer, OfficerRole.Approver));
        await ReportPages.SucceededAsync(await ReportPages.PostAsync(client, "BYNE", 2025, "Correct"));
        await ReportPages.SucceededAsync(await ReportPages.PostAsync(client, "BYNE", 2025, "Check"));
        await ReportPages.SucceededAsync(await ReportPages.PostAsync(client, "BYNE", 2025, "Approve"));

        var refused = await ReportPages.PostAsync(client, "BYNE", 2025, "Publish", new Dictionary<string, string> { ["ChangeNote"] = " " });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("第2版是对已发布报告的更正，须填写更正说明", ReportPages.Errors(await refused.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        await ReportPages.SucceededAsync(await ReportPages.PostAsync(client, "BYNE", 2025, "Publish",
            new Dictionary<string, string> { ["ChangeNote"] = "更正表三中一处统计口径。" }));
        var portal = await client.GetStringAsync("/reports/BYNE/2025");
        Assert.Contains("更正表三中一处统计口径。", portal, StringComparison.Ordinal);
        Assert.Contains("第2版", portal, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unit_OutsideMySubtree_Is404()
    {
        var client = await factory.SignedInClientAsync(await factory.CreateOfficerAsync("XN", OfficerRole.Supervisor, OfficerRole.Approver));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(ReportPages.Draft("BYNE", 2025))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/Admin/Reports?agency=BYNE&year=2025")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/Admin/Reports/Units?agency=BYNE&year=2025")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/Admin/Statistics?agency=BYNE&year=2025")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/Admin/Reports/Cell?agency=BYNE&year=2025&table=三")).StatusCode);
        var post = await BackOfficeFactory.PostFormAsync(client, ReportPages.Draft("XN", 2025), "/Admin/Reports/Draft?handler=Approve&agency=BYNE&year=2025",
            new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
    }

    [Fact]
    public async Task Unit_OfMySubtree_IsReadOnlyForTheSupervisor()
    {
        var client = await factory.SignedInClientAsync(await factory.CreateOfficerAsync("XN", OfficerRole.Supervisor, OfficerRole.Approver));
        var page = await client.GetStringAsync(ReportPages.Draft("XN-MZ", 2025));
        Assert.Contains("id=\"read-only\"", page, StringComparison.Ordinal);
        var response = await BackOfficeFactory.PostFormAsync(client, ReportPages.Draft("XN-MZ", 2025), "/Admin/Reports?handler=Start&agency=XN-MZ&year=2025",
            new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("只能编制本机关的年度报告", ReportPages.Errors(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Units_Supervisor_ListsEveryUnitOfTheSubtreeWithState()
    {
        var client = await factory.SignedInClientAsync(await factory.CreateOfficerAsync("XN", OfficerRole.Supervisor));
        var html = await client.GetStringAsync("/Admin/Reports/Units?year=2025");
        foreach (var code in new[] { "XN", "XN-CD", "XN-CX", "XN-MZ", "XN-ZJ", "XN-RS" })
        {
            Assert.Contains($"data-agency=\"{code}\"", html, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("data-agency=\"BYNE", html, StringComparison.Ordinal);
        Assert.Contains("已发布 第1版", html, StringComparison.Ordinal);
        Assert.Contains("逾期", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Units_OfficerWithoutSupervisorRole_IsRefusedInChinese()
    {
        var client = await factory.SignedInClientAsync(await factory.CreateOfficerAsync("XN", OfficerRole.Officer));
        var html = await client.GetStringAsync("/Admin/Reports/Units?year=2025");
        Assert.Contains("查看下属单位的年度报告需要“上级主管（监督）”角色。", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Draft_ComputedCell_DrillsDownToItsRequests()
    {
        var client = await factory.SignedInClientAsync(await factory.CreateOfficerAsync("XN", OfficerRole.Supervisor));
        var page = await client.GetStringAsync(ReportPages.Draft("XN", 2025));
        Assert.Contains("id=\"contribution-table\"", page, StringComparison.Ordinal);
        var link = CellLink().Matches(page).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).First(l => l.Contains("table=%E4%B8%89", StringComparison.Ordinal));
        var cell = await client.GetStringAsync(link);
        Assert.Contains("/Admin/Requests/", cell, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Draft_Download_EveryTextFormatOfTheDraft()
    {
        var client = await factory.SignedInClientAsync(await factory.CreateOfficerAsync("XN-RS"));
        foreach (var format in new[] { "docx", "xlsx", "json", "html", "txt" })
        {
            var response = await client.GetAsync($"/Admin/Reports/Draft?handler=Download&format={format}&agency=XN-RS&year=2025");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.True((await response.Content.ReadAsByteArrayAsync()).Length > 100, format);
        }
    }

    [GeneratedRegex("<textarea id=\"text-\\d+\"")]
    private static partial Regex TextAreas();

    [GeneratedRegex("href=\"(/Admin/Reports/Cell\\?[^\"]+)\"")]
    private static partial Regex CellLink();
}
