using Gongkai.Domain.Catalogue;

namespace Gongkai.Data.Catalogue;

/// <summary>
/// A search or browse of the published catalogue: free text (empty = browse, newest first), filters, and the page.
/// </summary>
/// <param name="Text">What the reader typed; empty to browse.</param>
/// <param name="AgencyIds">发布机构 to keep (an agency and its subtree, say); null or empty for all.</param>
/// <param name="Category">主题分类 to keep.</param>
/// <param name="Year">Publication year to keep.</param>
/// <param name="Page">1-based page number.</param>
/// <param name="PageSize">Hits per page (1–100).</param>
/// <param name="MatchAnyWord">Treat the text as a free description: any of its bigrams may match (<see cref="SearchTerms.Loose"/>).</param>
public sealed record CatalogueQuery(
    string? Text,
    IReadOnlyCollection<Guid>? AgencyIds = null,
    CatalogueCategory? Category = null,
    int? Year = null,
    int Page = 1,
    int PageSize = 20,
    bool MatchAnyWord = false);

/// <summary>One entry found, with its score (higher = better) and its title and snippet cut for highlighting.</summary>
public sealed record CatalogueHit(CatalogueEntry Entry, double Score, IReadOnlyList<TextSegment> Title, IReadOnlyList<TextSegment> Snippet);

/// <summary>One page of results.</summary>
public sealed record CatalogueSearchResult(SearchTerms Terms, IReadOnlyList<CatalogueHit> Hits, int Total, int Page, int PageSize)
{
    /// <summary>Whether there are more than <see cref="Total"/> matches (counting stopped at <see cref="CatalogueSearch.RankedUpTo"/>).</summary>
    public bool TotalIsLowerBound { get; init; }

    /// <summary>How the hits are ordered: by relevance, or newest first when the matches were too many to rank.</summary>
    public CatalogueOrder Order { get; init; } = CatalogueOrder.Relevance;

    /// <summary>The number of pages.</summary>
    public int PageCount => Total == 0 ? 0 : (Total + PageSize - 1) / PageSize;
}

/// <summary>The order of a page of results.</summary>
public enum CatalogueOrder
{
    /// <summary>By relevance (bm25 / ts_rank), then newest; also the browse order of an empty query, which has no score.</summary>
    Relevance,

    /// <summary>Newest first (发布日期, then 索引号): the query matched more entries than are ranked.</summary>
    Newest,
}
