using System.Net;
using System.Text.RegularExpressions;
using Gongkai.Data;
using Gongkai.Domain.Catalogue;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Web.Tests.Admin.Catalogue;

/// <summary>Drives the catalogue pages of the back office in tests.</summary>
internal static partial class CatalogueDesk
{
    /// <summary>Drafts an entry through the form; returns its id.</summary>
    public static async Task<Guid> DraftAsync(HttpClient client, string title, string writtenOn = "2025-09-26")
    {
        var response = await BackOfficeFactory.PostFormAsync(client, "/Admin/Catalogue/Edit", "/Admin/Catalogue/Edit", new Dictionary<string, string>
        {
            ["Title"] = title,
            ["DocumentNumber"] = "某民发〔2025〕3号",
            ["Category"] = nameof(CatalogueCategory.SocialAssistance),
            ["WrittenOn"] = writtenOn,
            ["Validity"] = nameof(Validity.InForce),
            ["Body"] = "<p>关于调整最低生活保障标准的通知正文。</p><script>alert(1)</script>",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return Guid.Parse(EntryId().Match(response.Headers.Location!.OriginalString).Groups[1].Value);
    }

    /// <summary>Posts a workflow action of the entry page.</summary>
    public static Task<HttpResponseMessage> ActAsync(HttpClient client, Guid id, string handler, string? reason = null)
    {
        var page = $"/Admin/Catalogue/Entry/{id}";
        var fields = new Dictionary<string, string>();
        if (reason is not null)
        {
            fields["Reason"] = reason;
        }

        return BackOfficeFactory.PostFormAsync(client, page, $"{page}?handler={handler}", fields);
    }

    /// <summary>The entry as stored.</summary>
    public static async Task<CatalogueEntry> EntryAsync(BackOfficeFactory factory, Guid id)
    {
        using var scope = factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<GongkaiDbContext>().CatalogueEntries.AsNoTracking().SingleAsync(e => e.Id == id);
    }

    [GeneratedRegex("/Admin/Catalogue/Entry/([0-9a-f-]{36})")]
    private static partial Regex EntryId();
}
