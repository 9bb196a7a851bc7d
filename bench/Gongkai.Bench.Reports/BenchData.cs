using System.Data.Common;
using Gongkai.Data;
using Gongkai.Domain.Agencies;
using Gongkai.Domain.Requests;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace Gongkai.Bench.Reports;

/// <summary>
/// A hierarchy of agencies holding many requests, written straight into the request table (rows as the application
/// writes them, statistics columns included; the event log is not written because no report query reads it).
/// Deterministic: the same seed gives the same data.
/// </summary>
internal static class BenchData
{
    private static readonly Outcome[] Outcomes = Enum.GetValues<Outcome>();
    private static readonly ApplicantKind[] Kinds = Enum.GetValues<ApplicantKind>();
    private static readonly SubmissionChannel[] Channels = Enum.GetValues<SubmissionChannel>();

    /// <summary>The agencies: one root government, lower governments under it and departments under each.</summary>
    public static IReadOnlyList<Agency> Agencies(int count)
    {
        var root = new Agency(Guid.NewGuid(), "ROOT", "某省人民政府", AgencyKind.Government, null);
        var list = new List<Agency> { root };
        var governments = new List<Agency>();
        for (var i = 0; list.Count < count && i < 30; i++)
        {
            var government = new Agency(Guid.NewGuid(), $"G{i:D3}", $"某市{i}人民政府", AgencyKind.Government, root.Id);
            governments.Add(government);
            list.Add(government);
        }

        for (var i = 0; list.Count < count; i++)
        {
            var parent = governments[i % governments.Count];
            list.Add(new Agency(Guid.NewGuid(), $"D{i:D4}", $"某部门{i}", AgencyKind.Department, parent.Id));
        }

        return list;
    }

    /// <summary>Writes <paramref name="count"/> requests spread over the agencies and 2023–2025.</summary>
    public static async Task WriteRequestsAsync(GongkaiDbContext db, IReadOnlyList<Agency> agencies, int count)
    {
        var random = new Random(20261123);
        var start = new DateOnly(2023, 1, 1);
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        if (connection is NpgsqlConnection npgsql)
        {
            // Secondary indexes are dropped for the COPY and rebuilt after it (their definitions read back from
            // pg_indexes): at millions of rows, building an index once is far cheaper than maintaining it row by row.
            var indexes = new List<(string Name, string Definition)>();
            await using (var find = npgsql.CreateCommand())
            {
                find.CommandText = "SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'DisclosureRequests' AND indexname <> 'PK_DisclosureRequests'";
                await using var reader = await find.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                {
                    indexes.Add((reader.GetString(0), reader.GetString(1)));
                }
            }

            foreach (var (name, _) in indexes)
            {
                await using var drop = npgsql.CreateCommand();
                drop.CommandText = $"DROP INDEX \"{name}\"";
                await drop.ExecuteNonQueryAsync();
            }

            await using (var import = await npgsql.BeginBinaryImportAsync(
                "COPY \"DisclosureRequests\" (\"Id\",\"AgencyId\",\"TrackingNumber\",\"Channel\",\"Description\",\"ApplicantKind\",\"ApplicantName\",\"ReceivedOn\",\"ClosedOnDay\",\"ClosedWith\",\"Extended\") FROM STDIN (FORMAT BINARY)"))
            {
                for (var i = 0; i < count; i++)
                {
                    if (i > 0 && i % 1_000_000 == 0)
                    {
                        Console.Error.WriteLine($"{DateTime.UtcNow:HH:mm:ss} {i:N0} requests written");
                    }

                    var row = Row(random, agencies, start, i);
                    await import.StartRowAsync();
                    await import.WriteAsync(row.Id, NpgsqlDbType.Uuid);
                    await import.WriteAsync(row.AgencyId, NpgsqlDbType.Uuid);
                    await import.WriteAsync(row.Tracking, NpgsqlDbType.Varchar);
                    await import.WriteAsync(row.Channel, NpgsqlDbType.Varchar);
                    await import.WriteAsync(row.Description, NpgsqlDbType.Varchar);
                    await import.WriteAsync(row.Kind, NpgsqlDbType.Varchar);
                    await import.WriteAsync("申请人", NpgsqlDbType.Varchar);
                    await import.WriteAsync(row.ReceivedOn, NpgsqlDbType.Date);
                    if (row.ClosedOn is { } closed)
                    {
                        await import.WriteAsync(closed, NpgsqlDbType.Date);
                        await import.WriteAsync(row.Outcome!, NpgsqlDbType.Varchar);
                    }
                    else
                    {
                        await import.WriteNullAsync();
                        await import.WriteNullAsync();
                    }

                    await import.WriteAsync(row.Extended, NpgsqlDbType.Boolean);
                }

                await import.CompleteAsync();
            }

            foreach (var (_, definition) in indexes)
            {
                await using var create = npgsql.CreateCommand();
                create.CommandTimeout = 0;
                create.CommandText = definition;
                await create.ExecuteNonQueryAsync();
            }

            await using var analyze = npgsql.CreateCommand();
            analyze.CommandTimeout = 0;
            analyze.CommandText = "ANALYZE \"DisclosureRequests\"";
            await analyze.ExecuteNonQueryAsync();
            return;
        }

        await using var transaction = await connection.BeginTransactionAsync();
        await using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = "INSERT INTO DisclosureRequests (Id, AgencyId, TrackingNumber, Channel, Description, ApplicantKind, ApplicantName, ReceivedOn, ClosedOnDay, ClosedWith, Extended) VALUES ($id,$agency,$tracking,$channel,$description,$kind,'申请人',$received,$closed,$outcome,$extended)";
        var parameters = new[] { "$id", "$agency", "$tracking", "$channel", "$description", "$kind", "$received", "$closed", "$outcome", "$extended" }
            .ToDictionary(name => name, name => Add(insert, name));
        for (var i = 0; i < count; i++)
        {
            var row = Row(random, agencies, start, i);
            parameters["$id"].Value = row.Id.ToString().ToUpperInvariant();
            parameters["$agency"].Value = row.AgencyId.ToString().ToUpperInvariant();
            parameters["$tracking"].Value = row.Tracking;
            parameters["$channel"].Value = row.Channel;
            parameters["$description"].Value = row.Description;
            parameters["$kind"].Value = row.Kind;
            parameters["$received"].Value = row.ReceivedOn.ToString("yyyy-MM-dd");
            parameters["$closed"].Value = row.ClosedOn is { } c ? c.ToString("yyyy-MM-dd") : DBNull.Value;
            parameters["$outcome"].Value = (object?)row.Outcome ?? DBNull.Value;
            parameters["$extended"].Value = row.Extended ? 1 : 0;
            await insert.ExecuteNonQueryAsync();
        }

        await transaction.CommitAsync();
        await using var analyzeLite = connection.CreateCommand();
        analyzeLite.CommandText = "ANALYZE";
        await analyzeLite.ExecuteNonQueryAsync();
    }

    private static DbParameter Add(DbCommand command, string name)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        command.Parameters.Add(parameter);
        return parameter;
    }

    private static (Guid Id, Guid AgencyId, string Tracking, string Channel, string Description, string Kind, DateOnly ReceivedOn, DateOnly? ClosedOn, string? Outcome, bool Extended)
        Row(Random random, IReadOnlyList<Agency> agencies, DateOnly start, int i)
    {
        var received = start.AddDays(random.Next(0, 3 * 365));
        var open = random.Next(100) < 3;
        var extended = random.Next(100) < 8;
        DateOnly? closed = open ? null : received.AddDays(random.Next(1, extended ? 55 : 28));
        return (Guid.NewGuid(), agencies[random.Next(agencies.Count)].Id, $"B{i:D8}",
            Channels[random.Next(Channels.Length)].ToString(), "关于某街道棚户区改造征收补偿方案的政府信息",
            Kinds[random.Next(Kinds.Length)].ToString(), received, closed,
            open ? null : Outcomes[random.Next(Outcomes.Length)].ToString(), extended);
    }
}
