using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Gongkai.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Web.Tests.Boundaries;

/// <summary>What the boundary tests send and count: a valid request body, and the rows in the database.</summary>
internal static class PortalRequests
{
    /// <summary>A valid <c>POST /api/requests</c> body for the first listed agency, with the applicant's name.</summary>
    public static async Task<JsonObject> ValidBodyAsync(HttpClient client, string name = "李四", string identityNumber = "110101199003076518")
    {
        var agencies = await client.GetFromJsonAsync<JsonElement>("/api/agencies");
        return new JsonObject
        {
            ["agencyId"] = agencies[0].GetProperty("id").GetGuid(),
            ["applicantKind"] = "NaturalPerson",
            ["name"] = name,
            ["identityNumber"] = identityNumber,
            ["email"] = "applicant@example.cn",
            ["description"] = "巴彦淖尔市2024年部门预算公开表",
            ["form"] = "电子文档",
            ["manner"] = "电子邮件",
        };
    }

    /// <summary>The number of requests stored.</summary>
    public static async Task<int> CountAsync(PortalFactory factory)
    {
        using var scope = factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<GongkaiDbContext>().DisclosureRequests.CountAsync();
    }

    /// <summary>A JSON request.</summary>
    public static HttpRequestMessage Json(HttpMethod method, string path, string json, string? idempotencyKey = null)
    {
        var message = new HttpRequestMessage(method, path) { Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json") };
        if (idempotencyKey is not null)
        {
            message.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        return message;
    }
}
