using System.Net;
using Gongkai.Data.Officers;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Web.Tests.Admin.Requests;

/// <summary>
/// /Admin/Requests end to end over HTTP: every action's refusals show the domain's Chinese message; the happy path
/// reaches the archive; an officer of another agency neither opens nor counts the request.
/// </summary>
[Collection(BackOfficeCollection.Name)]
public sealed class RequestHandlingTests(BackOfficeFactory factory)
{
    private async Task<RequestDeskClient> DeskAsync(string agency = "XN-MZ", params string[] roles) =>
        new(await factory.SignedInClientAsync(await factory.CreateOfficerAsync(agency, roles)));

    private static Dictionary<string, string> F(params (string Key, string Value)[] fields) => fields.ToDictionary(f => f.Key, f => f.Value);

    [Fact]
    public async Task Register_Letter_ShowsRequestWithApplicantAndProof()
    {
        var desk = await DeskAsync();
        var id = await desk.RegisterAsync(name: "登记测试人");

        var html = await desk.Http.GetStringAsync($"/Admin/Requests/{id}");

        Assert.Contains("登记测试人", html, StringComparison.Ordinal);
        Assert.Contains("申请表原件1份", html, StringComparison.Ordinal);
        Assert.Contains("第三十三条", html, StringComparison.Ordinal);
        Assert.Contains("id=\"form-correction\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"form-deliver\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Register_WithoutDescription_IsRefusedWithArticle29()
    {
        var desk = await DeskAsync();
        var response = await BackOfficeFactory.PostFormAsync(desk.Http, "/Admin/Requests/Register", "/Admin/Requests/Register", F(
            ("Channel", "InPerson"), ("Kind", "NaturalPerson"), ("Name", "赵六"), ("Phone", "1"), ("Description", " ")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("须写明申请公开的政府信息的名称、文号或者便于查询的其他特征性描述（第二十九条第二款第（二）项）。", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Register_Online_IsRefusedAndPointsToTheQueue()
    {
        var desk = await DeskAsync();
        var response = await BackOfficeFactory.PostFormAsync(desk.Http, "/Admin/Requests/Register", "/Admin/Requests/Register", F(
            ("Channel", "Online"), ("Kind", "NaturalPerson"), ("Name", "赵六"), ("Phone", "1"), ("Description", "某文件")));

        Assert.Contains("网络申请由申请人在门户网站提交", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reply_PartlyDisclosedWithoutGrounds_IsRefused()
    {
        var desk = await DeskAsync();
        var id = await desk.RegisterAsync();

        var html = await desk.RefusedAsync(id, "Reply", F(("On", RequestDeskClient.Day(0)), ("Outcome", "PartlyDisclosed"), ("Text", " ")));

        Assert.Contains("答复“部分公开”须说明理由和依据（第三十七条）。", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reply_WithoutOutcome_IsRefused()
    {
        var desk = await DeskAsync();
        var id = await desk.RegisterAsync();

        Assert.Contains("请选择答复结果（第三十六条）。", await desk.RefusedAsync(id, "Reply", F(("Text", "理由"))), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reply_NotThisAgencyWithoutGrounds_IsRefused()
    {
        var desk = await DeskAsync();
        var id = await desk.RegisterAsync();

        var html = await desk.RefusedAsync(id, "Reply", F(("Outcome", "UnavailableNotThisAgency"), ("OtherAgency", "西宁市财政局")));

        Assert.Contains("告知不属于本机关负责公开，须说明理由（第三十六条第（五）项）。", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reply_NotThisAgency_NamesTheResponsibleAgencyInTheReply()
    {
        var desk = await DeskAsync();
        var id = await desk.RegisterAsync();
        await desk.DoAsync(id, "Forward", F(("On", RequestDeskClient.Day(-1)), ("OtherAgency", "西宁市财政局"), ("Text", "宁民函〔2026〕1号")));

        await desk.DoAsync(id, "Reply", F(("On", RequestDeskClient.Day(0)), ("Outcome", "UnavailableNotThisAgency"), ("Text", "该信息由财政部门制作并保存。"), ("OtherAgency", "西宁市财政局"), ("Contact", "0971-0000000")));

        var html = await desk.Http.GetStringAsync($"/Admin/Requests/{id}");
        Assert.Contains("负责公开该政府信息的行政机关：西宁市财政局，联系方式：0971-0000000。", html, StringComparison.Ordinal);
        Assert.Contains("内部记录，不是法定程序", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Delivery_BeforeReply_IsRefused()
    {
        var desk = await DeskAsync();
        var id = await desk.RegisterAsync();

        Assert.Contains("尚未答复，没有可送达的文书。", await desk.RefusedAsync(id, "Deliver", F(("Text", "邮寄"))), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Archive_BeforeDelivery_IsRefused()
    {
        var desk = await DeskAsync();
        var id = await desk.RegisterAsync();

        Assert.Contains("答复送达后才能归档。", await desk.RefusedAsync(id, "Archive"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Correction_WithoutItems_IsRefused()
    {
        var desk = await DeskAsync();
        var id = await desk.RegisterAsync();

        Assert.Contains("补正告知须一次性写明需要补正的事项（第三十条）。", await desk.RefusedAsync(id, "Correction", F(("Text", ""), ("Days", "15"))), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Correction_SecondNotice_IsRefusedAsOnceOnly()
    {
        var desk = await DeskAsync();
        var id = await desk.RegisterAsync();
        await desk.DoAsync(id, "Correction", F(("On", RequestDeskClient.Day(-8)), ("Text", "请写明文号"), ("Days", "15")));
        await desk.DoAsync(id, "CorrectionReceived", F(("On", RequestDeskClient.Day(-5))));

        var html = await desk.RefusedAsync(id, "Correction", F(("On", RequestDeskClient.Day(-1)), ("Text", "再补"), ("Days", "5")));

        Assert.Contains("补正告知应当一次性作出，已经发出过一次（第三十条）。", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CorrectionReceived_WithoutNotice_IsRefused()
    {
        var desk = await DeskAsync();
        var id = await desk.RegisterAsync();

        Assert.Contains("没有待补正的告知，不能收到补正。", await desk.RefusedAsync(id, "CorrectionReceived"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reply_WhileAwaitingCorrection_IsRefused()
    {
        var desk = await DeskAsync();
        var id = await desk.RegisterAsync();
        await desk.DoAsync(id, "Correction", F(("On", RequestDeskClient.Day(-8)), ("Text", "请写明文号"), ("Days", "15")));

        var html = await desk.RefusedAsync(id, "Reply", F(("Outcome", "Disclosed")));

        Assert.Contains("正在等待申请人补正", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CorrectionLapsed_BeforeThePeriodEnds_IsRefused()
    {
        var desk = await DeskAsync();
        var id = await desk.RegisterAsync();
        await desk.DoAsync(id, "Correction", F(("On", RequestDeskClient.Day(-8)), ("Text", "请写明文号"), ("Days", "30")));

        Assert.Contains("尚未届满，不能认定逾期不补正。", await desk.RefusedAsync(id, "CorrectionLapsed", F(("On", RequestDeskClient.Day(0)))), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConfirmReceipt_InPerson_IsRefused()
    {
        var desk = await DeskAsync();
        var id = await desk.RegisterAsync(channel: "InPerson");

        Assert.Contains("当面提交的申请以提交之日为收到申请之日，无需确认（第三十一条第（一）项）。", await desk.RefusedAsync(id, "Confirm"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fax_BeforeConfirmation_IsAwaitingConfirmationAndRefusesReply()
    {
        var desk = await DeskAsync();
        var id = await desk.RegisterAsync(channel: "Fax");

        var page = await desk.Http.GetStringAsync($"/Admin/Requests/{id}");
        Assert.Contains("id=\"form-confirm\"", page, StringComparison.Ordinal);
        Assert.Contains("尚未确认收到申请之日，请先确认（第三十一条）。", await desk.RefusedAsync(id, "Reply", F(("Outcome", "Disclosed"))), StringComparison.Ordinal);

        await desk.DoAsync(id, "Confirm", F(("On", RequestDeskClient.Day(-9))));
        Assert.Contains("id=\"form-reply\"", await desk.Http.GetStringAsync($"/Admin/Requests/{id}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ApproveExtension_ByOfficer_IsRefusedNamingTheApprover()
    {
        var desk = await DeskAsync();
        var id = await desk.RegisterAsync();

        var html = await desk.RefusedAsync(id, "ApproveExtension", F(("Days", "10"), ("Text", "调取档案")));

        Assert.Contains("延长答复期限须经政府信息公开工作机构负责人（审核人）同意（第三十三条第二款）；经办人只能提出延期申请。", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProposeExtension_WithoutReason_IsRefused()
    {
        var desk = await DeskAsync();
        var id = await desk.RegisterAsync();

        Assert.Contains("延长答复期限须说明理由", await desk.RefusedAsync(id, "ProposeExtension", F(("Days", "10"), ("Text", ""))), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProposeExtension_TooLong_IsRefused()
    {
        var desk = await DeskAsync();
        var id = await desk.RegisterAsync();

        Assert.Contains("延长的期限须为1至20个工作日（第三十三条第二款）。", await desk.RefusedAsync(id, "ProposeExtension", F(("Days", "25"), ("Text", "调档"))), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Extension_ProposedByOfficer_ApprovedByApprover_MovesTheDueDate()
    {
        var officer = await DeskAsync();
        var id = await officer.RegisterAsync();
        var before = await officer.Http.GetStringAsync($"/Admin/Requests/{id}");
        Assert.DoesNotContain("id=\"form-approve-extension\"", before, StringComparison.Ordinal);
        await officer.DoAsync(id, "ProposeExtension", F(("On", RequestDeskClient.Day(0)), ("Days", "10"), ("Text", "需调取档案资料")));
        Assert.Contains("待政府信息公开工作机构负责人（审核人）批准", await officer.Http.GetStringAsync($"/Admin/Requests/{id}"), StringComparison.Ordinal);

        var approver = await DeskAsync("XN-MZ", OfficerRole.Approver);
        var queue = await approver.Http.GetStringAsync("/Admin/Requests?Waiting=ExtensionApproval");
        Assert.Contains(id.ToString(), queue, StringComparison.Ordinal);
        await approver.DoAsync(id, "ApproveExtension", F(("On", RequestDeskClient.Day(0))));

        var after = await approver.Http.GetStringAsync($"/Admin/Requests/{id}");
        Assert.Contains("延长答复期限", after, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"extension-pending\"", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ApproveExtension_AfterDueDate_IsRefused()
    {
        var approver = await DeskAsync("XN-MZ", OfficerRole.Approver);
        var id = await approver.RegisterAsync(submittedDaysAgo: 60);

        Assert.Contains("不能再延长", await approver.RefusedAsync(id, "ApproveExtension", F(("Days", "10"), ("Text", "调档"))), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Consultation_WithoutWhom_IsRefused_AndEndWithoutStartIsRefused()
    {
        var desk = await DeskAsync();
        var id = await desk.RegisterAsync();

        Assert.Contains("请写明征求意见的对象和事项。", await desk.RefusedAsync(id, "Consultation", F(("Party", "ThirdParty"))), StringComparison.Ordinal);
        Assert.Contains("征求意见", await desk.RefusedAsync(id, "ConsultationEnded"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Consultation_StartedAndEnded_PausesTheClock()
    {
        var desk = await DeskAsync();
        var id = await desk.RegisterAsync();
        await desk.DoAsync(id, "Consultation", F(("On", RequestDeskClient.Day(-5)), ("Party", "OtherAgency"), ("Text", "西宁市财政局：是否同意公开")));
        Assert.Contains("id=\"form-consultation-ended\"", await desk.Http.GetStringAsync($"/Admin/Requests/{id}"), StringComparison.Ordinal);

        await desk.DoAsync(id, "ConsultationEnded", F(("On", RequestDeskClient.Day(-1)), ("Text", "同意公开")));

        Assert.Contains("id=\"form-reply\"", await desk.Http.GetStringAsync($"/Admin/Requests/{id}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fee_ZeroAmount_IsRefused_AndPaidWithoutNoticeIsRefused()
    {
        var desk = await DeskAsync();
        var id = await desk.RegisterAsync();

        Assert.Contains("收费金额须大于零。", await desk.RefusedAsync(id, "Fee", F(("AmountYuan", "0"))), StringComparison.Ordinal);
        Assert.Contains("缴费", await desk.RefusedAsync(id, "FeePaid"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fee_NoticeThenPaid_ResumesTheClock()
    {
        var desk = await DeskAsync();
        var id = await desk.RegisterAsync();
        await desk.DoAsync(id, "Fee", F(("On", RequestDeskClient.Day(-5)), ("AmountYuan", "100"), ("Days", "20")));
        Assert.Contains("id=\"form-fee-paid\"", await desk.Http.GetStringAsync($"/Admin/Requests/{id}"), StringComparison.Ordinal);

        await desk.DoAsync(id, "FeePaid", F(("On", RequestDeskClient.Day(-2))));

        Assert.Contains("金额 100.00 元", await desk.Http.GetStringAsync($"/Admin/Requests/{id}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Delay_WithoutReasonOrDate_IsRefused()
    {
        var desk = await DeskAsync();
        var id = await desk.RegisterAsync();

        Assert.Contains("请填写延迟答复的期限（第三十五条）。", await desk.RefusedAsync(id, "Delay", F(("Text", "数量大"))), StringComparison.Ordinal);
        Assert.Contains("确定延迟答复期限须说明理由（第三十五条）。", await desk.RefusedAsync(id, "Delay", F(("Until", RequestDeskClient.Day(60)))), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Assign_ToOfficerOfAnotherAgency_IsRefused_AndToColleagueWorks()
    {
        var desk = await DeskAsync();
        var id = await desk.RegisterAsync();
        var outsider = await factory.CreateOfficerAsync("XN-CD");
        var outsiderId = await OfficerIdAsync(outsider);

        Assert.Contains("请选择本机关的承办人。", await desk.RefusedAsync(id, "Assign", F(("OfficerId", outsiderId.ToString()))), StringComparison.Ordinal);

        var colleague = await factory.CreateOfficerAsync("XN-MZ");
        await desk.DoAsync(id, "Assign", F(("OfficerId", (await OfficerIdAsync(colleague)).ToString())));
        Assert.Contains(colleague, await desk.Http.GetStringAsync($"/Admin/Requests/{id}"), StringComparison.Ordinal);
        Assert.Contains("已由", await desk.RefusedAsync(id, "Assign", F(("OfficerId", (await OfficerIdAsync(colleague)).ToString()))), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Forward_WithoutAgency_IsRefused()
    {
        var desk = await DeskAsync();
        var id = await desk.RegisterAsync();

        Assert.Contains("请写明转送的机关名称。", await desk.RefusedAsync(id, "Forward", F(("Text", "转"))), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Actions_ByAccountWithoutHandlingRole_AreRefused()
    {
        var desk = await DeskAsync();
        var id = await desk.RegisterAsync();
        var supervisor = await DeskAsync("XN-MZ", OfficerRole.Supervisor);

        var html = await supervisor.RefusedAsync(id, "Archive");

        Assert.Contains("办理申请须具有“经办人”或“审核人”角色。", html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"form-reply\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lifecycle_LetterToArchive_EachStepShowsOnlyAllowedActions()
    {
        var desk = await DeskAsync();
        var id = await desk.RegisterAsync();
        await desk.DoAsync(id, "Correction", F(("On", RequestDeskClient.Day(-8)), ("Text", "请写明所需信息的文号"), ("Days", "10")));
        var waiting = await desk.Http.GetStringAsync($"/Admin/Requests/{id}");
        Assert.Contains("id=\"form-correction-received\"", waiting, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"form-reply\"", waiting, StringComparison.Ordinal);

        await desk.DoAsync(id, "CorrectionReceived", F(("On", RequestDeskClient.Day(-6))));
        await desk.DoAsync(id, "Reply", F(("On", RequestDeskClient.Day(-1)), ("Outcome", "PartlyDisclosed"), ("Text", "其中涉及个人隐私的内容不予公开（第十五条）。")));
        var replied = await desk.Http.GetStringAsync($"/Admin/Requests/{id}");
        Assert.Contains("id=\"form-deliver\"", replied, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"form-reply\"", replied, StringComparison.Ordinal);
        Assert.Contains("该申请已经答复，不能再次答复。", await desk.RefusedAsync(id, "Reply", F(("Outcome", "Disclosed"))), StringComparison.Ordinal);

        await desk.DoAsync(id, "Deliver", F(("On", RequestDeskClient.Day(0)), ("Text", "EMS 邮寄，运单号 1234567890")));
        Assert.Contains("已经记录过送达。", await desk.RefusedAsync(id, "Deliver", F(("Text", "再送"))), StringComparison.Ordinal);
        await desk.DoAsync(id, "Archive", F(("On", RequestDeskClient.Day(0))));

        var archived = await desk.Http.GetStringAsync($"/Admin/Requests/{id}");
        Assert.Contains("该申请已归档，不能再办理。", archived, StringComparison.Ordinal);
        Assert.Contains("该申请已归档，不能再办理。", await desk.RefusedAsync(id, "Assign", F(("OfficerId", Guid.NewGuid().ToString()))), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Duplicates_SameApplicantSimilarRequest_AreShownWithMonthlyCount()
    {
        var desk = await DeskAsync();
        var first = await desk.RegisterAsync(name: "重复测试人", identity: "630102199001011234", description: "2025年城乡居民最低生活保障资金发放明细");
        await desk.DoAsync(first, "Reply", F(("On", RequestDeskClient.Day(-2)), ("Outcome", "Disclosed")));
        var second = await desk.RegisterAsync(name: "重复测试人", identity: "630102199001011234", description: "城乡居民最低生活保障资金发放明细（2025年）", submittedDaysAgo: 1);

        var html = await desk.Http.GetStringAsync($"/Admin/Requests/{second}");

        Assert.Contains($"/Admin/Requests/{first}", html, StringComparison.Ordinal);
        Assert.Contains("已作出答复，可适用第三十六条第（六）项", html, StringComparison.Ordinal);
        Assert.Contains("id=\"monthly-count\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Queue_FiltersByTextAndShowsOverdueBadge()
    {
        var desk = await DeskAsync();
        var id = await desk.RegisterAsync(name: "逾期测试人", submittedDaysAgo: 60);

        var html = await desk.Http.GetStringAsync("/Admin/Requests?Q=%E9%80%BE%E6%9C%9F%E6%B5%8B%E8%AF%95%E4%BA%BA");

        Assert.Contains(id.ToString(), html, StringComparison.Ordinal);
        Assert.Contains("class=\"badge overdue\"", html, StringComparison.Ordinal);
        Assert.Contains(id.ToString(), await desk.Http.GetStringAsync("/Admin/Requests?Urgency=Overdue&Q=%E9%80%BE%E6%9C%9F%E6%B5%8B%E8%AF%95%E4%BA%BA"), StringComparison.Ordinal);
        Assert.DoesNotContain(id.ToString(), await desk.Http.GetStringAsync("/Admin/Requests?Urgency=DueSoon&Q=%E9%80%BE%E6%9C%9F%E6%B5%8B%E8%AF%95%E4%BA%BA"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OtherAgencyOfficer_GetsNotFoundAndDoesNotCountTheRequest()
    {
        var outsider = await DeskAsync("XN-CD");
        var countsBefore = Counts(await outsider.Http.GetStringAsync("/Admin/Requests"));
        var desk = await DeskAsync();
        var id = await desk.RegisterAsync(name: "范围测试人", submittedDaysAgo: 60);

        Assert.Equal(HttpStatusCode.NotFound, (await outsider.Http.GetAsync($"/Admin/Requests/{id}")).StatusCode);
        var token = await BackOfficeFactory.TokenAsync(outsider.Http, "/Admin/Requests/Register");
        var post = await outsider.Http.PostAsync($"/Admin/Requests/{id}?handler=Archive", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        var queue = await outsider.Http.GetStringAsync("/Admin/Requests?View=All&Q=%E8%8C%83%E5%9B%B4%E6%B5%8B%E8%AF%95%E4%BA%BA");
        Assert.DoesNotContain(id.ToString(), queue, StringComparison.Ordinal);
        Assert.Contains("共 0 件", queue, StringComparison.Ordinal);
        Assert.Equal(countsBefore, Counts(await outsider.Http.GetStringAsync("/Admin/Requests")));

        // The government above the department covers it.
        var government = await DeskAsync("XN");
        Assert.Equal(HttpStatusCode.OK, (await government.Http.GetAsync($"/Admin/Requests/{id}")).StatusCode);
    }

    private static (string Open, string DueSoon, string Overdue) Counts(string html) =>
        (Figure(html, "count-open"), Figure(html, "count-due-soon"), Figure(html, "count-overdue"));

    private static string Figure(string html, string id)
    {
        var start = html.IndexOf($"id=\"{id}\">", StringComparison.Ordinal) + id.Length + 6;
        return html[start..html.IndexOf('<', start)];
    }

    private async Task<Guid> OfficerIdAsync(string userName)
    {
        using var scope = factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<OfficerAccount>>();
        return (await users.FindByNameAsync(userName))!.Id;
    }
}
