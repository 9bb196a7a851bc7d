using System.Diagnostics;
using Gongkai.Bench.Search;
using Gongkai.Data;
using Gongkai.Data.Catalogue;
using Gongkai.Demo;
using Gongkai.Domain.Catalogue;
using Microsoft.EntityFrameworkCore;

// Search benchmark: N generated catalogue entries, p50/p95 of 2-, 3- and 4-character queries through CatalogueSearch
// (what /search runs: candidates, ranked or newest first page, highlighting) against a raw-SQL baseline on the same
// indexes in the same run. The generated database is kept (SQLite: $GONGKAI_BENCHDATA or /work/benchdata; PostgreSQL:
// database gongkai_bench_search_N) and reused; only missing entries are generated (bulk path).
// Usage: dotnet run -c Release --project bench/Gongkai.Bench.Search -- [sqlite|postgres] [count] [connection string|-] [generate]
var provider = args.Length > 0 && args[0] == "postgres" ? DatabaseProvider.Postgres : DatabaseProvider.Sqlite;
var count = args.Length > 1 ? int.Parse(args[1]) : 1_000_000;
var connection = args.Length > 2 && args[2] != "-" ? args[2]
    : provider == DatabaseProvider.Sqlite ? $"Data Source={Path.Combine(BenchData(), $"search-{count}.db")}"
    : Environment.GetEnvironmentVariable("GONGKAI_BENCH_POSTGRES") ?? $"Host=127.0.0.1;Port=5432;Username=gongkai;Password=gongkai;Database=gongkai_bench_search_{count}";
var settings = new DatabaseSettings(provider, connection);
var time = TimeProvider.System;
var latest = new DateOnly(2026, 11, 23);

await using (var db = GongkaiDatabase.Create(settings))
{
    await GongkaiDatabase.PrepareAsync(db, time);
    var have = await db.CatalogueEntries.CountAsync();
    if (have < count)
    {
        var clock = Stopwatch.StartNew();
        await DemoData.GenerateCatalogueAsync(db, count - have, latest, series: "bench" + have,
            progress: new Progress<int>(done => { if (done % 100_000 == 0) { Console.Error.WriteLine($"  {have + done:N0} entries, {clock.Elapsed.TotalSeconds:F0} s"); } }));
        Console.Error.WriteLine($"generated {count - have:N0} entries in {clock.Elapsed.TotalSeconds:F0} s");
    }

    if (provider == DatabaseProvider.Postgres)
    {
        await db.Database.ExecuteSqlRawAsync("ANALYZE \"CatalogueEntries\"");
    }
}

if (args.Length > 3 && args[3] == "generate")
{
    return;
}

int total;
await using (var db = GongkaiDatabase.Create(settings))
{
    total = await db.CatalogueEntries.CountAsync();
}

string[][] queries =
[
    ["低保", "拆迁", "预算", "招聘", "规划", "征收"],
    ["低保标", "公开招", "棚户区", "养老服", "公积金"],
    ["生活保障", "房屋征收", "部门预算", "公开招聘", "老旧小区"],
];
// GONGKAI_BENCH_ROUNDS (default 20); GONGKAI_BENCH_FILTERED_ONLY=1 runs only the filtered groups.
var Rounds = int.TryParse(Environment.GetEnvironmentVariable("GONGKAI_BENCH_ROUNDS"), out var rounds) ? rounds : 20;
var filteredOnly = Environment.GetEnvironmentVariable("GONGKAI_BENCH_FILTERED_ONLY") == "1";
var report = new List<string>
{
    $"# Search benchmark: {provider}, {total:N0} entries, {Environment.ProcessorCount} cores, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, load average {LoadAverage()}",
    "",
    $"Ranked by relevance up to {CatalogueSearch.DefaultRankedUpTo:N0} matches, newest first beyond (\"≥\" in the hits column). {Rounds} rounds per query.",
    "",
    "| query length | queries (hits) | path | p50 ms | p95 ms |",
    "|---|---|---|---|---|",
};
// Then the six 2-character terms filtered (issue 15): to one publication year, to one agency (西宁市民政局, 1/12 of the
// generated entries), to a government and its units (西宁市: six agencies, half the entries), and to a year and an
// agency. Their raw-SQL baseline is the hand-written filtered statement (capped count + newest page, same planner
// settings), not the unfiltered one.
var agencyIds = new Dictionary<string, Guid[]>();
await using (var db = GongkaiDatabase.Create(settings))
{
    var agencies = await db.Agencies.AsNoTracking().Select(a => new { a.Id, a.Code, a.ParentId }).ToListAsync();
    var xn = agencies.Single(a => a.Code == "XN").Id;
    agencyIds["XN-MZ"] = [agencies.Single(a => a.Code == "XN-MZ").Id];
    agencyIds["XN"] = [.. agencies.Where(a => a.Id == xn || a.ParentId == xn).Select(a => a.Id)];
}

var groups = new List<(string[] Queries, string Label, Func<CatalogueQuery, CatalogueQuery> Filter)>();
if (!filteredOnly)
{
    groups.AddRange(queries.Select(g => (g, $"{g[0].Length}", (Func<CatalogueQuery, CatalogueQuery>)(q => q))));
}

groups.Add((queries[0], "2, year 2025", q => q with { Year = 2025 }));
groups.Add((queries[0], "2, agency 西宁市民政局", q => q with { AgencyIds = agencyIds["XN-MZ"] }));
groups.Add((queries[0], "2, 西宁市 and its units", q => q with { AgencyIds = agencyIds["XN"] }));
groups.Add((queries[0], "2, year 2025 + 西宁市民政局", q => q with { Year = 2025, AgencyIds = agencyIds["XN-MZ"] }));
groups.Add((queries[1], "3, year 2025", q => q with { Year = 2025 }));
foreach (var (group, label, filter) in groups)
{
    var app = new List<double>();
    var raw = new List<double>();
    var hits = new Dictionary<string, string>();
    await using var db = GongkaiDatabase.Create(settings);
    var search = new CatalogueSearch(db);
    var baseline = new RawSearch(db);
    foreach (var q in group)
    {
        var query = filter(new CatalogueQuery(q));
        var result = await search.SearchAsync(query);
        hits[q] = (result.TotalIsLowerBound ? "≥" : "") + result.Total.ToString("N0");
        await baseline.RunAsync(query);
        db.ChangeTracker.Clear();
    }

    for (var round = 0; round < Rounds; round++)
    {
        foreach (var q in group)
        {
            var query = filter(new CatalogueQuery(q));
            var watch = Stopwatch.StartNew();
            await search.SearchAsync(query);
            app.Add(watch.Elapsed.TotalMilliseconds);
            db.ChangeTracker.Clear();
            watch.Restart();
            if (await baseline.RunAsync(query) >= 0)
            {
                raw.Add(watch.Elapsed.TotalMilliseconds);
            }
        }
    }

    var names = string.Join("、", group.Select(q => $"{q} ({hits[q]})"));
    report.Add($"| {label} | {names} | CatalogueSearch.SearchAsync (page 1 + highlight) | {Percentile(app, 50):F1} | {Percentile(app, 95):F1} |");
    if (raw.Count > 0)
    {
        report.Add($"| {label} | | raw SQL baseline ({(label.Contains(',') ? "filtered statement" : "same indexes, ids only")}) | {Percentile(raw, 50):F1} | {Percentile(raw, 95):F1} |");
        report.Add($"| {label} | | ratio p95 (search ÷ baseline) | | {Percentile(app, 95) / Percentile(raw, 95):F2} |");
    }

    Console.Error.WriteLine(string.Join(Environment.NewLine, report.TakeLast(3)));
}

report.Add("");
report.Add($"load average after: {LoadAverage()}");
var text = string.Join(Environment.NewLine, report);
Console.WriteLine(text);
var folder = Path.Combine(AppContext.BaseDirectory, "results");
Directory.CreateDirectory(folder);
await File.WriteAllTextAsync(Path.Combine(folder, $"search-{provider}-{count}.md"), text);

static string LoadAverage() =>
    File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

static string BenchData()
{
    var folder = Environment.GetEnvironmentVariable("GONGKAI_BENCHDATA") ?? "/work/benchdata";
    Directory.CreateDirectory(folder);
    return folder;
}

static double Percentile(List<double> values, int p)
{
    var sorted = values.Order().ToList();
    return sorted[Math.Clamp((int)Math.Ceiling(p / 100.0 * sorted.Count) - 1, 0, sorted.Count - 1)];
}
