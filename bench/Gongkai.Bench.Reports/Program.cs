using System.Diagnostics;
using Gongkai.Bench.Reports;
using Gongkai.Data;
using Gongkai.Domain.AnnualReports;
using Microsoft.EntityFrameworkCore;
using Npgsql;

// Computes the 2021-format annual report of the root of an agency hierarchy holding many requests, and compares
// its time with one hand-written SQL aggregation over the same request table in the same run.
// Usage: dotnet run -c Release --project bench/Gongkai.Bench.Reports -- [requests] [agencies] [runs]
// PostgreSQL runs too when GONGKAI_TEST_POSTGRES (a role that may create databases) is set.
var requests = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 1_000_000;
var agencyCount = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 1_000;
var runs = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 7;
var year = new ReportingYear(2025);

Console.WriteLine($"# Annual report benchmark: {requests:N0} requests, {agencyCount:N0} agencies, report year {year.Year}, {runs} runs, {Environment.ProcessorCount} cores");
Console.WriteLine("| engine | baseline SQL median (ms) | report median (ms) | report p95 (ms) | ratio | requests counted |");
Console.WriteLine("|---|---|---|---|---|---|");

var sqliteFolder = Path.Combine(Path.GetTempPath(), "gongkai-bench-" + Guid.NewGuid().ToString("N"));
await RunAsync(new DatabaseSettings(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(sqliteFolder, "bench.db")}"));
Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
Directory.Delete(sqliteFolder, recursive: true);

if (Environment.GetEnvironmentVariable("GONGKAI_TEST_POSTGRES") is { Length: > 0 } admin)
{
    var name = "gongkai_bench_" + Guid.NewGuid().ToString("N")[..8];
    await Execute(admin, $"CREATE DATABASE \"{name}\" ENCODING 'UTF8' TEMPLATE template0");
    try
    {
        await RunAsync(new DatabaseSettings(DatabaseProvider.Postgres, new NpgsqlConnectionStringBuilder(admin) { Database = name }.ConnectionString));
    }
    finally
    {
        NpgsqlConnection.ClearAllPools();
        await Execute(admin, $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
    }
}

async Task RunAsync(DatabaseSettings settings)
{
    var agencies = BenchData.Agencies(agencyCount);
    await using (var db = GongkaiDatabase.Create(settings))
    {
        await GongkaiDatabase.PrepareAsync(db, TimeProvider.System);
        db.Agencies.AddRange(agencies);
        await db.SaveChangesAsync();
        await BenchData.WriteRequestsAsync(db, agencies, requests);
    }

    var root = agencies[0];
    var baseline = new List<double>();
    var report = new List<double>();
    long baselineCount = 0, reportCount = 0;
    for (var run = 0; run < runs + 1; run++)
    {
        await using (var db = GongkaiDatabase.Create(settings))
        {
            var watch = Stopwatch.StartNew();
            baselineCount = await BaselineAsync(db, year);
            watch.Stop();
            if (run > 0)
            {
                baseline.Add(watch.Elapsed.TotalMilliseconds);
            }
        }

        await using (var db = GongkaiDatabase.Create(settings))
        {
            var watch = Stopwatch.StartNew();
            var computed = await ReportComputation.ComputeAsync(db, root.Id, year);
            watch.Stop();
            reportCount = computed;
            if (run > 0)
            {
                report.Add(watch.Elapsed.TotalMilliseconds);
            }
        }
    }

    if (baselineCount != reportCount)
    {
        throw new InvalidOperationException($"The report counted {reportCount} requests, the baseline {baselineCount}.");
    }

    var baselineMedian = Median(baseline);
    var reportMedian = Median(report);
    Console.WriteLine($"| {settings.Provider} | {baselineMedian:F0} | {reportMedian:F0} | {Percentile(report, 0.95):F0} | {reportMedian / baselineMedian:F2} | {reportCount:N0} |");
}

// The baseline: the cheapest hand-written query that reads what table 三 needs — the same rows and groups, for the
// whole table (the root's subtree is every agency), with no agency filter at all.
static async Task<long> BaselineAsync(GongkaiDbContext db, ReportingYear year)
{
    var connection = db.Database.GetDbConnection();
    await connection.OpenAsync();
    await using var command = connection.CreateCommand();
    var (first, last) = db.Database.IsNpgsql()
        ? ($"DATE '{year.FirstDay:yyyy-MM-dd}'", $"DATE '{year.LastDay:yyyy-MM-dd}'")
        : ($"'{year.FirstDay:yyyy-MM-dd}'", $"'{year.LastDay:yyyy-MM-dd}'");
    command.CommandText = $"""
        SELECT "ReceivedOn" < {first} AS carried,
               CASE WHEN "ClosedOnDay" <= {last} THEN "ClosedWith" END AS closed_with,
               "ApplicantKind", "Channel", "Extended", COUNT(*)
        FROM "DisclosureRequests"
        WHERE "ReceivedOn" <= {last} AND ("ClosedOnDay" IS NULL OR "ClosedOnDay" >= {first})
        GROUP BY 1, 2, 3, 4, 5
        """;
    long total = 0;
    await using var reader = await command.ExecuteReaderAsync();
    while (await reader.ReadAsync())
    {
        total += reader.GetInt64(5);
    }

    return total;
}

static double Median(List<double> values) => Percentile(values, 0.5);

static double Percentile(List<double> values, double p)
{
    var sorted = values.Order().ToArray();
    return sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
}

static async Task Execute(string connectionString, string sql)
{
    await using var connection = new NpgsqlConnection(connectionString);
    await connection.OpenAsync();
    await using var command = new NpgsqlCommand(sql, connection);
    await command.ExecuteNonQueryAsync();
}
