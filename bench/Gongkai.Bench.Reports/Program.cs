using System.Diagnostics;
using Gongkai.Bench.Reports;
using Gongkai.Data;
using Gongkai.Domain.AnnualReports;
using Microsoft.EntityFrameworkCore;
using Npgsql;

// Computes the 2021-format annual report of the root of an agency hierarchy holding many requests, and compares
// its time with one hand-written SQL aggregation over the same request table in the same run.
// Usage: dotnet run -c Release --project bench/Gongkai.Bench.Reports -- [requests] [agencies] [runs] [--postgres-only] [--database=NAME]
// PostgreSQL runs too when GONGKAI_TEST_POSTGRES (a role that may create databases) is set. With --database=NAME the
// PostgreSQL database of that name is kept and reused when it already holds the data (10,000,000 rows take a while to
// write); drop it by hand afterwards. Without it a fresh database is made and dropped.
var numbers = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToArray();
var requests = numbers.Length > 0 ? int.Parse(numbers[0], System.Globalization.CultureInfo.InvariantCulture) : 1_000_000;
var agencyCount = numbers.Length > 1 ? int.Parse(numbers[1], System.Globalization.CultureInfo.InvariantCulture) : 1_000;
var runs = numbers.Length > 2 ? int.Parse(numbers[2], System.Globalization.CultureInfo.InvariantCulture) : 7;
var postgresOnly = args.Contains("--postgres-only");
var unitsOnly = args.Contains("--units");
var keptDatabase = args.FirstOrDefault(a => a.StartsWith("--database=", StringComparison.Ordinal))?["--database=".Length..];
var year = new ReportingYear(2025);

if (unitsOnly)
{
    // The supervisor's units page: [units] agencies, kept in --database=NAME (PostgreSQL) or a temporary SQLite file.
    Console.WriteLine($"# Units page benchmark: {agencyCount:N0} units, report year 2025, {runs} runs, {Environment.ProcessorCount} cores, load average {LoadAverage()}");
    Console.WriteLine("| engine | baseline SQL median (ms) | UnitsAsync median (ms) | UnitsAsync p95 (ms) | ratio | units |");
    Console.WriteLine("|---|---|---|---|---|---|");
    DatabaseSettings unitsSettings;
    if (Environment.GetEnvironmentVariable("GONGKAI_TEST_POSTGRES") is { Length: > 0 } unitsAdmin && keptDatabase is not null)
    {
        if (!await ScalarAsync(unitsAdmin, $"SELECT EXISTS (SELECT 1 FROM pg_database WHERE datname = '{keptDatabase}')"))
        {
            await Execute(unitsAdmin, $"CREATE DATABASE \"{keptDatabase}\" ENCODING 'UTF8' TEMPLATE template0");
        }

        unitsSettings = new DatabaseSettings(DatabaseProvider.Postgres, new NpgsqlConnectionStringBuilder(unitsAdmin) { Database = keptDatabase, CommandTimeout = 0 }.ConnectionString);
    }
    else
    {
        unitsSettings = new DatabaseSettings(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(Path.GetTempPath(), $"gongkai-units-{agencyCount}.db")}");
    }

    var (b, pageMedian, pageP95, unitCount) = await UnitsBench.RunAsync(unitsSettings, agencyCount, runs);
    Console.WriteLine($"| {unitsSettings.Provider} | {b:F0} | {pageMedian:F0} | {pageP95:F0} | {pageMedian / b:F1} | {unitCount:N0} |");
    Console.WriteLine($"load average after: {LoadAverage()}");
    return;
}

Console.WriteLine($"# Annual report benchmark: {requests:N0} requests, {agencyCount:N0} agencies, report year {year.Year}, {runs} runs, {Environment.ProcessorCount} cores, load average {LoadAverage()}");
Console.WriteLine("| engine | baseline SQL median (ms) | report median (ms) | report p95 (ms) | ratio | requests counted |");
Console.WriteLine("|---|---|---|---|---|---|");

if (!postgresOnly)
{
    var sqliteFolder = Path.Combine(Path.GetTempPath(), "gongkai-bench-" + Guid.NewGuid().ToString("N"));
    await RunAsync(new DatabaseSettings(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(sqliteFolder, "bench.db")}"));
    Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    Directory.Delete(sqliteFolder, recursive: true);
}

if (Environment.GetEnvironmentVariable("GONGKAI_TEST_POSTGRES") is { Length: > 0 } kept && keptDatabase is not null)
{
    if (!await ScalarAsync(kept, $"SELECT EXISTS (SELECT 1 FROM pg_database WHERE datname = '{keptDatabase}')"))
    {
        await Execute(kept, $"CREATE DATABASE \"{keptDatabase}\" ENCODING 'UTF8' TEMPLATE template0");
    }

    await RunAsync(new DatabaseSettings(DatabaseProvider.Postgres, new NpgsqlConnectionStringBuilder(kept) { Database = keptDatabase, CommandTimeout = 0 }.ConnectionString));
}
else if (Environment.GetEnvironmentVariable("GONGKAI_TEST_POSTGRES") is { Length: > 0 } admin)
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
    IReadOnlyList<Gongkai.Domain.Agencies.Agency> agencies;
    await using (var db = GongkaiDatabase.Create(settings))
    {
        await GongkaiDatabase.PrepareAsync(db, TimeProvider.System);
        var existing = await db.Agencies.AsNoTracking().ToListAsync();
        if (existing.Count == agencyCount && await db.DisclosureRequests.LongCountAsync() == requests)
        {
            agencies = [.. existing.OrderBy(a => a.ParentId is not null)];
            Console.Error.WriteLine($"Reusing {agencyCount:N0} agencies and {requests:N0} requests.");
        }
        else if (existing.Count > 0)
        {
            throw new InvalidOperationException("The kept database holds other data: drop it first.");
        }
        else
        {
            agencies = BenchData.Agencies(agencyCount);
            db.Agencies.AddRange(agencies);
            await db.SaveChangesAsync();
            var watch = Stopwatch.StartNew();
            await BenchData.WriteRequestsAsync(db, agencies, requests);
            Console.Error.WriteLine($"Wrote {requests:N0} requests in {watch.Elapsed.TotalSeconds:F0} s.");
        }
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

static string LoadAverage() =>
    File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

static double Median(List<double> values) => Percentile(values, 0.5);

static double Percentile(List<double> values, double p)
{
    var sorted = values.Order().ToArray();
    return sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
}

static async Task<bool> ScalarAsync(string connectionString, string sql)
{
    await using var connection = new NpgsqlConnection(connectionString);
    await connection.OpenAsync();
    await using var command = new NpgsqlCommand(sql, connection);
    return (bool)(await command.ExecuteScalarAsync())!;
}

static async Task Execute(string connectionString, string sql)
{
    await using var connection = new NpgsqlConnection(connectionString);
    await connection.OpenAsync();
    await using var command = new NpgsqlCommand(sql, connection);
    await command.ExecuteNonQueryAsync();
}
