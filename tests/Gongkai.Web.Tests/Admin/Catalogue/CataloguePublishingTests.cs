using System.Net;
using System.Net.Http.Headers;
using Gongkai.Data;
using Gongkai.Data.Officers;
using Gongkai.Domain.Catalogue;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Web.Tests.Admin.Catalogue;

[Collection(BackOfficeCollection.Name)]
public sealed class CataloguePublishingTests(BackOfficeFactory factory)
{
    [Fact]
    public async Task Draft_ByOfficer_IsNumberedSanitisedAndNotPublic()
    {
        var officer = await factory.SignedInClientAsync(await factory.CreateOfficerAsync("XN-MZ", OfficerRole.Officer));
        var id = await CatalogueDesk.DraftAsync(officer, "草稿条目不公开");

        var entry = await CatalogueDesk.EntryAsync(factory, id);
        Assert.Equal(CatalogueEntryStatus.Draft, entry.Status);
        Assert.StartsWith("XN-MZ/", entry.IndexNumber, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", entry.BodyHtml, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClient().GetAsync($"/Catalogue/Entry/{id}")).StatusCode);
    }

    [Fact]
    public async Task Publish_WithoutReview_RefusedWithChineseMessage()
    {
        var officer = await factory.SignedInClientAsync(await factory.CreateOfficerAsync("XN-MZ", OfficerRole.Officer));
        var id = await CatalogueDesk.DraftAsync(officer, "未经审查发布");

        var response = await CatalogueDesk.ActAsync(officer, id, "Publish");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("未经保密审查通过的条目不能发布，请先送审（第十七条）。", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(CatalogueEntryStatus.Draft, (await CatalogueDesk.EntryAsync(factory, id)).Status);
    }

    [Fact]
    public async Task Approve_ByTheAuthorWhoIsAnApprover_Refused()
    {
        var author = await factory.SignedInClientAsync(await factory.CreateOfficerAsync("XN-MZ", OfficerRole.Officer, OfficerRole.Approver));
        var id = await CatalogueDesk.DraftAsync(author, "自己审查自己");
        await CatalogueDesk.ActAsync(author, id, "Submit");

        var response = await CatalogueDesk.ActAsync(author, id, "Approve");

        Assert.Contains("保密审查须由作者以外的审核人进行，不能审查自己起草或修改的条目（第十七条）。", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(CatalogueEntryStatus.SubmittedForReview, (await CatalogueDesk.EntryAsync(factory, id)).Status);
    }

    [Fact]
    public async Task Approve_ByOfficerWithoutApproverRole_RefusedNamingTheRole()
    {
        var author = await factory.SignedInClientAsync(await factory.CreateOfficerAsync("XN-MZ", OfficerRole.Officer));
        var colleague = await factory.SignedInClientAsync(await factory.CreateOfficerAsync("XN-MZ", OfficerRole.Officer));
        var id = await CatalogueDesk.DraftAsync(author, "无审核角色");
        await CatalogueDesk.ActAsync(author, id, "Submit");

        var response = await CatalogueDesk.ActAsync(colleague, id, "Approve");

        Assert.Contains("此操作须具有“审核人（工作机构负责人）”角色。", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Return_WithoutReason_Refused_WithReason_BackToAuthor()
    {
        var author = await factory.SignedInClientAsync(await factory.CreateOfficerAsync("XN-MZ", OfficerRole.Officer));
        var approver = await factory.SignedInClientAsync(await factory.CreateOfficerAsync("XN-MZ", OfficerRole.Approver));
        var id = await CatalogueDesk.DraftAsync(author, "退回修改");
        await CatalogueDesk.ActAsync(author, id, "Submit");

        var refused = await CatalogueDesk.ActAsync(approver, id, "Return", " ");
        Assert.Contains("退回修改须说明理由。", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var returned = await CatalogueDesk.ActAsync(approver, id, "Return", "请删除个人信息");
        Assert.Equal(HttpStatusCode.Redirect, returned.StatusCode);
        var entry = await CatalogueDesk.EntryAsync(factory, id);
        Assert.Equal(CatalogueEntryStatus.Returned, entry.Status);
        Assert.Equal("请删除个人信息", entry.ReturnReason);
    }

    [Fact]
    public async Task Workflow_SubmitApprovePublish_ShowsOnPortalAtOnce_ThenWithdrawNeedsReason()
    {
        var author = await factory.SignedInClientAsync(await factory.CreateOfficerAsync("XN-MZ", OfficerRole.Officer));
        var approver = await factory.SignedInClientAsync(await factory.CreateOfficerAsync("XN-MZ", OfficerRole.Approver));
        var id = await CatalogueDesk.DraftAsync(author, "麒麟社区调整低保标准的通知");

        Assert.Equal(HttpStatusCode.Redirect, (await CatalogueDesk.ActAsync(author, id, "Submit")).StatusCode);
        Assert.Contains("麒麟社区调整低保标准的通知", await approver.GetStringAsync("/Admin/Catalogue/Review"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await CatalogueDesk.ActAsync(approver, id, "Approve")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await CatalogueDesk.ActAsync(author, id, "Publish")).StatusCode);

        var portal = factory.CreateClient();
        Assert.Contains("麒麟社区调整低保标准的通知", await portal.GetStringAsync($"/Catalogue/Entry/{id}"), StringComparison.Ordinal);
        Assert.Contains($"/Catalogue/Entry/{id}", await portal.GetStringAsync("/search?q=" + Uri.EscapeDataString("麒麟")), StringComparison.Ordinal);

        var refused = await CatalogueDesk.ActAsync(author, id, "Withdraw", "");
        Assert.Contains("撤回目录条目须说明理由。", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await CatalogueDesk.ActAsync(author, id, "Withdraw", "标准已调整，另行发布")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await portal.GetAsync($"/Catalogue/Entry/{id}")).StatusCode);
        Assert.Equal("标准已调整，另行发布", (await CatalogueDesk.EntryAsync(factory, id)).WithdrawalReason);
    }

    [Fact]
    public async Task Attachment_Uploaded_DownloadableOnPortalAfterPublication()
    {
        var author = await factory.SignedInClientAsync(await factory.CreateOfficerAsync("XN-MZ", OfficerRole.Officer));
        var approver = await factory.SignedInClientAsync(await factory.CreateOfficerAsync("XN-MZ", OfficerRole.Approver));
        var id = await CatalogueDesk.DraftAsync(author, "附带附件的通知");
        var pdf = Gongkai.Documents.Tests.HostileFiles.Pdf("<</Title (低保标准表)>>");

        var upload = await UploadAsync(author, id, "低保标准表.pdf", pdf);
        Assert.Equal(HttpStatusCode.Redirect, upload.StatusCode);
        var refused = await UploadAsync(author, id, "程序.exe", [0x4D, 0x5A]);
        Assert.Contains("附件“程序.exe”的类型不能上传", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        await CatalogueDesk.ActAsync(author, id, "Submit");
        await CatalogueDesk.ActAsync(approver, id, "Approve");
        await CatalogueDesk.ActAsync(author, id, "Publish");

        var attachment = Assert.Single((await CatalogueDesk.EntryAsync(factory, id)).Attachments);
        var portal = factory.CreateClient();
        Assert.Contains($"attachmentId={attachment.Id}", await portal.GetStringAsync($"/Catalogue/Entry/{id}"), StringComparison.Ordinal);
        var download = await portal.GetAsync($"/Catalogue/Entry/{id}?handler=Attachment&attachmentId={attachment.Id}");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal(pdf, await download.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Entry_OfAnotherAgency_NotFound()
    {
        var author = await factory.SignedInClientAsync(await factory.CreateOfficerAsync("XN-MZ", OfficerRole.Officer));
        var outsider = await factory.SignedInClientAsync(await factory.CreateOfficerAsync("BYNE-MZ", OfficerRole.Officer, OfficerRole.Approver));
        var id = await CatalogueDesk.DraftAsync(author, "他机关看不到");

        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/Admin/Catalogue/Entry/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/Admin/Catalogue/Edit/{id}")).StatusCode);
        Assert.DoesNotContain("他机关看不到", await outsider.GetStringAsync("/Admin/Catalogue"), StringComparison.Ordinal);
        Assert.DoesNotContain("他机关看不到", await outsider.GetStringAsync("/Admin/Catalogue/Review"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_OverdueFilter_ShowsTheWorkingDaysLate()
    {
        var author = await factory.SignedInClientAsync(await factory.CreateOfficerAsync("XN-MZ", OfficerRole.Officer));
        await CatalogueDesk.DraftAsync(author, "国庆前成文的逾期通知", "2025-09-26");

        var html = await author.GetStringAsync("/Admin/Catalogue?overdue=true");

        Assert.Contains("国庆前成文的逾期通知", html, StringComparison.Ordinal);
        Assert.Contains("2025-10-30", html, StringComparison.Ordinal);
        Assert.Contains("逾期", html, StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, Guid id, string name, byte[] content)
    {
        var page = $"/Admin/Catalogue/Entry/{id}";
        var form = new MultipartFormDataContent
        {
            { new StringContent(await BackOfficeFactory.TokenAsync(client, page)), "__RequestVerificationToken" },
        };
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "Upload", name);
        return await client.PostAsync($"{page}?handler=Upload", form);
    }
}
