using Gongkai.Domain.Catalogue;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Data.Catalogue;

/// <summary>
/// Chinese full-text search over the published catalogue, in the database so that every web node sees the same index
/// (DESIGN.md). The query's <see cref="SearchTerms"/> become an FTS5 MATCH on SQLite (table <c>CatalogueSearch</c>) or a
/// <c>to_tsquery('simple', …)</c> on PostgreSQL's GIN-indexed generated column <c>"SearchVector"</c>; both rank (bm25 / ts_rank), then filter, page and
/// highlight here.
/// </summary>
public sealed class CatalogueSearch(GongkaiDbContext db)
{
    /// <summary>The largest page size served.</summary>
    public const int MaxPageSize = 100;

    /// <summary>Matches are counted up to this number; beyond it the total is reported as "more than" (a full count of a
    /// very common two-character term is the slowest part of a search).</summary>
    public const int MaxCounted = 10_000;

    /// <summary>Runs the query.</summary>
    public async Task<CatalogueSearchResult> SearchAsync(CatalogueQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var terms = query.MatchAnyWord ? SearchTerms.Loose(query.Text) : SearchTerms.Parse(query.Text);
        var page = Math.Max(1, query.Page);
        var size = Math.Clamp(query.PageSize, 1, MaxPageSize);
        var entries = Filter(db.CatalogueEntries.AsNoTracking(), query);

        if (terms.IsEmpty)
        {
            var total = await entries.CountAsync(cancellationToken);
            var newest = await entries
                .OrderByDescending(e => e.PublishedOn).ThenByDescending(e => e.IndexNumber)
                .Skip((page - 1) * size).Take(size)
                .ToListAsync(cancellationToken);
            return new CatalogueSearchResult(terms, newest.Select(e => Hit(e, 0, terms)).ToList(), total, page, size);
        }

        var ranked = from m in Matches(terms)
                     join e in entries on m.Id equals e.Id
                     select new { Entry = e, m.Score };
        var count = await ranked.Select(r => r.Entry.Id).Take(MaxCounted + 1).CountAsync(cancellationToken);
        var rows = await ranked
            .OrderByDescending(r => r.Score).ThenByDescending(r => r.Entry.PublishedOn).ThenBy(r => r.Entry.IndexNumber)
            .Skip((page - 1) * size).Take(size)
            .ToListAsync(cancellationToken);
        return new CatalogueSearchResult(terms, rows.Select(r => Hit(r.Entry, r.Score, terms)).ToList(), Math.Min(count, MaxCounted), page, size)
        {
            TotalIsLowerBound = count > MaxCounted,
        };
    }

    /// <summary>The ids and scores of the entries whose search tokens match, from the engine's full-text index.</summary>
    public IQueryable<CatalogueMatch> Matches(SearchTerms terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        if (db.Database.IsSqlite())
        {
            var fts = terms.ToFts5();
            return db.Database.SqlQuery<CatalogueMatch>($"""
                SELECT k."EntryId" AS "Id", -"CatalogueSearch".rank AS "Score"
                FROM "CatalogueSearch" JOIN "CatalogueSearchKeys" AS k ON k."RowId" = "CatalogueSearch".rowid
                WHERE "CatalogueSearch" MATCH {fts}
                """);
        }

        var tsquery = terms.ToTsQuery();
        return db.Database.SqlQuery<CatalogueMatch>($"""
            SELECT "Id", ts_rank("SearchVector", to_tsquery('simple'::regconfig, {tsquery}))::float8 AS "Score"
            FROM "CatalogueEntries"
            WHERE "SearchVector" @@ to_tsquery('simple'::regconfig, {tsquery})
            """);
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

/// <summary>A row of the full-text index: an entry id and its relevance (higher = better).</summary>
public sealed class CatalogueMatch
{
    /// <summary>The entry.</summary>
    public Guid Id { get; set; }

    /// <summary>Relevance: −bm25 on SQLite, ts_rank on PostgreSQL.</summary>
    public double Score { get; set; }
}
