using System.Data.Common;
using Gongkai.Data;
using Gongkai.Domain.Catalogue;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Bench.Search;

/// <summary>The baseline: the same full-text index queried with hand-written SQL (count up to 10,001 like the application, then the top 20 ids by rank).</summary>
internal sealed class RawSearch(GongkaiDbContext db)
{
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
        var count = sqlite
            ? """SELECT count(*) FROM (SELECT 1 FROM "CatalogueSearch" JOIN "CatalogueSearchKeys" k ON k."RowId" = "CatalogueSearch".rowid JOIN "CatalogueEntries" e ON e."Id" = k."EntryId" WHERE "CatalogueSearch" MATCH @q AND e."Status" = 'Published' LIMIT 10001)"""
            : """SELECT count(*) FROM (SELECT 1 FROM "CatalogueEntries" WHERE "SearchVector" @@ to_tsquery('simple'::regconfig, @q) AND "Status" = 'Published' LIMIT 10001) AS m""";
        var top = sqlite
            ? """SELECT k."EntryId" FROM "CatalogueSearch" JOIN "CatalogueSearchKeys" k ON k."RowId" = "CatalogueSearch".rowid JOIN "CatalogueEntries" e ON e."Id" = k."EntryId" WHERE "CatalogueSearch" MATCH @q AND e."Status" = 'Published' ORDER BY "CatalogueSearch".rank LIMIT 20"""
            : """SELECT "Id" FROM "CatalogueEntries" WHERE "SearchVector" @@ to_tsquery('simple'::regconfig, @q) AND "Status" = 'Published' ORDER BY ts_rank("SearchVector", to_tsquery('simple'::regconfig, @q)) DESC LIMIT 20""";
        var total = Convert.ToInt32(await Scalar(connection, count, value));
        await using var command = Command(connection, top, value);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
        }

        return total;
    }

    private static async Task<object?> Scalar(DbConnection connection, string sql, string value)
    {
        await using var command = Command(connection, sql, value);
        return await command.ExecuteScalarAsync();
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
