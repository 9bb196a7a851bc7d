using Gongkai.Data;
using Gongkai.Domain.Appeals;
using Gongkai.Domain.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Web.Tests.Admin.Requests;

/// <summary>Linked reconsideration and litigation cases on the request page; a corrected reply is flagged.</summary>
[Collection(BackOfficeCollection.Name)]
public sealed class RequestAppealsTests(BackOfficeFactory factory)
{
    [Fact]
    public async Task Show_ReconsiderationCorrectedTheReply_ShowsTheNote()
    {
        var desk = new RequestDeskClient(await factory.SignedInClientAsync(await factory.CreateOfficerAsync("XN-MZ")));
        var id = await desk.RegisterAsync();
        await desk.DoAsync(id, "Reply", new Dictionary<string, string> { ["On"] = RequestDeskClient.Day(-2), ["Outcome"] = "WithheldProcessInformation", ["Text"] = "属于过程性信息" });
        Assert.DoesNotContain("id=\"appeal-corrected\"", await desk.Http.GetStringAsync($"/Admin/Requests/{id}"), StringComparison.Ordinal);

        using (var scope = factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<GongkaiDbContext>();
            var request = await db.DisclosureRequests.SingleAsync(r => r.Id == id);
            var by = new RecordedBy("test", TestClock.UtcNow);
            var filed = TestClock.Today.AddDays(-1);
            var reconsideration = Reconsideration.File(Guid.NewGuid(), request, "宁政复〔2026〕9号", filed, by);
            reconsideration.Decide(AppealResult.Corrected, filed.AddDays(1), by);
            db.Reconsiderations.Add(reconsideration);
            await db.SaveChangesAsync();
        }

        var html = await desk.Http.GetStringAsync($"/Admin/Requests/{id}");

        Assert.Contains("id=\"appeal-corrected\"", html, StringComparison.Ordinal);
        Assert.Contains("宁政复〔2026〕9号", html, StringComparison.Ordinal);
        Assert.Contains("结果纠正", html, StringComparison.Ordinal);
    }
}
