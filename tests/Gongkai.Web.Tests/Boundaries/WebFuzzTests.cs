using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Xunit.Abstractions;

namespace Gongkai.Web.Tests.Boundaries;

/// <summary>A portal for fuzzing: the demo catalogue, budgets high enough for thousands of requests.</summary>
public sealed class FuzzPortalFactory : PortalFactory
{
    /// <inheritdoc />
    protected override IReadOnlyDictionary<string, string> Overrides => new Dictionary<string, string>
    {
        ["Portal:RateLimits:ReadPerMinute"] = "1000000",
        ["Portal:RateLimits:LookupPerMinute"] = "1000000",
        ["Portal:RateLimits:SubmissionPerMinute"] = "1000000",
    };
}

/// <summary>
/// Issue 12, fuzz suite (web half): random and mutated JSON at every public API endpoint, random form posts (with
/// valid anti-forgery tokens) at the portal forms and random filters at the listing pages. Every answer must be
/// below 500, every API error problem details, and no request row may be written from refused input. Seeded
/// (<c>GONGKAI_FUZZ_SEED</c>, default 20261204) and bounded (<c>GONGKAI_FUZZ_INPUTS</c> per test, default 150);
/// set the variable higher to run longer. Counts are printed for the closing note.
/// </summary>
public sealed class WebFuzzTests(FuzzPortalFactory factory, ITestOutputHelper output) : IClassFixture<FuzzPortalFactory>
{
    private static readonly int Seed = int.TryParse(Environment.GetEnvironmentVariable("GONGKAI_FUZZ_SEED"), out var s) ? s : 20261204;
    private static readonly int Inputs = int.TryParse(Environment.GetEnvironmentVariable("GONGKAI_FUZZ_INPUTS"), out var n) && n > 0 ? n : 150;

    private static readonly string[] Fields = ["agencyId", "applicantKind", "name", "identityNumber", "phone", "email", "address", "description", "form", "manner"];

    [Fact]
    public async Task ApiEndpoints_RandomAndMutatedInput_NeverAnswer5xxNorWriteFromRefusedInput()
    {
        var random = new Random(Seed);
        var client = factory.CreateClient();
        var valid = await PortalRequests.ValidBodyAsync(client);
        var agencies = await client.GetFromJsonAsync<JsonElement>("/api/agencies");
        var failures = new List<string>();
        var tried = 0;
        var created = 0;
        for (var i = 0; i < Inputs; i++)
        {
            var (method, path, json, headers) = ApiInput(random, valid, agencies);
            var before = await PortalRequests.CountAsync(factory);
            using var request = new HttpRequestMessage(method, path);
            if (json is not null)
            {
                request.Content = new StringContent(json, Encoding.UTF8, random.Next(20) == 0 ? "text/plain" : "application/json");
            }

            foreach (var (name, value) in headers)
            {
                request.Headers.TryAddWithoutValidation(name, value);
            }

            var response = await client.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            var after = await PortalRequests.CountAsync(factory);
            tried++;
            var status = (int)response.StatusCode;
            var label = $"#{i} {method} {Cut(path)} {Cut(json)} → {status}";
            if (status >= 500)
            {
                failures.Add($"{label}: server error {Cut(body)}");
            }
            else if (status >= 400 && response.Content.Headers.ContentType?.MediaType != "application/problem+json")
            {
                failures.Add($"{label}: error without problem details ({response.Content.Headers.ContentType})");
            }
            else if (status >= 400 && after != before)
            {
                failures.Add($"{label}: refused input wrote {after - before} request(s)");
            }
            else if (status == 201)
            {
                var replayed = JsonDocument.Parse(body).RootElement.GetProperty("replayed").GetBoolean();
                created += replayed ? 0 : 1;
                if (after - before != (replayed ? 0 : 1))
                {
                    failures.Add($"{label}: accepted input wrote {after - before} request(s)");
                }
            }
        }

        Report("API", tried, failures, $"{created} valid submissions accepted");
    }

    [Fact]
    public async Task PortalForms_RandomPosts_NeverAnswer5xxNorWriteFromRefusedInput()
    {
        var random = new Random(Seed + 1);
        var client = factory.CreateClient();
        var agencies = await client.GetFromJsonAsync<JsonElement>("/api/agencies");
        var failures = new List<string>();
        var tried = 0;
        for (var i = 0; i < Inputs; i++)
        {
            var before = await PortalRequests.CountAsync(factory);
            var (page, action, fields) = FormInput(random, agencies);
            var response = page is null
                ? await client.GetAsync(action)
                : await PortalForms.PostAsync(client, page, action, fields);
            var html = await response.Content.ReadAsStringAsync();
            var after = await PortalRequests.CountAsync(factory);
            tried++;
            var status = (int)response.StatusCode;
            var label = $"#{i} {action} {Cut(string.Join("&", fields.Select(f => f.Key + "=" + f.Value)))} → {status}";
            var receipt = html.Contains("id=\"tracking-number\"", StringComparison.Ordinal);
            if (status >= 500)
            {
                failures.Add($"{label}: server error");
            }
            else if (!receipt && after != before)
            {
                failures.Add($"{label}: refused form wrote {after - before} request(s)");
            }
            else if (html.Contains("   at Gongkai", StringComparison.Ordinal))
            {
                failures.Add($"{label}: stack trace in the page");
            }
        }

        Report("forms", tried, failures, string.Empty);
    }

    private (HttpMethod Method, string Path, string? Json, List<(string, string)> Headers) ApiInput(Random random, JsonObject valid, JsonElement agencies)
    {
        var headers = new List<(string, string)>();
        switch (random.Next(8))
        {
            case 0:
            case 1:
            case 2:
                if (random.Next(3) == 0)
                {
                    headers.Add(("Idempotency-Key", random.Next(4) == 0 ? new string('k', random.Next(90, 120)) : "fuzz-" + random.Next(20)));
                }

                return (HttpMethod.Post, "/api/requests", MutatedJson(random, valid), headers);
            case 3:
                headers.Add(("X-Access-Code", Convert.ToBase64String(Guid.NewGuid().ToByteArray())[..random.Next(0, 20)]));
                return (HttpMethod.Get, "/api/requests/" + Uri.EscapeDataString(RandomText(random, 30)), null, headers);
            case 4:
                return (HttpMethod.Get, "/api/catalogue?" + RandomQuery(random, agencies), null, headers);
            case 5:
                return (HttpMethod.Get, "/api/catalogue/" + (random.Next(2) == 0 ? Guid.NewGuid().ToString() : Uri.EscapeDataString(RandomText(random, 40))), null, headers);
            case 6:
                return (HttpMethod.Get, $"/api/reports?year={RandomNumber(random)}&agency={Uri.EscapeDataString(RandomText(random, 8))}", null, headers);
            default:
                var methods = new[] { HttpMethod.Put, HttpMethod.Delete, HttpMethod.Patch, HttpMethod.Post, HttpMethod.Get };
                var paths = new[] { "/api/agencies", "/api/catalogue", "/api/requests", $"/api/reports/XN/{RandomNumber(random)}", "/api/" + Uri.EscapeDataString(RandomText(random, 10)) };
                return (methods[random.Next(methods.Length)], paths[random.Next(paths.Length)], random.Next(2) == 0 ? (RandomJson(random, 0)?.ToJsonString() ?? "null") : null, headers);
        }
    }

    private static string MutatedJson(Random random, JsonObject valid)
    {
        var body = valid.DeepClone().AsObject();
        var mutations = random.Next(1, 4);
        for (var m = 0; m < mutations; m++)
        {
            var field = Fields[random.Next(Fields.Length)];
            switch (random.Next(6))
            {
                case 0:
                    body.Remove(field);
                    break;
                case 1:
                    body[field] = RandomJson(random, 0);
                    break;
                case 2:
                    body[field] = field == "applicantKind" ? random.Next(-5, 200) : RandomText(random, random.Next(1, 3000));
                    break;
                case 3:
                    body["x" + random.Next(100)] = RandomJson(random, 0);
                    break;
                case 4:
                    body[field] = JsonNode.Parse(new string('[', 60) + new string(']', 60));
                    break;
                default:
                    body["applicantKind"] = random.Next(7);
                    break;
            }
        }

        var text = body.ToJsonString();
        return random.Next(6) switch
        {
            0 => text[..random.Next(text.Length)],
            1 => text.Insert(random.Next(text.Length), RandomText(random, 3)),
            2 => (RandomJson(random, 0)?.ToJsonString() ?? "null"),
            3 => new string('[', random.Next(50, 2000)) + new string(']', random.Next(0, 2000)),
            _ => text,
        };
    }

    private static JsonNode? RandomJson(Random random, int depth) => (depth > 4 ? random.Next(4) : random.Next(7)) switch
    {
        0 => null,
        1 => random.Next(2) == 0,
        2 => JsonValue.Create(random.Next(4) == 0 ? double.MaxValue : random.NextInt64(long.MinValue, long.MaxValue)),
        3 => RandomText(random, random.Next(0, 200)),
        4 => new JsonArray(Enumerable.Range(0, random.Next(4)).Select(_ => RandomJson(random, depth + 1)).ToArray()),
        _ => new JsonObject(Enumerable.Range(0, random.Next(4)).Select(k => KeyValuePair.Create("k" + k, RandomJson(random, depth + 1)))),
    };

    private static string RandomText(Random random, int length)
    {
        var pools = new[] { "abcXYZ0123456789", "低保拆迁预算公开年度报告", "'\"<>&;%\\/{}[]()*+?|^$", "\u0000\u0001\u200b\ufeff\ud83d\ude00\u3000 \t\n" };
        var builder = new StringBuilder(length);
        for (var i = 0; i < length; i++)
        {
            var pool = pools[random.Next(pools.Length)];
            var c = pool[random.Next(pool.Length)];
            if (char.IsSurrogate(c))
            {
                builder.Append("\ud83d\ude00");
                continue;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    private static string RandomNumber(Random random) => random.Next(8) switch
    {
        0 => "-1",
        1 => "99999",
        2 => "2147483648",
        3 => "abc",
        4 => "",
        5 => random.Next(1940, 2110).ToString(CultureInfo.InvariantCulture),
        6 => "1e9",
        _ => random.Next().ToString(CultureInfo.InvariantCulture),
    };

    private static string RandomQuery(Random random, JsonElement agencies)
    {
        var parts = new List<string>();
        if (random.Next(2) == 0) { parts.Add("q=" + Uri.EscapeDataString(RandomText(random, random.Next(0, 60)))); }
        if (random.Next(3) == 0) { parts.Add("year=" + RandomNumber(random)); }
        if (random.Next(3) == 0) { parts.Add("page=" + RandomNumber(random)); }
        if (random.Next(3) == 0) { parts.Add("pageSize=" + RandomNumber(random)); }
        if (random.Next(3) == 0) { parts.Add("category=" + (random.Next(2) == 0 ? RandomNumber(random) : "Finance")); }
        if (random.Next(3) == 0)
        {
            parts.Add("agency=" + (random.Next(2) == 0 ? agencies[random.Next(agencies.GetArrayLength())].GetProperty("id").GetString() : Uri.EscapeDataString(RandomText(random, 10))));
        }

        return string.Join("&", parts);
    }

    private static (string? Page, string Action, List<KeyValuePair<string, string>> Fields) FormInput(Random random, JsonElement agencies)
    {
        var fields = new List<KeyValuePair<string, string>>();
        switch (random.Next(4))
        {
            case 0:
            case 1:
                var valid = new Dictionary<string, string>
                {
                    ["SubmissionToken"] = random.Next(3) == 0 ? RandomText(random, random.Next(0, 80)) : Guid.NewGuid().ToString("N"),
                    ["Form.AgencyId"] = agencies[random.Next(agencies.GetArrayLength())].GetProperty("id").GetString()!,
                    ["Form.ApplicantKind"] = "NaturalPerson",
                    ["Form.Name"] = "吴十",
                    ["Form.IdentityNumber"] = "110101199003076518",
                    ["Form.Email"] = "wu@example.cn",
                    ["Form.Description"] = "2024年城市道路维修计划",
                    ["Form.Form"] = "电子文档",
                    ["Form.Manner"] = "电子邮件",
                };
                var keys = valid.Keys.ToArray();
                for (var m = random.Next(0, 4); m > 0; m--)
                {
                    var key = keys[random.Next(keys.Length)];
                    if (random.Next(3) == 0)
                    {
                        valid.Remove(key);
                    }
                    else
                    {
                        valid[key] = random.Next(2) == 0 ? RandomNumber(random) : RandomText(random, random.Next(0, 400));
                    }
                }

                fields.AddRange(valid);
                var handler = random.Next(4) == 0 ? "?handler=Check" : string.Empty;
                return ("/Apply", "/Apply" + handler, fields);
            case 2:
                fields.Add(new("TrackingNumber", RandomText(random, random.Next(0, 60))));
                fields.Add(new("AccessCode", RandomText(random, random.Next(0, 20))));
                return ("/Track", "/Track", fields);
            default:
                return (null, (random.Next(2) == 0 ? "/search?" : "/Catalogue?") + RandomQuery(random, agencies), fields);
        }
    }

    private void Report(string suite, int tried, List<string> failures, string note)
    {
        var line = $"Web fuzz ({suite}): seed {Seed}, {tried} inputs tried, {failures.Count} failures{(note.Length > 0 ? ", " + note : string.Empty)}";
        output.WriteLine(line);
        Console.WriteLine(line);
        foreach (var failure in failures.Take(20))
        {
            output.WriteLine(failure);
        }

        Assert.True(failures.Count == 0, line + Environment.NewLine + string.Join(Environment.NewLine, failures.Take(20)));
    }

    private static string Cut(string? text) => text is null ? string.Empty : text.Length > 120 ? text[..120] + "…" : text;
}
