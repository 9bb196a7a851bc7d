using Gongkai.Data.Catalogue;
using Gongkai.Domain.Catalogue;

namespace Gongkai.Data.Tests;

/// <summary>The filters' share of the catalogue, estimated from the statistics of their lexemes (PostgreSQL search).</summary>
public sealed class CatalogueFilterTokensTests
{
    private static readonly Guid Civil = Guid.Parse("5f14a105-476a-c847-7ffc-657423524686");
    private static readonly Guid Finance = Guid.Parse("132e382f-62d6-3ab0-1164-886a645420d5");

    private static readonly Dictionary<string, double> Stats = new(StringComparer.Ordinal)
    {
        ["年份2025"] = 0.2,
        [$"机构{Civil:N}"] = 0.1,
        [$"机构{Finance:N}"] = 0.05,
    };

    private static double? ShareOf(string lexeme) => Stats.TryGetValue(lexeme, out var share) ? share : null;

    [Fact]
    public void Share_YearAndTwoAgencies_IsTheYearTimesTheAgenciesSummed()
    {
        var query = new CatalogueQuery("低保", [Civil, Finance], Year: 2025);

        Assert.Equal(0.2 * 0.15, CatalogueFilterTokens.Share(query, ShareOf)!.Value, 6);
    }

    [Fact]
    public void Share_AgencyWithoutStatistics_IsUnknown()
    {
        var query = new CatalogueQuery("低保", [Civil, Guid.NewGuid()]);

        Assert.Null(CatalogueFilterTokens.Share(query, ShareOf));
    }

    [Fact]
    public void Share_MoreAgenciesThanTheLexemesServe_IsUnknown()
    {
        var many = Enumerable.Range(0, CatalogueFilterTokens.MaxAgencies + 1).Select(_ => Guid.NewGuid()).ToList();
        var query = new CatalogueQuery("低保", many);

        Assert.Null(CatalogueFilterTokens.Share(query, lexeme => 0.01));
    }

    [Fact]
    public void Share_NoFilter_IsTheWholeCatalogue()
    {
        Assert.Equal(1.0, CatalogueFilterTokens.Share(new CatalogueQuery("低保"), ShareOf));
    }

    [Fact]
    public void TsQuery_YearAndAgencies_AndsTheYearWithAnOrOfTheAgencies()
    {
        var query = new CatalogueQuery("低保", [Civil, Finance], Year: 2025);

        Assert.Equal($"'年份2025' & ('机构{Civil:N}' | '机构{Finance:N}')", CatalogueFilterTokens.TsQuery(query));
    }
}
