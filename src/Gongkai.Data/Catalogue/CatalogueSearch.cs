using Gongkai.Domain.Catalogue;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Data.Catalogue;

/// <summary>
/// Chinese full-text search over the published catalogue, in the database so that every web node sees the same index
/// (DESIGN.md). The query's <see cref="SearchTerms"/> become an FTS5 MATCH on SQLite (table <c>CatalogueSearch</c>) or a
/// <c>to_tsquery('simple', …)</c> on PostgreSQL's GIN-indexed generated column <c>"SearchVector"</c>.
/// <para>Order (docs/search.md): the filtered matches are counted up to <see cref="RankedUpTo"/> + 1. When there are at
/// most <see cref="RankedUpTo"/>, they are all scored (bm25 / ts_rank) and ranked by relevance (then newest); when there
/// are more, the page is the newest first (发布日期, then 索引号, both descending — the order of the browse page) and
/// <see cref="CatalogueSearchResult.Order"/> tells the page to say so. SQLite reads it from FTS5 in rowid order (the
/// rowid is the newest-first key, migration CatalogueSearchOrder); PostgreSQL from a window of recent days or a walk of
/// the date index, chosen by the density of matches. Free descriptions (<see cref="CatalogueQuery.MatchAnyWord"/>) are
/// always ranked.</para>
/// </summary>
public sealed class CatalogueSearch(GongkaiDbContext db)
{
    /// <summary>The largest page size served.</summary>
    public const int MaxPageSize = 100;

    /// <summary>The room for one day in the SQLite FTS5 key (day × 2^24 + sequence; migration CatalogueSearchOrder).</summary>
    private const long DayKeys = 1L << 24;

    /// <summary>From this share of matching entries on, PostgreSQL reads the newest page by walking the date index.</summary>
    private const double WalkFrom = 0.04;

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

        return db.Database.IsSqlite()
            ? await SqliteAsync(terms, query, page, size, cancellationToken)
            : await PostgresAsync(terms, query, page, size, cancellationToken);
    }

    /// <summary>
    /// SQLite: the FTS5 rowid is the newest-first key (migration CatalogueSearchOrder: day of 发布日期 × 2^24 + sequence,
    /// published entries only), so the capped count and the newest page are read by FTS5 alone, walking its doclists
    /// backwards and stopping after the rows needed; the entries are joined only for filters and for the page.
    /// </summary>
    private async Task<CatalogueSearchResult> SqliteAsync(SearchTerms terms, CatalogueQuery query, int page, int size, CancellationToken cancellationToken)
    {
        var cap = RankedUpTo + 1;
        var fts = terms.ToFts5();
        var (from, to) = query.Year is { } year ? (DayKey(new DateOnly(year, 1, 1)), DayKey(new DateOnly(year + 1, 1, 1))) : (0L, long.MaxValue);
        var count = query.AgencyIds is { Count: > 0 } || query.Category is not null
            ? await InYear(Filter(Candidates(terms), query), query).Take(cap).CountAsync(cancellationToken)
            : await db.Database.SqlQuery<int>($"""
                SELECT count(*) AS "Value" FROM (SELECT 1 FROM "CatalogueSearch" WHERE "CatalogueSearch" MATCH {fts} AND rowid > {from} AND rowid < {to} LIMIT {cap})
                """).SingleAsync(cancellationToken);
        if (count <= RankedUpTo)
        {
            return await RankedAsync(terms, await InYear(Filter(Candidates(terms), query), query).Take(cap).ToListAsync(cancellationToken), page, size, cancellationToken);
        }

        // Newest first along the key; the key orders days exactly, and the last day read is completed (rowid range)
        // and sorted by 索引号 here, so the page is exactly the browse order even for entries published out of order.
        var skip = (page - 1) * size;
        var matches = InYear(Filter(Candidates(terms, scored: false), query), query);
        var head = await matches.OrderByDescending(c => c.SortKey).Take(skip + size).ToListAsync(cancellationToken);
        if (head.Count == skip + size)
        {
            var last = head[^1].SortKey;
            var dayStart = last - (last % DayKeys);
            head.AddRange(await matches.Where(c => c.SortKey > dayStart && c.SortKey < last).ToListAsync(cancellationToken));
        }

        var rows = head.OrderByDescending(c => c.PublishedOn).ThenByDescending(c => c.IndexNumber, StringComparer.Ordinal).Skip(skip).Take(size).ToList();
        return await NewestAsync(terms, rows, page, size, cancellationToken);
    }

    /// <summary>
    /// PostgreSQL: GIN answers an AND of the bigrams exactly (no positional recheck), so the capped count is taken with
    /// it, with the planner held to bitmap scans (it misjudges phrase selectivity and would otherwise walk an index
    /// testing every row). Few: the phrase matches are scored and ranked. Many: the newest page is read from a window
    /// of recent days (BitmapAnd of the GIN index and the (Status, PublishedOn) index), sized from the density seen by
    /// the count and widened ×4 until it holds the page; only the rows in the window are checked as phrases.
    /// </summary>
    private async Task<CatalogueSearchResult> PostgresAsync(SearchTerms terms, CatalogueQuery query, int page, int size, CancellationToken cancellationToken)
    {
        var cap = RankedUpTo + 1;
        var skip = (page - 1) * size;
        // The year filter as a range of publication days [yearStart, yearEnd): the date index is read within it.
        var (yearStart, yearEnd) = query.Year is { } year ? (new DateOnly(year, 1, 1), new DateOnly(year + 1, 1, 1)) : (DateOnly.MinValue, DateOnly.MaxValue);
        var own = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            if (own is not null)
            {
                // work_mem: room for exact bitmaps of a filter's tens of thousands of entries (an agency, a year). With
                // the 4 MB default they went lossy: every row of their pages was fetched and its vector rechecked.
                await db.Database.ExecuteSqlRawAsync("SET LOCAL enable_indexscan = off; SET LOCAL enable_seqscan = off; SET LOCAL work_mem = '32MB'", cancellationToken);
            }

            var table = await db.Database.SqlQuery<TableSize>($"""
                SELECT relpages::bigint AS "Pages", reltuples::bigint AS "Rows" FROM pg_class WHERE oid = '"CatalogueEntries"'::regclass
                """).SingleAsync(cancellationToken);
            var tokens = terms.Phrases.SelectMany(p => p).Distinct(StringComparer.Ordinal).ToList();
            // One bigram: the planner's statistics (most common elements of the vector) estimate the matches — the
            // bigram's share × the filters' share — so a dense search skips the exact count (a GIN bitmap of every match).
            var share = tokens.Count == 1 && table.Rows > 0 ? await EstimatedShareAsync(tokens[0], query, cancellationToken) : null;

            // The year, category and (a small subtree's) agencies are lexemes of the search vector: one GIN scan
            // intersects them with the terms (CatalogueFilterTokens); what they do not serve stays a condition.
            var filter = CatalogueFilterTokens.TsQuery(query);
            var rest = query with { Year = null, Category = null, AgencyIds = CatalogueFilterTokens.ServesAgencies(query) ? null : query.AgencyIds };
            double matchesPerEntry;
            if (share is { } common && common * table.Rows >= 10.0 * cap)
            {
                // One very common bigram (within the filters): the planner's statistics already put it in tens of
                // thousands of entries, so counting to RankedUpTo + 1 (a GIN bitmap of every match) is skipped.
                matchesPerEntry = common;
            }
            else
            {
                var blocks = await Filter(Candidates(terms, scored: false, allBigrams: true, filter), rest).Take(cap).Select(c => c.SortKey).ToListAsync(cancellationToken);
                if (blocks.Count <= RankedUpTo)
                {
                    var found = await Filter(Candidates(terms, scored: true, allBigrams: false, filter), rest).Take(cap).ToListAsync(cancellationToken);
                    await EndAsync(own, cancellationToken);
                    return await RankedAsync(terms, found, page, size, cancellationToken);
                }

                matchesPerEntry = table.Pages > 0 && table.Rows > 0 ? blocks.Count / ((blocks.Max() + 1.0) / table.Pages * table.Rows) : 0;
            }

            if (matchesPerEntry >= WalkFrom && own is not null)
            {
                // Dense: read the (Status, PublishedOn, IndexNumber) index backwards, testing each row; about
                // page ÷ density rows are read, fewer than a GIN bitmap of all the matches costs.
                await db.Database.ExecuteSqlRawAsync("SET LOCAL enable_indexscan = on; SET LOCAL enable_bitmapscan = off", cancellationToken);
                var walk = Filter(Candidates(terms, scored: false, allBigrams: false, filter), rest);
                if (query.Year is not null)
                {
                    // The year is a lexeme, but the walk reads the date index: start it at the year's end.
                    walk = walk.Where(c => c.PublishedOn >= yearStart && c.PublishedOn < yearEnd);
                }

                var walked = await walk.OrderByDescending(c => c.PublishedOn).ThenByDescending(c => c.IndexNumber)
                    .Skip(skip).Take(size).ToListAsync(cancellationToken);
                await EndAsync(own, cancellationToken);
                return await NewestAsync(terms, walked, page, size, cancellationToken);
            }

            if (matchesPerEntry <= 0)
            {
                matchesPerEntry = 1.0;
            }

            var window = (int)Math.Min(int.MaxValue / 8, Math.Ceiling(2.0 * (skip + size) / Math.Max(matchesPerEntry, 1e-6)) + 1);
            var matches = Filter(Candidates(terms, scored: false, allBigrams: false, filter), rest);
            while (true)
            {
                // The day before which `window` published entries lie (within the year filter, if any): an
                // index-only scan of (Status, PublishedOn).
                var published = nameof(CatalogueEntryStatus.Published);
                await IndexScansAsync(own, true, cancellationToken);
                var before = yearEnd;
                var cutoff = await db.Database.SqlQuery<DateOnly?>($"""
                    SELECT "PublishedOn" AS "Value" FROM "CatalogueEntries" WHERE "Status" = {published} AND "PublishedOn" < {before}
                    ORDER BY "PublishedOn" DESC OFFSET {window} LIMIT 1
                    """).ToListAsync(cancellationToken);
                await IndexScansAsync(own, false, cancellationToken);
                // Bounded on both sides: with a year filter the (Status, PublishedOn) range must stop at the year's
                // end, or the bitmap would hold every entry published since (a year's worth and more).
                var inWindow = cutoff is [{ } from] ? matches.Where(c => c.PublishedOn >= from && c.PublishedOn < before) : matches;
                var rows = await inWindow.OrderByDescending(c => c.PublishedOn).ThenByDescending(c => c.IndexNumber).Skip(skip).Take(size).ToListAsync(cancellationToken);
                if (rows.Count == size || cutoff.Count == 0)
                {
                    await EndAsync(own, cancellationToken);
                    return await NewestAsync(terms, rows, page, size, cancellationToken);
                }

                window = (int)Math.Min(int.MaxValue / 8, window * 4L);
            }
        }
        finally
        {
            if (own is not null)
            {
                await own.DisposeAsync();
            }
        }
    }

    /// <summary>The share of entries holding <paramref name="token"/> within the query's filters, by the planner's
    /// statistics (most common elements of <c>"SearchVector"</c>), or null when a lexeme is not among them.</summary>
    private async Task<double?> EstimatedShareAsync(string token, CatalogueQuery query, CancellationToken cancellationToken)
    {
        var lexemes = CatalogueFilterTokens.Lexemes(query).Prepend(token).Distinct(StringComparer.Ordinal).ToArray();
        var shares = (await db.Database.SqlQuery<LexemeShare>($"""
            SELECT u.e AS "Lexeme", u.f::float8 AS "Share"
            FROM pg_stats AS s, unnest(s.most_common_elems::text::text[], s.most_common_elem_freqs) AS u(e, f)
            WHERE s.tablename = 'CatalogueEntries' AND s.attname = 'SearchVector' AND u.e = ANY({lexemes})
            """).ToListAsync(cancellationToken)).ToDictionary(s => s.Lexeme, s => s.Share, StringComparer.Ordinal);
        double? ShareOf(string lexeme) => shares.TryGetValue(lexeme, out var share) ? share : null;
        return ShareOf(token) is { } common && CatalogueFilterTokens.Share(query, ShareOf) is { } filtered ? common * filtered : null;
    }

    private async Task IndexScansAsync(Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction? own, bool on, CancellationToken cancellationToken)
    {
        if (own is not null)
        {
            await db.Database.ExecuteSqlRawAsync(on ? "SET LOCAL enable_indexscan = on" : "SET LOCAL enable_indexscan = off", cancellationToken);
        }
    }

    private static async Task EndAsync(Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction? own, CancellationToken cancellationToken)
    {
        if (own is not null)
        {
            await own.CommitAsync(cancellationToken);
        }
    }

    private async Task<CatalogueSearchResult> RankedAsync(SearchTerms terms, List<CatalogueCandidate> found, int page, int size, CancellationToken cancellationToken)
    {
        var ranked = found.OrderByDescending(c => c.Score).ThenByDescending(c => c.PublishedOn).ThenBy(c => c.IndexNumber, StringComparer.Ordinal)
            .Skip((page - 1) * size).Take(size).ToList();
        return await RankedPageAsync(terms, ranked, found.Count, false, page, size, cancellationToken);
    }

    private async Task<CatalogueSearchResult> NewestAsync(SearchTerms terms, List<CatalogueCandidate> rows, int page, int size, CancellationToken cancellationToken)
    {
        var result = await RankedPageAsync(terms, rows, RankedUpTo, true, page, size, cancellationToken);
        return result with { Order = CatalogueOrder.Newest };
    }

    /// <summary>SQLite: the year filter as a range of FTS5 rowids too (the key starts with the day), so FTS5 seeks to
    /// the year instead of reading every earlier match.</summary>
    private static IQueryable<CatalogueCandidate> InYear(IQueryable<CatalogueCandidate> candidates, CatalogueQuery query)
    {
        if (query.Year is not { } year)
        {
            return candidates;
        }

        var from = DayKey(new DateOnly(year, 1, 1));
        var to = DayKey(new DateOnly(year + 1, 1, 1));
        return candidates.Where(c => c.SortKey > from && c.SortKey < to);
    }

    /// <summary>The first key of a day: its Julian day number (SQLite <c>julianday()</c>, truncated) × 2^24.</summary>
    private static long DayKey(DateOnly day) => (day.DayNumber + 1_721_425L) * DayKeys;


    /// <summary>
    /// The entries whose search tokens match, as rows of the full-text index with the columns the filters and the
    /// ranked order need and the relevance score (computed only for the rows read). Driven by the index: FTS5 MATCH on
    /// SQLite (published entries only: the index holds no others), the GIN index on PostgreSQL.
    /// </summary>
    /// <param name="terms">The parsed query.</param>
    public IQueryable<CatalogueCandidate> Candidates(SearchTerms terms) => Candidates(terms, scored: true);

    /// <param name="terms">The parsed query.</param>
    /// <param name="scored">Whether to compute the relevance score (only for the rows read).</param>
    /// <param name="allBigrams">PostgreSQL: the AND of the terms' bigrams (exact in GIN) instead of their phrases.</param>
    /// <param name="filter">PostgreSQL: the filter lexemes' tsquery (<see cref="CatalogueFilterTokens"/>), ANDed in.</param>
    private IQueryable<CatalogueCandidate> Candidates(SearchTerms terms, bool scored, bool allBigrams = false, string? filter = null)
    {
        ArgumentNullException.ThrowIfNull(terms);
        if (db.Database.IsSqlite())
        {
            // CROSS JOIN: SQLite keeps this table order, so FTS5 always drives (in rowid order). Left free, a date
            // filter made the planner scan the entries by date and re-run the MATCH for each one.
            var fts = terms.ToFts5();
            return scored
                ? db.Database.SqlQuery<CatalogueCandidate>($"""
                    SELECT e."Id", e."AgencyId", e."Category", e."Status", e."PublishedOn", e."IndexNumber", -s.rank AS "Score", s.rowid AS "SortKey"
                    FROM "CatalogueSearch" AS s
                    CROSS JOIN "CatalogueSearchKeys" AS k ON k."RowId" = s.rowid
                    CROSS JOIN "CatalogueEntries" AS e ON e."Id" = k."EntryId"
                    WHERE s."CatalogueSearch" MATCH {fts}
                    """)
                : db.Database.SqlQuery<CatalogueCandidate>($"""
                    SELECT e."Id", e."AgencyId", e."Category", e."Status", e."PublishedOn", e."IndexNumber", 0.0 AS "Score", s.rowid AS "SortKey"
                    FROM "CatalogueSearch" AS s
                    CROSS JOIN "CatalogueSearchKeys" AS k ON k."RowId" = s.rowid
                    CROSS JOIN "CatalogueEntries" AS e ON e."Id" = k."EntryId"
                    WHERE s."CatalogueSearch" MATCH {fts}
                    """);
        }

        // Unscored (count, newest window): the query behind an InitPlan, so that the planner takes its default
        // selectivity instead of its estimate of a phrase (often "1 row", which makes it skip the BitmapAnd with the
        // date range and fetch every match of a common phrase).
        var tsquery = allBigrams && terms.MatchAll
            ? string.Join(" & ", terms.Phrases.SelectMany(p => p).Distinct(StringComparer.Ordinal).Select(t => "'" + t + "'"))
            : terms.ToTsQuery();
        if (filter is not null)
        {
            tsquery = $"({tsquery}) & {filter}";
        }

        return scored
            ? db.Database.SqlQuery<CatalogueCandidate>($"""
                SELECT "Id", "AgencyId", "Category", "Status", "PublishedOn", "IndexNumber", ts_rank("SearchVector", to_tsquery('simple'::regconfig, {tsquery}), 1)::float8 AS "Score", 0::bigint AS "SortKey"
                FROM "CatalogueEntries"
                WHERE "SearchVector" @@ to_tsquery('simple'::regconfig, {tsquery})
                """)
            : db.Database.SqlQuery<CatalogueCandidate>($"""
                SELECT "Id", "AgencyId", "Category", "Status", "PublishedOn", "IndexNumber", 0.0::float8 AS "Score", (ctid::text::point)[0]::bigint AS "SortKey"
                FROM "CatalogueEntries"
                WHERE "SearchVector" @@ (SELECT to_tsquery('simple'::regconfig, {tsquery}))
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

    /// <summary>Where the row sits in the index's storage order: on SQLite the FTS5 rowid (day of 发布日期 × 2^24 +
    /// sequence, higher = newer); on PostgreSQL the heap block of unscored rows (a density estimate), else 0.</summary>
    public long SortKey { get; set; }
}

/// <summary>A lexeme of the search vector and the share of entries holding it (pg_stats most common elements).</summary>
internal sealed class LexemeShare
{
    public string Lexeme { get; init; } = string.Empty;

    public double Share { get; init; }
}

/// <summary>PostgreSQL's size estimate of the catalogue table (pg_class).</summary>
internal sealed class TableSize
{
    /// <summary>relpages.</summary>
    public long Pages { get; set; }

    /// <summary>reltuples.</summary>
    public long Rows { get; set; }
}
