using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Gongkai.Web.Tests;

[Collection(PortalCollection.Name)]
public sealed class PortalApiTests(PortalFactory factory)
{
    private static async Task<object> ValidRequestAsync(HttpClient client)
    {
        var agencies = await client.GetFromJsonAsync<JsonElement>("/api/agencies");
        return new
        {
            agencyId = agencies[0].GetProperty("id").GetGuid(),
            applicantKind = "NaturalPerson",
            name = "李四",
            identityNumber = "110101199003076518",
            email = "lisi@example.cn",
            description = "巴彦淖尔市2024年部门预算公开表",
            form = "电子文档",
            manner = "电子邮件",
        };
    }

    [Fact]
    public async Task PostRequest_Valid_Returns201WithTrackingNumberCodeAndPendingState()
    {
        var client = factory.CreateClient();
        var response = await client.PostAsJsonAsync("/api/requests", await ValidRequestAsync(client));
        var receipt = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.StartsWith("YSQ", receipt.GetProperty("trackingNumber").GetString(), StringComparison.Ordinal);
        Assert.Equal(10, receipt.GetProperty("accessCode").GetString()!.Length);
        Assert.Equal("pendingConfirmation", receipt.GetProperty("state").GetString());
        Assert.Equal(JsonValueKind.Null, receipt.GetProperty("receivedOn").ValueKind);
        Assert.Equal(JsonValueKind.String, receipt.GetProperty("dueOn").ValueKind);
        Assert.EndsWith("/api/requests/" + receipt.GetProperty("trackingNumber").GetString(), response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetRequest_NeedsTheAccessCode()
    {
        var client = factory.CreateClient();
        var receipt = await (await client.PostAsJsonAsync("/api/requests", await ValidRequestAsync(client))).Content.ReadFromJsonAsync<JsonElement>();
        var number = receipt.GetProperty("trackingNumber").GetString();

        var without = await client.GetAsync($"/api/requests/{number}");
        using var wrongRequest = new HttpRequestMessage(HttpMethod.Get, $"/api/requests/{number}") { Headers = { { "X-Access-Code", "ZZZZZZZZZZ" } } };
        var wrong = await client.SendAsync(wrongRequest);
        using var rightRequest = new HttpRequestMessage(HttpMethod.Get, $"/api/requests/{number}") { Headers = { { "X-Access-Code", receipt.GetProperty("accessCode").GetString() } } };
        var right = await client.SendAsync(rightRequest);
        var tracked = await right.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.NotFound, without.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Equal("AwaitingConfirmation", tracked.GetProperty("statusCode").GetString());
        Assert.Equal("Submitted", tracked.GetProperty("steps")[0].GetProperty("kind").GetString());
        Assert.True(tracked.GetProperty("deadlineProof").GetArrayLength() > 0);
        Assert.DoesNotContain("110101199003076518", tracked.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostRequest_SameIdempotencyKey_CreatesOneRequest()
    {
        var client = factory.CreateClient();
        var body = await ValidRequestAsync(client);
        var key = Guid.NewGuid().ToString();

        using var first = new HttpRequestMessage(HttpMethod.Post, "/api/requests") { Content = JsonContent.Create(body), Headers = { { "Idempotency-Key", key } } };
        using var second = new HttpRequestMessage(HttpMethod.Post, "/api/requests") { Content = JsonContent.Create(body), Headers = { { "Idempotency-Key", key } } };
        var a = await (await client.SendAsync(first)).Content.ReadFromJsonAsync<JsonElement>();
        var b = await (await client.SendAsync(second)).Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(a.GetProperty("trackingNumber").GetString(), b.GetProperty("trackingNumber").GetString());
        Assert.False(a.GetProperty("replayed").GetBoolean());
        Assert.True(b.GetProperty("replayed").GetBoolean());
    }

    [Fact]
    public async Task PostRequest_Invalid_Returns400WithChineseMessagesPerField()
    {
        var response = await factory.CreateClient().PostAsJsonAsync("/api/requests", new { name = "王五", manner = "电子邮件" });
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        var errors = problem.GetProperty("errors");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("第二十九条", errors.GetProperty("description")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal("请选择受理机关。", errors.GetProperty("agencyId")[0].GetString());
        Assert.Equal("选择电子邮件方式的，请填写电子邮箱。", errors.GetProperty("email")[0].GetString());
    }

    [Fact]
    public async Task PostRequest_OversizedBody_IsRefused()
    {
        var big = new string('低', 100_000);
        var response = await factory.CreateClient().PostAsJsonAsync("/api/requests", new { description = big });

        Assert.True(response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task Catalogue_SearchAndEntry_ReturnHighlightedHitsAndTheEntry()
    {
        var client = factory.CreateClient();
        var result = await client.GetFromJsonAsync<JsonElement>("/api/catalogue?q=" + Uri.EscapeDataString("拆迁") + "&pageSize=5");
        var hit = result.GetProperty("hits")[0];
        var id = hit.GetProperty("entry").GetProperty("id").GetGuid();
        var entry = await client.GetFromJsonAsync<JsonElement>($"/api/catalogue/{id}");

        Assert.True(result.GetProperty("total").GetInt32() > 0);
        Assert.Contains(hit.GetProperty("title").EnumerateArray().Concat(hit.GetProperty("snippet").EnumerateArray()), s => s.GetProperty("isMatch").GetBoolean() && s.GetProperty("text").GetString() == "拆迁");
        Assert.False(string.IsNullOrEmpty(entry.GetProperty("indexNumber").GetString()));
        Assert.StartsWith("<p>", entry.GetProperty("bodyHtml").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Catalogue_UnknownEntry_Returns404()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClient().GetAsync($"/api/catalogue/{Guid.NewGuid()}")).StatusCode);
    }

    [Fact]
    public async Task HealthOpenApiAndScalar_AreServed()
    {
        var client = factory.CreateClient();

        Assert.Equal("Healthy", await client.GetStringAsync("/healthz"));
        var openApi = await client.GetStringAsync("/openapi/v1.json");
        Assert.Contains("/api/requests", openApi, StringComparison.Ordinal);
        Assert.Contains("/api/catalogue", openApi, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/scalar/v1")).StatusCode);
    }
}
