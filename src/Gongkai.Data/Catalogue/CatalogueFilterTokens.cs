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

    /// <summary>
    /// The share of entries the query's filters keep, from the planner's statistics of the search vector
    /// (<paramref name="shareOf"/>: a lexeme's share among the most common elements, or null when it is not among
    /// them): the year's share × the agencies' summed shares × the category's share, taken as independent. Null when
    /// a filter is not served by the lexemes or one of its lexemes has no statistics (a small agency: then the exact
    /// count is cheap anyway). 1 without filters.
    /// </summary>
    public static double? Share(CatalogueQuery query, Func<string, double?> shareOf)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(shareOf);
        if (query.AgencyIds is { Count: > 0 } && !ServesAgencies(query))
        {
            return null;
        }

        var share = 1.0;
        foreach (var group in Groups(query))
        {
            var sum = 0.0;
            foreach (var lexeme in group)
            {
                if (shareOf(lexeme) is not { } one)
                {
                    return null;
                }

                sum += one;
            }

            share *= Math.Min(1.0, sum);
        }

        return share;
    }

    /// <summary>Every lexeme the query's filters name (for one look-up of their statistics).</summary>
    public static IEnumerable<string> Lexemes(CatalogueQuery query) => Groups(query).SelectMany(g => g);

    /// <summary>The filters as groups of lexemes: an entry passes a group when it holds one of them, and all groups.</summary>
    private static IEnumerable<IReadOnlyList<string>> Groups(CatalogueQuery query)
    {
        if (query.Year is { } year)
        {
            yield return [$"年份{year}"];
        }

        if (ServesAgencies(query))
        {
            yield return query.AgencyIds!.Distinct().Select(id => $"机构{id:N}").ToList();
        }

        if (query.Category is { } category)
        {
            yield return [$"分类{category.ToString().ToLowerInvariant()}"];
        }
    }

    /// <summary>The tsquery that holds exactly the entries of the query's filters (year, agencies, category), or null
    /// when the query has none that the tokens serve.</summary>
    public static string? TsQuery(CatalogueQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var parts = Groups(query).Select(g => g.Count == 1 ? $"'{g[0]}'" : "(" + string.Join(" | ", g.Select(l => $"'{l}'")) + ")").ToList();
        return parts.Count == 0 ? null : string.Join(" & ", parts);
    }

    /// <summary>Whether the tokens hold the query's agency filter (a subtree of at most <see cref="MaxAgencies"/>).</summary>
    public static bool ServesAgencies(CatalogueQuery query) => query.AgencyIds is { Count: > 0 and <= MaxAgencies };
}
