using System.Data.Common;
using System.Text.Json;
using Gongkai.Domain.Catalogue;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace Gongkai.Data.Catalogue;

/// <summary>
/// Writes many new catalogue entries fast, bypassing EF change tracking, into the same columns EF writes (so the
/// entries read back through <see cref="GongkaiDbContext"/> exactly as if saved by it) and into the real full-text
/// index: on SQLite one transaction and one prepared INSERT reused per row (the CatalogueSearch triggers fill FTS5);
/// on PostgreSQL a binary COPY (the stored <c>"SearchVector"</c> is computed by the database; for large loads the GIN
/// index is dropped and recreated with its own definition, which is much faster than maintaining it row by row).
/// For the search benchmark and <c>gongkai demo --catalogue N</c>; the entries' <see cref="CatalogueEntry.SearchTokens"/>
/// are the ones the domain made (<see cref="ChineseBigrams"/>).
/// </summary>
public static class CatalogueBulkInsert
{
    /// <summary>From this many entries on, PostgreSQL rebuilds the GIN index after the COPY instead of maintaining it.</summary>
    public const int RebuildIndexFrom = 50_000;

    private static readonly string[] Columns =
    [
        "Id", "AgencyId", "IndexNumber", "Title", "DocumentNumber", "Category", "Validity", "WrittenOn", "PublishedOn",
        "Status", "WithdrawnOn", "WithdrawalReason", "BodyHtml", "BodyText", "SearchTokens", "Attachments", "DraftedBy", "RevisedBy",
    ];

    /// <summary>Inserts <paramref name="entries"/> (new ids; their agencies must exist). Reports the running count every 10,000 rows.</summary>
    /// <param name="db">The database.</param>
    /// <param name="entries">The entries, produced lazily if wanted.</param>
    /// <param name="expected">How many entries to expect (decides whether PostgreSQL rebuilds its GIN index); 0 if unknown.</param>
    /// <param name="progress">Receives the number written so far.</param>
    /// <param name="cancellationToken">Cancels the load (the transaction is rolled back on SQLite).</param>
    /// <returns>The number of entries written.</returns>
    public static async Task<int> InsertAsync(GongkaiDbContext db, IEnumerable<CatalogueEntry> entries, int expected = 0, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(entries);
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
        }

        return db.Database.IsSqlite()
            ? await SqliteAsync(connection, entries, progress, cancellationToken)
            : await PostgresAsync((NpgsqlConnection)connection, entries, expected >= RebuildIndexFrom, progress, cancellationToken);
    }

    private static async Task<int> SqliteAsync(DbConnection connection, IEnumerable<CatalogueEntry> entries, IProgress<int>? progress, CancellationToken cancellationToken)
    {
        await using (var cache = connection.CreateCommand())
        {
            // A larger page cache for this connection: the random GUID keys touch index pages all over the file.
            cache.CommandText = "PRAGMA cache_size = -262144";
            await cache.ExecuteNonQueryAsync(cancellationToken);
        }

        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO \"CatalogueEntries\" ({string.Join(", ", Columns.Select(c => $"\"{c}\""))}) VALUES ({string.Join(", ", Columns.Select(c => "@" + c))})";
        var parameters = Columns.Select(c =>
        {
            var p = command.CreateParameter();
            p.ParameterName = "@" + c;
            command.Parameters.Add(p);
            return p;
        }).ToArray();
        await command.PrepareAsync(cancellationToken);
        var written = 0;
        foreach (var entry in entries)
        {
            var values = Values(entry, guid => guid.ToString().ToUpperInvariant(), date => date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            for (var i = 0; i < values.Length; i++)
            {
                parameters[i].Value = values[i] ?? DBNull.Value;
            }

            await command.ExecuteNonQueryAsync(cancellationToken);
            if (++written % 10_000 == 0)
            {
                progress?.Report(written);
            }
        }

        await transaction.CommitAsync(cancellationToken);
        progress?.Report(written);
        return written;
    }

    private static async Task<int> PostgresAsync(NpgsqlConnection connection, IEnumerable<CatalogueEntry> entries, bool rebuildIndex, IProgress<int>? progress, CancellationToken cancellationToken)
    {
        string? indexDefinition = null;
        if (rebuildIndex)
        {
            await using var find = new NpgsqlCommand("SELECT indexdef FROM pg_indexes WHERE tablename = 'CatalogueEntries' AND indexname = 'IX_CatalogueEntries_SearchVector'", connection);
            indexDefinition = (string?)await find.ExecuteScalarAsync(cancellationToken);
            if (indexDefinition is not null)
            {
                await using var drop = new NpgsqlCommand("DROP INDEX \"IX_CatalogueEntries_SearchVector\"", connection);
                await drop.ExecuteNonQueryAsync(cancellationToken);
            }
        }

        var written = 0;
        await using (var writer = await connection.BeginBinaryImportAsync($"COPY \"CatalogueEntries\" ({string.Join(", ", Columns.Select(c => $"\"{c}\""))}) FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            foreach (var entry in entries)
            {
                var values = Values(entry, guid => guid, date => date);
                await writer.StartRowAsync(cancellationToken);
                for (var i = 0; i < values.Length; i++)
                {
                    if (values[i] is null)
                    {
                        await writer.WriteNullAsync(cancellationToken);
                    }
                    else if (Columns[i] == "Attachments")
                    {
                        await writer.WriteAsync((string)values[i]!, NpgsqlDbType.Jsonb, cancellationToken);
                    }
                    else if (values[i] is DateOnly date)
                    {
                        await writer.WriteAsync(date, NpgsqlDbType.Date, cancellationToken);
                    }
                    else if (values[i] is Guid guid)
                    {
                        await writer.WriteAsync(guid, NpgsqlDbType.Uuid, cancellationToken);
                    }
                    else
                    {
                        await writer.WriteAsync((string)values[i]!, NpgsqlDbType.Text, cancellationToken);
                    }
                }

                if (++written % 10_000 == 0)
                {
                    progress?.Report(written);
                }
            }

            await writer.CompleteAsync(cancellationToken);
        }

        if (indexDefinition is not null)
        {
            await using var memory = new NpgsqlCommand("SET maintenance_work_mem = '512MB'", connection);
            await memory.ExecuteNonQueryAsync(cancellationToken);
            await using var create = new NpgsqlCommand(indexDefinition, connection) { CommandTimeout = 0 };
            await create.ExecuteNonQueryAsync(cancellationToken);
        }

        progress?.Report(written);
        return written;
    }

    private static object?[] Values(CatalogueEntry e, Func<Guid, object> guid, Func<DateOnly?, object?> date) =>
    [
        guid(e.Id), guid(e.AgencyId), e.IndexNumber, e.Title, e.DocumentNumber, e.Category.ToString(), e.Validity.ToString(),
        date(e.WrittenOn), date(e.PublishedOn), e.Status.ToString(), date(e.WithdrawnOn), e.WithdrawalReason,
        e.BodyHtml, e.BodyText, e.SearchTokens, AttachmentsJson(e.Attachments), e.DraftedBy, e.RevisedBy,
    ];

    private static string AttachmentsJson(IReadOnlyList<CatalogueAttachment> attachments) =>
        JsonSerializer.Serialize(attachments.Select(a => new Dictionary<string, object> { ["fileName"] = a.FileName, ["contentType"] = a.ContentType, ["sizeBytes"] = a.SizeBytes }));
}
