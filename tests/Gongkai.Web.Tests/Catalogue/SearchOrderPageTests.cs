using Gongkai.Data;
using Gongkai.Data.Catalogue;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Web.Tests.Catalogue;

/// <summary>/search tells the reader when there were too many matches to rank and the hits come newest first.</summary>
public sealed class SearchOrderPageTests
{
    [Fact]
    public async Task SearchPage_MoreMatchesThanRanked_ExplainsTheNewestFirstOrder()
    {
        using var factory = new PortalFactory();
        using var small = factory.WithWebHostBuilder(b => b.ConfigureTestServices(s =>
            s.AddScoped(sp => new CatalogueSearch(sp.GetRequiredService<GongkaiDbContext>()) { RankedUpTo = 1 })));

        var html = await small.CreateClient().GetStringAsync("/search?q=" + Uri.EscapeDataString("低保"));

        Assert.Contains("已按发布日期由新到旧排列", html, StringComparison.Ordinal);
        Assert.Contains("<mark>低保</mark>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SearchPage_FewMatches_SaysNothingAboutOrder()
    {
        using var factory = new PortalFactory();

        var html = await factory.CreateClient().GetStringAsync("/search?q=" + Uri.EscapeDataString("低保"));

        Assert.DoesNotContain("已按发布日期由新到旧排列", html, StringComparison.Ordinal);
        Assert.Contains("<mark>低保</mark>", html, StringComparison.Ordinal);
    }
}
