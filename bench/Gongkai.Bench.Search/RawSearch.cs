using System.Data.Common;
using Gongkai.Data;
using Gongkai.Data.Catalogue;
using Gongkai.Domain.Catalogue;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Bench.Search;

/// <summary>
/// The baseline: the statements CatalogueSearch runs, by hand, ids only (docs/search.md): the capped count (SQLite: FTS5
/// alone; PostgreSQL: AND of the bigrams), then all matches with their score when at most
/// <see cref="CatalogueSearch.DefaultRankedUpTo"/>, else the 20 newest (SQLite: FTS5 rowid descending; PostgreSQL: the
/// window of recent days). No entity materialisation, no highlighting.
/// </summary>
internal sealed class RawSearch(GongkaiDbContext db)
{
    private const int Limit = CatalogueSearch.DefaultRankedUpTo;

    /// <summary>The statements for <paramref name="query"/>: unfiltered, those above; filtered, see <see cref="FilteredAsync"/>
    /// (SQLite: none, returns -1).</summary>
    public async Task<int> RunAsync(CatalogueQuery query)
    {
        if (query.Year is null && query.AgencyIds is not { Count: > 0 })
        {
            return await RunAsync(query.Text!);
        }

        return db.Database.IsSqlite() ? -1 : await FilteredAsync(query);
    }

    /// <summary>
    /// PostgreSQL, filtered: the hand-written statements over the whole filter — the AND of the bigrams counted up to
    /// RankedUpTo + 1, then the 20 newest phrase matches (ORDER BY 发布日期, 索引号 LIMIT 20) — with the planner held to
    /// bitmap scans and work_mem for exact bitmaps, as the application runs them.
    /// </summary>
    private async Task<int> FilteredAsync(CatalogueQuery query)
    {
        var terms = SearchTerms.Parse(query.Text);
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await connection.OpenAsync();
        }

        await using var transaction = await connection.BeginTransactionAsync();
        await ReadAsync(connection, "SET LOCAL enable_indexscan = off; SET LOCAL enable_seqscan = off; SET LOCAL work_mem = '32MB'", "");
        var filter = "";
        if (query.Year is { } year)
        {
            filter += $""" AND "PublishedOn" >= DATE '{year}-01-01' AND "PublishedOn" < DATE '{year + 1}-01-01'""";
        }

        if (query.AgencyIds is { Count: > 0 } ids)
        {
            filter += $""" AND "AgencyId" IN ({string.Join(",", ids.Select(id => $"'{id}'::uuid"))})""";
        }

        var all = string.Join(" & ", terms.Phrases.SelectMany(p => p).Distinct().Select(t => "'" + t + "'"));
        var count = Convert.ToInt32(await ScalarAsync(connection, $"""SELECT count(*) FROM (SELECT 1 FROM "CatalogueEntries" WHERE "SearchVector" @@ (SELECT to_tsquery('simple'::regconfig, @q)) AND "Status" = 'Published'{filter} LIMIT {Limit + 1}) AS m""", all));
        await ReadAsync(connection, $"""SELECT "Id" FROM "CatalogueEntries" WHERE "SearchVector" @@ (SELECT to_tsquery('simple'::regconfig, @q)) AND "Status" = 'Published'{filter} ORDER BY "PublishedOn" DESC, "IndexNumber" DESC LIMIT 20""", terms.ToTsQuery());
        await transaction.CommitAsync();
        return count;
    }

    public async Task<int> RunAsync(string query)
    {
        var terms = SearchTerms.Parse(query);
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await connection.OpenAsync();
        }

        var sqlite = db.Database.IsSqlite();
        if (sqlite)
        {
            var fts = terms.ToFts5();
            var count = Convert.ToInt32(await ScalarAsync(connection, $"""SELECT count(*) FROM (SELECT 1 FROM "CatalogueSearch" WHERE "CatalogueSearch" MATCH @q LIMIT {Limit + 1})""", fts));
            if (count <= Limit)
            {
                await ReadAsync(connection, """SELECT e."Id", e."PublishedOn", e."IndexNumber", -s.rank FROM "CatalogueSearch" AS s JOIN "CatalogueSearchKeys" AS k ON k."RowId" = s.rowid JOIN "CatalogueEntries" AS e ON e."Id" = k."EntryId" WHERE s."CatalogueSearch" MATCH @q""", fts);
                return count;
            }

            await ReadAsync(connection, """SELECT k."EntryId" FROM (SELECT rowid AS r FROM "CatalogueSearch" WHERE "CatalogueSearch" MATCH @q ORDER BY rowid DESC LIMIT 20) AS m JOIN "CatalogueSearchKeys" AS k ON k."RowId" = m.r""", fts);
            return count;
        }

        await using var transaction = await connection.BeginTransactionAsync();
        await ReadAsync(connection, "SET LOCAL enable_indexscan = off; SET LOCAL enable_seqscan = off", "");
        var all = string.Join(" & ", terms.Phrases.SelectMany(p => p).Distinct().Select(t => "'" + t + "'"));
        var phrase = terms.ToTsQuery();
        var size = await ReadAsync(connection, """SELECT relpages::bigint, reltuples::bigint FROM pg_class WHERE oid = '"CatalogueEntries"'::regclass""", "");
        var tokens = terms.Phrases.SelectMany(p => p).Distinct().ToList();
        var share = tokens.Count == 1
            ? await ReadAsync(connection, """SELECT u.f::float8 FROM pg_stats AS s, unnest(s.most_common_elems::text::text[], s.most_common_elem_freqs) AS u(e, f) WHERE s.tablename = 'CatalogueEntries' AND s.attname = 'SearchVector' AND u.e = @q""", tokens[0])
            : [];
        double perEntry;
        if (share.Count > 0 && (double)share[0][0] * (long)size[0][1] >= 10.0 * (Limit + 1))
        {
            perEntry = (double)share[0][0];
        }
        else
        {
            var blocks = await ReadAsync(connection, $"""SELECT (ctid::text::point)[0]::bigint FROM "CatalogueEntries" WHERE "SearchVector" @@ (SELECT to_tsquery('simple'::regconfig, @q)) AND "Status" = 'Published' LIMIT {Limit + 1}""", all);
            if (blocks.Count <= Limit)
            {
                await ReadAsync(connection, """SELECT "Id", "PublishedOn", "IndexNumber", ts_rank("SearchVector", to_tsquery('simple'::regconfig, @q), 1)::float8 FROM "CatalogueEntries" WHERE "SearchVector" @@ to_tsquery('simple'::regconfig, @q) AND "Status" = 'Published'""", phrase);
                return blocks.Count;
            }

            perEntry = blocks.Count / ((blocks.Max(b => (long)b[0]) + 1.0) / (long)size[0][0] * (long)size[0][1]);
        }

        if (perEntry >= 0.04)
        {
            await ReadAsync(connection, "SET LOCAL enable_indexscan = on; SET LOCAL enable_bitmapscan = off", "");
            await ReadAsync(connection, """SELECT "Id" FROM "CatalogueEntries" WHERE "SearchVector" @@ (SELECT to_tsquery('simple'::regconfig, @q)) AND "Status" = 'Published' ORDER BY "PublishedOn" DESC, "IndexNumber" DESC LIMIT 20""", phrase);
            await transaction.CommitAsync();
            return Limit + 1;
        }

        var window = (int)Math.Ceiling(40 / perEntry) + 1;
        while (true)
        {
            await ReadAsync(connection, "SET LOCAL enable_indexscan = on", "");
            var cutoff = await ReadAsync(connection, $"""SELECT "PublishedOn" FROM "CatalogueEntries" WHERE "Status" = 'Published' AND "PublishedOn" IS NOT NULL ORDER BY "PublishedOn" DESC OFFSET {window} LIMIT 1""", "");
            await ReadAsync(connection, "SET LOCAL enable_indexscan = off", "");
            var range = cutoff.Count == 0 ? "" : $"""AND "PublishedOn" >= '{cutoff[0][0]:yyyy-MM-dd}'""";
            var rows = await ReadAsync(connection, $"""SELECT "Id" FROM "CatalogueEntries" WHERE "SearchVector" @@ (SELECT to_tsquery('simple'::regconfig, @q)) AND "Status" = 'Published' {range} ORDER BY "PublishedOn" DESC, "IndexNumber" DESC LIMIT 20""", phrase);
            if (rows.Count == 20 || cutoff.Count == 0)
            {
                await transaction.CommitAsync();
                return Limit + 1;
            }

            window *= 4;
        }
    }

    private static async Task<object?> ScalarAsync(DbConnection connection, string sql, string value)
    {
        await using var command = Command(connection, sql, value);
        return await command.ExecuteScalarAsync();
    }

    private static async Task<List<object[]>> ReadAsync(DbConnection connection, string sql, string value)
    {
        var rows = new List<object[]>();
        await using var command = Command(connection, sql, value);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var row = new object[reader.FieldCount];
            reader.GetValues(row);
            rows.Add(row);
        }

        return rows;
    }

    private static DbCommand Command(DbConnection connection, string sql, string value)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        var parameter = command.CreateParameter();
        parameter.ParameterName = "q";
        parameter.Value = value;
        command.Parameters.Add(parameter);
        return command;
    }
}
