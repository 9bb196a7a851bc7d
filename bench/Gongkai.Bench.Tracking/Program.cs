using System.Diagnostics;
using System.Globalization;
using Gongkai.Bench.Tracking;
using Gongkai.Data;
using Gongkai.Web.Requests;

// Tracking API benchmark (issue 15): latency of GET /api/requests/{trackingNumber} with the access code (X-Access-Code)
// under N concurrent clients against a running node, and in the same run the same clients against a static file and
// /healthz of the same host (the baselines). bench/tracking/run.sh publishes, prepares, starts the node and runs this.
//   prepare sqlite|postgres CONNECTION COUNT NUMBERS_FILE       make the requests (once; reused)
//   run BASE_URL NUMBERS_FILE [clients=16] [seconds=20] [warm-up seconds=10]
//                                                               measure (access key: GONGKAI_BENCH_ACCESS_KEY, base64,
//                                                               the node's Portal:AccessCodeKey)
if (args.Length >= 5 && args[0] == "prepare")
{
    var provider = args[1] == "postgres" ? DatabaseProvider.Postgres : DatabaseProvider.Sqlite;
    var clock = Stopwatch.StartNew();
    var made = await TrackingData.EnsureAsync(new DatabaseSettings(provider, args[2]), int.Parse(args[3], CultureInfo.InvariantCulture), args[4]);
    Console.Error.WriteLine($"{made.Count:N0} requests ready in {clock.Elapsed.TotalSeconds:F0} s");
    return 0;
}

if (args.Length < 3 || args[0] != "run")
{
    Console.Error.WriteLine("usage: prepare sqlite|postgres CONNECTION COUNT NUMBERS_FILE | run BASE_URL NUMBERS_FILE [clients] [seconds]");
    return 2;
}

var baseUrl = args[1].TrimEnd('/');
var numbers = await File.ReadAllLinesAsync(args[2]);
var clients = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 16;
// Per target, before timing: a node that has just started runs its code unoptimised at first (tiered JIT); under 16
// clients on 2 cores it reached its steady state only after ~10 s of a target's load (3 s measured a fresh node).
var warmUp = args.Length > 5 ? double.Parse(args[5], CultureInfo.InvariantCulture) : 10;
var seconds = args.Length > 4 ? double.Parse(args[4], CultureInfo.InvariantCulture) : 20;
var codes = new AccessCodes(Convert.FromBase64String(Environment.GetEnvironmentVariable("GONGKAI_BENCH_ACCESS_KEY")
    ?? throw new InvalidOperationException("GONGKAI_BENCH_ACCESS_KEY (the node's Portal:AccessCodeKey) is required.")));
using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = clients, PooledConnectionLifetime = Timeout.InfiniteTimeSpan }) { BaseAddress = new Uri(baseUrl) };

var targets = new (string Name, Func<Random, HttpRequestMessage> Make, int Expected)[]
{
    ("liveness `/healthz` (baseline)", _ => new HttpRequestMessage(HttpMethod.Get, "/healthz"), 200),
    ("static file `/css/site.css`", _ => new HttpRequestMessage(HttpMethod.Get, "/css/site.css"), 200),
    ("tracking `/api/requests/{n}`, right code", random => Track(numbers[random.Next(numbers.Length)], right: true), 200),
    ("tracking `/api/requests/{n}`, wrong code", random => Track(numbers[random.Next(numbers.Length)], right: false), 404),
};

Console.WriteLine($"# Tracking benchmark: {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, load average {LoadAverage()}, {Environment.ProcessorCount} cores, {clients} clients × {seconds:F0} s per target after {warmUp:F0} s of warm-up, {numbers.Length:N0} requests in the database, client on the same machine");
Console.WriteLine();
Console.WriteLine("| target | requests | req/s | p50 ms | p95 ms | p99 ms | unexpected status | p95 / baseline p95 |");
Console.WriteLine("|---|---|---|---|---|---|---|---|");
double? baselineP95 = null;
// GONGKAI_BENCH_TARGETS=2 (or 0,2): only those targets (0-based), e.g. to profile one; the default runs all four.
var only = Environment.GetEnvironmentVariable("GONGKAI_BENCH_TARGETS")?.Split(',').Select(t => int.Parse(t, CultureInfo.InvariantCulture)).ToHashSet();
foreach (var target in targets.Where((_, index) => only is null || only.Contains(index)))
{
    await LoadAsync(target.Make, target.Expected, warmUp);
    var (latencies, wrong, elapsed) = await LoadAsync(target.Make, target.Expected, seconds);
    latencies.Sort();
    var p95 = Percentile(latencies, 0.95);
    baselineP95 ??= p95;
    Console.WriteLine($"| {target.Name} | {latencies.Count:N0} | {latencies.Count / elapsed:F0} | {Percentile(latencies, 0.5):F1} | {p95:F1} | {Percentile(latencies, 0.99):F1} | {wrong} | {p95 / baselineP95:F1} |");
}

Console.WriteLine();
Console.WriteLine($"load average after: {LoadAverage()}");
return 0;

HttpRequestMessage Track(string number, bool right)
{
    var message = new HttpRequestMessage(HttpMethod.Get, "/api/requests/" + number);
    message.Headers.Add(RequestsApi.AccessCodeHeader, right ? codes.CodeFor(number) : "2345678923");
    return message;
}

async Task<(List<double> Latencies, int Wrong, double Elapsed)> LoadAsync(Func<Random, HttpRequestMessage> make, int expected, double duration)
{
    var end = Stopwatch.GetTimestamp() + (long)(duration * Stopwatch.Frequency);
    var began = Stopwatch.GetTimestamp();
    var wrong = 0;
    var perClient = await Task.WhenAll(Enumerable.Range(0, clients).Select(async c =>
    {
        var random = new Random(c);
        var mine = new List<double>();
        while (Stopwatch.GetTimestamp() < end)
        {
            using var message = make(random);
            var start = Stopwatch.GetTimestamp();
            using var response = await http.SendAsync(message, HttpCompletionOption.ResponseContentRead);
            _ = await response.Content.ReadAsByteArrayAsync();
            mine.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            if ((int)response.StatusCode != expected)
            {
                Interlocked.Increment(ref wrong);
            }
        }

        return mine;
    }));
    return (perClient.SelectMany(l => l).ToList(), wrong, Stopwatch.GetElapsedTime(began).TotalSeconds);
}

static double Percentile(List<double> sorted, double p) =>
    sorted.Count == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];

static string LoadAverage() =>
    File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
