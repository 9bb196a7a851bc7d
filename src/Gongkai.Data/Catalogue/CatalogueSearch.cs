using Gongkai.Domain.Catalogue;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Data.Catalogue;

/// <summary>
/// Chinese full-text search over the published catalogue, in the database so that every web node sees the same index
/// (DESIGN.md). The query's <see cref="SearchTerms"/> become an FTS5 MATCH on SQLite (table <c>CatalogueSearch</c>) or a
/// <c>to_tsquery('simple', …)</c> on PostgreSQL's GIN-indexed generated column <c>"SearchVector"</c>.
/// <para>Order (docs/search.md): the filtered matches are fetched up to <see cref="RankedUpTo"/> + 1 (id, date, index
/// number and score: bm25 / ts_rank). When there are at most <see cref="RankedUpTo"/>, they are all ranked by relevance
/// (then newest); when there are more, relevance over a very common term says little and would cost a score for every
/// match, so the page is the newest first (发布日期, then 索引号, both descending — the order of the browse page),
/// read along the index on (Status, PublishedOn, IndexNumber), and <see cref="CatalogueSearchResult.Order"/> tells the
/// page to say so. Free descriptions (<see cref="CatalogueQuery.MatchAnyWord"/>) are always ranked.</para>
/// </summary>
public sealed class CatalogueSearch(GongkaiDbContext db)
{
    /// <summary>The largest page size served.</summary>
    public const int MaxPageSize = 100;

    /// <summary>The default of <see cref="RankedUpTo"/>.</summary>
    public const int DefaultRankedUpTo = 1_000;

    /// <summary>Matches are counted and ranked by relevance up to this number; beyond it the total is reported as "more
    /// than" and the results come newest first.</summary>
    public int RankedUpTo { get; init; } = DefaultRankedUpTo;

    /// <summary>Runs the query.</summary>
    public async Task<CatalogueSearchResult> SearchAsync(CatalogueQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var terms = query.MatchAnyWord ? SearchTerms.Loose(query.Text) : SearchTerms.Parse(query.Text);
        var page = Math.Max(1, query.Page);
        var size = Math.Clamp(query.PageSize, 1, MaxPageSize);

        if (terms.IsEmpty)
        {
            var entries = Filter(db.CatalogueEntries.AsNoTracking(), query);
            var total = await entries.CountAsync(cancellationToken);
            var newest = await Newest(entries).Skip((page - 1) * size).Take(size).ToListAsync(cancellationToken);
            return new CatalogueSearchResult(terms, newest.Select(e => Hit(e, 0, terms)).ToList(), total, page, size);
        }

        var candidates = Filter(Candidates(terms), query);
        if (query.MatchAnyWord)
        {
            var loose = await candidates.Take(RankedUpTo + 1).CountAsync(cancellationToken);
            var best = await candidates.OrderByDescending(c => c.Score).ThenByDescending(c => c.PublishedOn).ThenBy(c => c.IndexNumber)
                .Skip((page - 1) * size).Take(size).ToListAsync(cancellationToken);
            return await RankedPageAsync(terms, best, Math.Min(loose, RankedUpTo), loose > RankedUpTo, page, size, cancellationToken);
        }

        var found = await candidates.Take(RankedUpTo + 1).ToListAsync(cancellationToken);
        if (found.Count <= RankedUpTo)
        {
            var ranked = found.OrderByDescending(c => c.Score).ThenByDescending(c => c.PublishedOn).ThenBy(c => c.IndexNumber, StringComparer.Ordinal)
                .Skip((page - 1) * size).Take(size).ToList();
            return await RankedPageAsync(terms, ranked, found.Count, false, page, size, cancellationToken);
        }

        var rows = await Newest(Filter(MatchingEntries(terms).AsNoTracking(), query)).Skip((page - 1) * size).Take(size).ToListAsync(cancellationToken);
        return new CatalogueSearchResult(terms, rows.Select(e => Hit(e, 0, terms)).ToList(), RankedUpTo, page, size)
        {
            TotalIsLowerBound = true,
            Order = CatalogueOrder.Newest,
        };
    }

    /// <summary>
    /// The published-or-not entries whose search tokens match, as rows of the full-text index with the columns the
    /// filters and the ranked order need and the relevance score (computed only for the rows read). Driven by the
    /// index: FTS5 MATCH on SQLite, the GIN index on PostgreSQL.
    /// </summary>
    public IQueryable<CatalogueCandidate> Candidates(SearchTerms terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        if (db.Database.IsSqlite())
        {
            var fts = terms.ToFts5();
            return db.Database.SqlQuery<CatalogueCandidate>($"""
                SELECT e."Id", e."AgencyId", e."Category", e."Status", e."PublishedOn", e."IndexNumber", -s.rank AS "Score"
                FROM "CatalogueSearch" AS s
                JOIN "CatalogueSearchKeys" AS k ON k."RowId" = s.rowid
                JOIN "CatalogueEntries" AS e ON e."Id" = k."EntryId"
                WHERE s."CatalogueSearch" MATCH {fts}
                """);
        }

        var tsquery = terms.ToTsQuery();
        return db.Database.SqlQuery<CatalogueCandidate>($"""
            SELECT "Id", "AgencyId", "Category", "Status", "PublishedOn", "IndexNumber", ts_rank("SearchVector", to_tsquery('simple'::regconfig, {tsquery}), 1)::float8 AS "Score"
            FROM "CatalogueEntries"
            WHERE "SearchVector" @@ to_tsquery('simple'::regconfig, {tsquery})
            """);
    }

    /// <summary>
    /// The entries whose search tokens match, for an order read from an ordinary index: each row is tested against the
    /// full-text index (SQLite: FTS5 MATCH restricted to the row's FTS rowid; PostgreSQL: <c>@@</c> on the row's stored
    /// vector), so that reading the newest first can stop after one page.
    /// </summary>
    public IQueryable<CatalogueEntry> MatchingEntries(SearchTerms terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        if (db.Database.IsSqlite())
        {
            var fts = terms.ToFts5();
            return db.CatalogueEntries.FromSql($"""
                SELECT e.* FROM "CatalogueEntries" AS e
                WHERE EXISTS (SELECT 1 FROM "CatalogueSearchKeys" AS k JOIN "CatalogueSearch" AS s ON s.rowid = k."RowId"
                              WHERE k."EntryId" = e."Id" AND s."CatalogueSearch" MATCH {fts})
                """);
        }

        var tsquery = terms.ToTsQuery();
        return db.CatalogueEntries.FromSql($"""
            SELECT * FROM "CatalogueEntries" WHERE "SearchVector" @@ to_tsquery('simple'::regconfig, {tsquery})
            """);
    }

    private async Task<CatalogueSearchResult> RankedPageAsync(SearchTerms terms, IReadOnlyList<CatalogueCandidate> page, int total, bool lowerBound, int number, int size, CancellationToken cancellationToken)
    {
        var ids = page.Select(c => c.Id).ToList();
        var entries = (await db.CatalogueEntries.AsNoTracking().Where(e => ids.Contains(e.Id)).ToListAsync(cancellationToken)).ToDictionary(e => e.Id);
        var hits = page.Where(c => entries.ContainsKey(c.Id)).Select(c => Hit(entries[c.Id], c.Score, terms)).ToList();
        return new CatalogueSearchResult(terms, hits, total, number, size) { TotalIsLowerBound = lowerBound };
    }

    private static IQueryable<CatalogueEntry> Newest(IQueryable<CatalogueEntry> entries) =>
        entries.OrderByDescending(e => e.PublishedOn).ThenByDescending(e => e.IndexNumber);

    private static IQueryable<CatalogueCandidate> Filter(IQueryable<CatalogueCandidate> candidates, CatalogueQuery query)
    {
        var published = nameof(CatalogueEntryStatus.Published);
        candidates = candidates.Where(c => c.Status == published);
        if (query.AgencyIds is { Count: > 0 } agencies)
        {
            var ids = agencies.ToList();
            candidates = candidates.Where(c => ids.Contains(c.AgencyId));
        }

        if (query.Category is { } category)
        {
            var name = category.ToString();
            candidates = candidates.Where(c => c.Category == name);
        }

        if (query.Year is { } year)
        {
            var from = new DateOnly(year, 1, 1);
            var to = from.AddYears(1);
            candidates = candidates.Where(c => c.PublishedOn >= from && c.PublishedOn < to);
        }

        return candidates;
    }

    private static IQueryable<CatalogueEntry> Filter(IQueryable<CatalogueEntry> entries, CatalogueQuery query)
    {
        entries = entries.Where(e => e.Status == CatalogueEntryStatus.Published);
        if (query.AgencyIds is { Count: > 0 } agencies)
        {
            var ids = agencies.ToList();
            entries = entries.Where(e => ids.Contains(e.AgencyId));
        }

        if (query.Category is { } category)
        {
            entries = entries.Where(e => e.Category == category);
        }

        if (query.Year is { } year)
        {
            var from = new DateOnly(year, 1, 1);
            var to = from.AddYears(1);
            entries = entries.Where(e => e.PublishedOn >= from && e.PublishedOn < to);
        }

        return entries;
    }

    private static CatalogueHit Hit(CatalogueEntry entry, double score, SearchTerms terms) =>
        new(entry, score, HighlightedText.Mark(entry.Title, terms.Terms), HighlightedText.Snippet(entry.BodyText, terms.Terms));
}

/// <summary>A row of the full-text index: an entry, the columns its filters and order need, and its relevance.</summary>
public sealed class CatalogueCandidate
{
    /// <summary>The entry.</summary>
    public Guid Id { get; set; }

    /// <summary>发布机构.</summary>
    public Guid AgencyId { get; set; }

    /// <summary>主题分类, as stored (the <see cref="CatalogueCategory"/> name).</summary>
    public string Category { get; set; } = string.Empty;

    /// <summary>Status, as stored (the <see cref="CatalogueEntryStatus"/> name).</summary>
    public string Status { get; set; } = string.Empty;

    /// <summary>发布日期.</summary>
    public DateOnly? PublishedOn { get; set; }

    /// <summary>索引号.</summary>
    public string IndexNumber { get; set; } = string.Empty;

    /// <summary>Relevance: −bm25 on SQLite, ts_rank on PostgreSQL (higher = better).</summary>
    public double Score { get; set; }
}
