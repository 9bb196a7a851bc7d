using System.Net;
using System.Net.Http.Headers;
using Gongkai.Data.Officers;
using Gongkai.Documents.Tests;

namespace Gongkai.Web.Tests.Admin.Catalogue;

/// <summary>
/// Issue 12 finding 8: a random file that starts with <c>PK</c> passed the attachment check as .docx. Attachments are
/// now validated by content: a DOCX/XLSX must open as one, a PDF must have a PDF's structure.
/// </summary>
[Collection(BackOfficeCollection.Name)]
public sealed class AttachmentContentTests(BackOfficeFactory factory)
{
    [Theory]
    [InlineData("通知.docx", "附件“通知.docx”：Word 文档的压缩包已损坏")]
    [InlineData("统计表.xlsx", "附件“统计表.xlsx”：Excel 表格的压缩包已损坏")]
    public async Task Attachment_RandomFileStartingWithPk_IsRefusedInChinese(string name, string message)
    {
        var author = await factory.SignedInClientAsync(await factory.CreateOfficerAsync("XN-MZ", OfficerRole.Officer));
        var id = await CatalogueDesk.DraftAsync(author, "附件内容校验");

        var response = await UploadAsync(author, id, name, HostileFiles.RandomAfterPk(8));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Empty((await CatalogueDesk.EntryAsync(factory, id)).Attachments);
    }

    [Fact]
    public async Task Attachment_PdfThatIsOnlyAHeader_IsRefused_ARealOneIsAccepted()
    {
        var author = await factory.SignedInClientAsync(await factory.CreateOfficerAsync("XN-MZ", OfficerRole.Officer));
        var id = await CatalogueDesk.DraftAsync(author, "附件PDF校验");

        var refused = await UploadAsync(author, id, "假.pdf", "%PDF-1.4 只有文件头"u8.ToArray());
        Assert.Contains("不是完整的 PDF 文件", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        var accepted = await UploadAsync(author, id, "真.pdf", HostileFiles.Pdf("<</Length 0>>"));
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        var deep = await UploadAsync(author, id, "深.pdf", HostileFiles.PdfNestedArrays());
        Assert.Contains("嵌套超过", WebUtility.HtmlDecode(await deep.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Single((await CatalogueDesk.EntryAsync(factory, id)).Attachments);
    }

    [Fact]
    public async Task Attachment_RealDocx_IsAccepted_DeepOneIsRefused()
    {
        var author = await factory.SignedInClientAsync(await factory.CreateOfficerAsync("XN-MZ", OfficerRole.Officer));
        var id = await CatalogueDesk.DraftAsync(author, "附件Word校验");

        var accepted = await UploadAsync(author, id, "通知.docx", HostileFiles.Docx("<w:p><w:r><w:t>通知</w:t></w:r></w:p>"));
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        var deep = await UploadAsync(author, id, "深.docx", HostileFiles.DocxNestedContentControls());
        Assert.Contains("嵌套超过", WebUtility.HtmlDecode(await deep.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Single((await CatalogueDesk.EntryAsync(factory, id)).Attachments);
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, Guid id, string name, byte[] content)
    {
        var page = $"/Admin/Catalogue/Entry/{id}";
        using var form = new MultipartFormDataContent
        {
            { new StringContent(await BackOfficeFactory.TokenAsync(client, page)), "__RequestVerificationToken" },
        };
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "Upload", name);
        return await client.PostAsync($"{page}?handler=Upload", form);
    }
}
