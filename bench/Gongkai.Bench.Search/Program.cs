using System.Diagnostics;
using Gongkai.Bench.Search;
using Gongkai.Data;
using Gongkai.Data.Catalogue;
using Gongkai.Demo;
using Gongkai.Domain.Catalogue;
using Microsoft.EntityFrameworkCore;

// Search benchmark: N generated catalogue entries, p50/p95 of 2-, 3- and 4-character queries through CatalogueSearch
// (count + ranked first page + highlighting) against a raw-SQL baseline on the same index in the same run.
// Usage: dotnet run -c Release --project bench/Gongkai.Bench.Search -- [sqlite|postgres] [count] [connection string]
var provider = args.Length > 0 && args[0] == "postgres" ? DatabaseProvider.Postgres : DatabaseProvider.Sqlite;
var count = args.Length > 1 ? int.Parse(args[1]) : 1_000_000;
var connection = args.Length > 2 ? args[2]
    : provider == DatabaseProvider.Sqlite ? $"Data Source={Path.GetFullPath($"bench-search-{count}.db")}" : throw new ArgumentException("PostgreSQL needs a connection string.");
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
        await DemoData.GenerateCatalogueAsync(db, count - have, latest, series: "bench" + have, batchSize: 5000,
            progress: new Progress<int>(done => { if (done % 100_000 == 0) { Console.Error.WriteLine($"  {have + done:N0} entries, {clock.Elapsed.TotalSeconds:F0} s"); } }));
        Console.Error.WriteLine($"generated {count - have:N0} entries in {clock.Elapsed.TotalSeconds:F0} s");
    }

    if (provider == DatabaseProvider.Postgres)
    {
        await db.Database.ExecuteSqlRawAsync("ANALYZE \"CatalogueEntries\"");
    }
}

int total;
await using (var db = GongkaiDatabase.Create(settings))
{
    total = await db.CatalogueEntries.CountAsync();
}

string[][] queries =
[
    ["低保", "拆迁", "预算", "招聘", "规划", "征收"],
    ["低保标", "公开招", "棚户区", "养老服", "三公经"],
    ["生活保障", "房屋征收", "部门预算", "公开招聘", "老旧小区"],
];
const int Rounds = 20;
var report = new List<string> { $"# Search benchmark: {provider}, {total:N0} entries, {Environment.ProcessorCount} cores, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC", "", "| query length | path | p50 ms | p95 ms | hits (first query) |", "|---|---|---|---|---|" };
foreach (var group in queries)
{
    var app = new List<double>();
    var raw = new List<double>();
    var hits = 0;
    await using var db = GongkaiDatabase.Create(settings);
    var search = new CatalogueSearch(db);
    var baseline = new RawSearch(db);
    foreach (var q in group)
    {
        await search.SearchAsync(new CatalogueQuery(q));
        await baseline.RunAsync(q);
    }

    for (var round = 0; round < Rounds; round++)
    {
        foreach (var q in group)
        {
            var watch = Stopwatch.StartNew();
            var result = await search.SearchAsync(new CatalogueQuery(q));
            app.Add(watch.Elapsed.TotalMilliseconds);
            if (round == 0 && q == group[0])
            {
                hits = result.Total;
            }

            db.ChangeTracker.Clear();
            watch.Restart();
            await baseline.RunAsync(q);
            raw.Add(watch.Elapsed.TotalMilliseconds);
        }
    }

    var length = group[0].Length;
    report.Add($"| {length} | CatalogueSearch (capped count + page 1 + highlight) | {Percentile(app, 50):F1} | {Percentile(app, 95):F1} | {hits:N0} |");
    report.Add($"| {length} | raw SQL baseline (capped count + top 20 ids) | {Percentile(raw, 50):F1} | {Percentile(raw, 95):F1} | |");
}

var text = string.Join(Environment.NewLine, report);
Console.WriteLine(text);
var folder = Path.Combine(AppContext.BaseDirectory, "results");
Directory.CreateDirectory(folder);
await File.WriteAllTextAsync(Path.Combine(folder, $"search-{provider}-{count}.md"), text);

static double Percentile(List<double> values, int p)
{
    var sorted = values.Order().ToList();
    return sorted[Math.Clamp((int)Math.Ceiling(p / 100.0 * sorted.Count) - 1, 0, sorted.Count - 1)];
}
