using System.Data.Common;
using Gongkai.Data;
using Gongkai.Data.Catalogue;
using Gongkai.Domain.Catalogue;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Bench.Search;

/// <summary>
/// The baseline: the same answer from the same indexes with the cheapest hand-written SQL — the matching published
/// entries up to <see cref="CatalogueSearch.DefaultRankedUpTo"/> + 1 (id, date, index number, score), sorted here when
/// few; otherwise the ids of the 20 newest matches. No entity materialisation, no highlighting.
/// </summary>
internal sealed class RawSearch(GongkaiDbContext db)
{
    private const int Limit = CatalogueSearch.DefaultRankedUpTo;

    public async Task<int> RunAsync(string query)
    {
        var terms = SearchTerms.Parse(query);
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await connection.OpenAsync();
        }

        var sqlite = db.Database.IsSqlite();
        var value = sqlite ? terms.ToFts5() : terms.ToTsQuery();
        var candidates = sqlite
            ? $"""SELECT e."Id", e."PublishedOn", e."IndexNumber", -s.rank FROM "CatalogueSearch" AS s JOIN "CatalogueSearchKeys" AS k ON k."RowId" = s.rowid JOIN "CatalogueEntries" AS e ON e."Id" = k."EntryId" WHERE s."CatalogueSearch" MATCH @q AND e."Status" = 'Published' LIMIT {Limit + 1}"""
            : $"""SELECT "Id", "PublishedOn", "IndexNumber", ts_rank("SearchVector", to_tsquery('simple'::regconfig, @q), 1)::float8 FROM "CatalogueEntries" WHERE "SearchVector" @@ to_tsquery('simple'::regconfig, @q) AND "Status" = 'Published' LIMIT {Limit + 1}""";
        var newest = sqlite
            ? """SELECT e."Id" FROM "CatalogueEntries" AS e WHERE e."Status" = 'Published' AND EXISTS (SELECT 1 FROM "CatalogueSearchKeys" AS k JOIN "CatalogueSearch" AS s ON s.rowid = k."RowId" WHERE k."EntryId" = e."Id" AND s."CatalogueSearch" MATCH @q) ORDER BY e."PublishedOn" DESC, e."IndexNumber" DESC LIMIT 20"""
            : """SELECT "Id" FROM "CatalogueEntries" WHERE "SearchVector" @@ to_tsquery('simple'::regconfig, @q) AND "Status" = 'Published' ORDER BY "PublishedOn" DESC, "IndexNumber" DESC LIMIT 20""";

        var rows = new List<(object Id, DateOnly? Published, string Index, double Score)>();
        await using (var command = Command(connection, candidates, value))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                rows.Add((reader.GetValue(0), reader.IsDBNull(1) ? null : reader.GetFieldValue<DateOnly>(1), reader.GetString(2), reader.GetDouble(3)));
            }
        }

        if (rows.Count <= Limit)
        {
            _ = rows.OrderByDescending(r => r.Score).ThenByDescending(r => r.Published).ThenBy(r => r.Index, StringComparer.Ordinal).Take(20).ToList();
            return rows.Count;
        }

        await using (var command = Command(connection, newest, value))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
            }
        }

        return rows.Count;
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
