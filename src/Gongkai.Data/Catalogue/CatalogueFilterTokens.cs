using Gongkai.Domain.Catalogue;

namespace Gongkai.Data.Catalogue;

/// <summary>
/// PostgreSQL: the lexemes the search vector holds for the catalogue search's filters (migration SearchFilterTokens):
/// <c>年份2025</c> for the year of 发布日期, <c>机构{AgencyId without hyphens}</c> for the 发布机构, <c>分类{category}</c>
/// for the 主题分类 (lower case, as <c>to_tsvector('simple', …)</c> stores them). A filtered search ANDs them into its
/// tsquery, so the GIN index intersects the filter with the terms in one scan. No reader's query can produce them: a
/// run of Han characters is split into bigrams and a run of letters or digits is a word of its own.
/// </summary>
public static class CatalogueFilterTokens
{
    /// <summary>Above this many agencies (a large subtree) the agency filter stays a plain condition: an OR of
    /// thousands of lexemes costs more than it saves.</summary>
    public const int MaxAgencies = 64;

    /// <summary>The tsquery that holds exactly the entries of the query's filters (year, agencies, category), or null
    /// when the query has none that the tokens serve.</summary>
    public static string? TsQuery(CatalogueQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var parts = new List<string>();
        if (query.Year is { } year)
        {
            parts.Add($"'年份{year}'");
        }

        if (ServesAgencies(query))
        {
            parts.Add("(" + string.Join(" | ", query.AgencyIds!.Distinct().Select(id => $"'机构{id:N}'")) + ")");
        }

        if (query.Category is { } category)
        {
            parts.Add($"'分类{category.ToString().ToLowerInvariant()}'");
        }

        return parts.Count == 0 ? null : string.Join(" & ", parts);
    }

    /// <summary>Whether the tokens hold the query's agency filter (a subtree of at most <see cref="MaxAgencies"/>).</summary>
    public static bool ServesAgencies(CatalogueQuery query) => query.AgencyIds is { Count: > 0 and <= MaxAgencies };
}
