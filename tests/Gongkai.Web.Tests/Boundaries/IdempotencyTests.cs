using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Gongkai.Web.Tests.Boundaries;

/// <summary>Issue 12, finding 2: a reused Idempotency-Key must never hand out another applicant's receipt.</summary>
[Collection(PortalCollection.Name)]
public sealed class IdempotencyTests(PortalFactory factory)
{
    [Fact]
    public async Task PostRequest_SameKeyDifferentBodyFromAnotherClient_Returns409WithoutTheFirstAccessCode()
    {
        var key = "shared-" + Guid.NewGuid().ToString("N");
        var first = factory.CreateClient();
        var second = factory.CreateClient();
        var firstBody = await PortalRequests.ValidBodyAsync(first, "张三", "110101199003076518");
        var secondBody = await PortalRequests.ValidBodyAsync(second, "王五", "11010119850512341X");

        var created = await first.SendAsync(PortalRequests.Json(HttpMethod.Post, "/api/requests", firstBody.ToJsonString(), key));
        var receipt = await created.Content.ReadFromJsonAsync<JsonElement>();
        var before = await PortalRequests.CountAsync(factory);
        var reused = await second.SendAsync(PortalRequests.Json(HttpMethod.Post, "/api/requests", secondBody.ToJsonString(), key));
        var text = await reused.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, reused.StatusCode);
        Assert.Equal("application/problem+json", reused.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Idempotency-Key", JsonDocument.Parse(text).RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain(receipt.GetProperty("accessCode").GetString()!, text, StringComparison.Ordinal);
        Assert.DoesNotContain(receipt.GetProperty("trackingNumber").GetString()!, text, StringComparison.Ordinal);
        Assert.Equal(before, await PortalRequests.CountAsync(factory));
    }

    [Fact]
    public async Task PostRequest_SameKeySameBodyReformatted_ReplaysTheFirstReceipt()
    {
        var key = Guid.NewGuid().ToString();
        var client = factory.CreateClient();
        var body = await PortalRequests.ValidBodyAsync(client);
        var spaced = body.DeepClone().AsObject();
        spaced["name"] = "  " + body["name"]!.GetValue<string>() + " ";

        var a = await (await client.SendAsync(PortalRequests.Json(HttpMethod.Post, "/api/requests", body.ToJsonString(), key))).Content.ReadFromJsonAsync<JsonElement>();
        var again = await client.SendAsync(PortalRequests.Json(HttpMethod.Post, "/api/requests", spaced.ToJsonString(new JsonSerializerOptions { WriteIndented = true }), key));
        var b = await again.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
        Assert.True(b.GetProperty("replayed").GetBoolean());
        Assert.Equal(a.GetProperty("trackingNumber").GetString(), b.GetProperty("trackingNumber").GetString());
        Assert.Equal(a.GetProperty("accessCode").GetString(), b.GetProperty("accessCode").GetString());
    }

    [Fact]
    public async Task ApplyForm_SameTokenDifferentContent_IsRefusedAndTheFormKept()
    {
        var client = factory.CreateClient();
        var agencies = await client.GetFromJsonAsync<JsonElement>("/api/agencies");
        var token = "fixed" + Guid.NewGuid().ToString("N")[..20];
        Dictionary<string, string> Form(string name) => new()
        {
            ["SubmissionToken"] = token,
            ["Form.AgencyId"] = agencies[0].GetProperty("id").GetString()!,
            ["Form.ApplicantKind"] = "NaturalPerson",
            ["Form.Name"] = name,
            ["Form.IdentityNumber"] = "110101199003076518",
            ["Form.Email"] = "a@example.cn",
            ["Form.Description"] = "2024年城市道路维修计划",
            ["Form.Form"] = "电子文档",
            ["Form.Manner"] = "电子邮件",
        };

        var first = await PortalForms.PostAsync(client, "/Apply", "/Apply", Form("赵六"));
        var second = await PortalForms.PostAsync(client, "/Apply", "/Apply", Form("钱七"));
        var html = await second.Content.ReadAsStringAsync();

        Assert.Contains("id=\"tracking-number\"", await first.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("已经提交过另一份内容不同的申请", html, StringComparison.Ordinal);
        Assert.Contains("value=\"钱七\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("value=\"" + token + "\"", html, StringComparison.Ordinal);
    }
}
