using System.Net;
using Gongkai.Data;
using Gongkai.Data.Officers;
using Gongkai.Web.Tests.Admin;
using Gongkai.Web.Tests.Admin.Catalogue;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Web.Tests.Hosting;

/// <summary>
/// The output cache of the anonymous portal pages (docs/decisions/0009-output-caching.md). A response served from
/// the cache carries an <c>Age</c> header (the output-cache middleware adds it on a hit, never on a rendered page),
/// which is what these tests read — no timing. Each test uses its own <c>cachetest</c> query value, so pages cached
/// by other tests of the shared back office never interfere.
/// </summary>
[Collection(BackOfficeCollection.Name)]
public sealed class PortalOutputCacheTests(BackOfficeFactory factory)
{
    [Fact]
    public async Task Home_SecondAnonymousGet_ServedFromCacheWithoutReadingTheDatabase()
    {
        await using var portal = new PortalFactory();
        var client = portal.CreateClient();
        var first = await client.GetAsync("/");
        var name = await AgencyNameAsync(portal);
        Assert.Null(first.Headers.Age);
        Assert.Contains(name, await first.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // A change made behind the application's back (no eviction) is not seen: the page comes from the cache.
        await RenameBehindTheCacheAsync(portal, name, "缓存测试改名机关");
        var second = await client.GetAsync("/");

        Assert.NotNull(second.Headers.Age);
        Assert.Contains(name, await second.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("nosniff", second.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Contains("script-src 'self';", second.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Contains("缓存测试改名机关", await client.GetStringAsync("/?cachetest=fresh"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Home_AgencyRenamedThroughTheApplication_EvictedAtOnce()
    {
        await using var portal = new PortalFactory();
        var client = portal.CreateClient();
        await client.GetStringAsync("/");
        var name = await AgencyNameAsync(portal);

        using (var scope = portal.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<GongkaiDbContext>();
            (await db.Agencies.SingleAsync(a => a.Name == name)).Rename("经由应用改名机关");
            await db.SaveChangesAsync();
        }

        var after = await client.GetAsync("/");
        Assert.Null(after.Headers.Age);
        Assert.Contains("经由应用改名机关", await after.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Home_SignedIn_NeverCachedNorStored()
    {
        var officer = await factory.SignedInClientAsync(await factory.CreateOfficerAsync("XN-MZ", OfficerRole.Officer));
        var path = $"/?cachetest={Guid.NewGuid():N}";

        var first = await officer.GetAsync(path);
        var second = await officer.GetAsync(path);
        var anonymous = await factory.CreateClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Null(first.Headers.Age);
        Assert.Null(second.Headers.Age);
        Assert.Null(anonymous.Headers.Age);
        Assert.NotNull((await factory.CreateClient().GetAsync(path)).Headers.Age);
    }

    [Fact]
    public async Task Catalogue_QueryString_VariesTheCachedPage()
    {
        var client = factory.CreateClient();
        var key = Guid.NewGuid().ToString("N");

        var year2024 = await client.GetAsync($"/Catalogue?year=2024&cachetest={key}");
        var year2024Again = await client.GetAsync($"/Catalogue?year=2024&cachetest={key}");
        var year2025 = await client.GetAsync($"/Catalogue?year=2025&cachetest={key}");

        Assert.Null(year2024.Headers.Age);
        Assert.NotNull(year2024Again.Headers.Age);
        Assert.Null(year2025.Headers.Age);
        Assert.NotEqual(await year2024.Content.ReadAsStringAsync(), await year2025.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task TextSizeMode_VariesTheCachedPage()
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false });
        var path = $"/Catalogue?cachetest={Guid.NewGuid():N}";
        await client.GetStringAsync(path);

        using var large = new HttpRequestMessage(HttpMethod.Get, path);
        large.Headers.Add("Cookie", "gk-size=large");
        var largeResponse = await client.SendAsync(large);
        var normal = await client.GetAsync(path);

        Assert.Null(largeResponse.Headers.Age);
        Assert.Contains("text-large", await largeResponse.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.NotNull(normal.Headers.Age);
        Assert.DoesNotContain("text-large", await normal.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Entry_PublishedThenWithdrawnInTheBackOffice_OnTheCachedListAtOnce()
    {
        var author = await factory.SignedInClientAsync(await factory.CreateOfficerAsync("XN-MZ", OfficerRole.Officer));
        var approver = await factory.SignedInClientAsync(await factory.CreateOfficerAsync("XN-MZ", OfficerRole.Approver));
        var title = "缓存驱逐测试公告" + Guid.NewGuid().ToString("N")[..6];
        var id = await CatalogueDesk.DraftAsync(author, title);
        await CatalogueDesk.ActAsync(author, id, "Submit");
        await CatalogueDesk.ActAsync(approver, id, "Approve");
        var portal = factory.CreateClient();
        var list = $"/Catalogue?q={Uri.EscapeDataString("缓存驱逐测试")}&cachetest={Guid.NewGuid():N}";
        await portal.GetStringAsync(list);
        Assert.NotNull((await portal.GetAsync(list)).Headers.Age);
        Assert.Equal(HttpStatusCode.NotFound, (await portal.GetAsync($"/Catalogue/Entry/{id}")).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await CatalogueDesk.ActAsync(author, id, "Publish")).StatusCode);
        Assert.Contains($"/Catalogue/Entry/{id}", await portal.GetStringAsync(list), StringComparison.Ordinal);
        Assert.Contains(title, await portal.GetStringAsync($"/Catalogue/Entry/{id}"), StringComparison.Ordinal);
        Assert.NotNull((await portal.GetAsync($"/Catalogue/Entry/{id}")).Headers.Age);

        Assert.Equal(HttpStatusCode.Redirect, (await CatalogueDesk.ActAsync(author, id, "Withdraw", "测试撤回")).StatusCode);
        Assert.DoesNotContain($"/Catalogue/Entry/{id}", await portal.GetStringAsync(list), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await portal.GetAsync($"/Catalogue/Entry/{id}")).StatusCode);
    }

    [Fact]
    public async Task ApplyForm_NeverCached_StillPostsWithItsAntiforgeryToken()
    {
        var client = factory.CreateClient();
        await client.GetStringAsync("/Apply");
        var again = await client.GetAsync("/Apply");
        Assert.Null(again.Headers.Age);

        var (token, submission) = await PortalPageTests.FormTokensAsync(client);
        var response = await client.PostAsync("/Apply", new FormUrlEncodedContent(await PortalPageTests.ValidFormAsync(client, token, submission)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Matches(PortalPageTests.TrackingNumber(), await response.Content.ReadAsStringAsync());
    }

    private static async Task<string> AgencyNameAsync(PortalFactory portal)
    {
        using var scope = portal.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<GongkaiDbContext>();
        return await db.Agencies.Where(a => a.ParentId == null).OrderBy(a => a.Code).Select(a => a.Name).FirstAsync();
    }

    private static async Task RenameBehindTheCacheAsync(PortalFactory portal, string name, string newName)
    {
        using var scope = portal.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<GongkaiDbContext>();
        await db.Database.ExecuteSqlAsync($"UPDATE \"Agencies\" SET \"Name\" = {newName} WHERE \"Name\" = {name}");
    }
}
