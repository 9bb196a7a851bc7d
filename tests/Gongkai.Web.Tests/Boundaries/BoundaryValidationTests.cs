using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Gongkai.Web.Tests.Boundaries;

/// <summary>Issue 12, finding 3: values outside what the domain allows are refused at the API and the portal, never stored.</summary>
[Collection(PortalCollection.Name)]
public sealed class BoundaryValidationTests(PortalFactory factory)
{
    [Theory]
    [InlineData("99")]
    [InlineData("-1")]
    [InlineData("\"Alien\"")]
    public async Task PostRequest_UndefinedApplicantKind_Returns400NamingTheFieldAndStoresNothing(string kind)
    {
        var client = factory.CreateClient();
        var body = await PortalRequests.ValidBodyAsync(client);
        body["applicantKind"] = System.Text.Json.Nodes.JsonNode.Parse(kind);
        var before = await PortalRequests.CountAsync(factory);

        var response = await client.SendAsync(PortalRequests.Json(HttpMethod.Post, "/api/requests", body.ToJsonString()));
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.True(problem.GetProperty("errors").TryGetProperty("applicantKind", out _), problem.GetRawText());
        Assert.Contains("applicantKind", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(before, await PortalRequests.CountAsync(factory));
    }

    [Fact]
    public async Task PostRequest_UnknownAgency_Returns400OnTheAgencyField()
    {
        var client = factory.CreateClient();
        var body = await PortalRequests.ValidBodyAsync(client);
        body["agencyId"] = Guid.NewGuid();

        var response = await client.SendAsync(PortalRequests.Json(HttpMethod.Post, "/api/requests", body.ToJsonString()));
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("受理机关不存在", problem.GetProperty("errors").GetProperty("agencyId")[0].GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("year=99999", "year")]
    [InlineData("year=0", "year")]
    [InlineData("year=abc", "year")]
    [InlineData("category=99", "category")]
    [InlineData("page=0", "page")]
    [InlineData("page=2147483647", "page")]
    [InlineData("pageSize=100000", "pageSize")]
    [InlineData("agency=not-a-guid", "agency")]
    public async Task CatalogueApi_FilterOutsideTheDomain_Returns400ProblemNamingIt(string query, string field)
    {
        var response = await factory.CreateClient().GetAsync("/api/catalogue?" + query);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.GetRawText());
        Assert.Matches("\\p{IsCJKUnifiedIdeographs}", problem.GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("/search?q=%E4%BD%8E%E4%BF%9D&year=99999", "99999")]
    [InlineData("/Catalogue?year=99999", "99999")]
    [InlineData("/Catalogue?year=abc", "abc")]
    [InlineData("/Catalogue?category=99", "99")]
    [InlineData("/search?page=2147483647", null)]
    public async Task ListingPages_FilterOutsideTheDomain_ShowTheMessageBesideTheFieldAndKeepIt(string path, string? typed)
    {
        var response = await factory.CreateClient().GetAsync(path);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("检索条件不正确", html, StringComparison.Ordinal);
        Assert.Contains("class=\"error\"", html, StringComparison.Ordinal);
        if (typed is not null)
        {
            Assert.Contains($"<option value=\"{typed}\" selected", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task ApplyPage_UndefinedApplicantKind_ShowsTheMessageBesideTheFieldAndStoresNothing()
    {
        var client = factory.CreateClient();
        var agencies = await client.GetFromJsonAsync<JsonElement>("/api/agencies");
        var before = await PortalRequests.CountAsync(factory);

        var response = await PortalForms.PostAsync(client, "/Apply", "/Apply", new Dictionary<string, string>
        {
            ["SubmissionToken"] = Guid.NewGuid().ToString("N"),
            ["Form.AgencyId"] = agencies[0].GetProperty("id").GetString()!,
            ["Form.ApplicantKind"] = "99",
            ["Form.Name"] = "孙八",
            ["Form.IdentityNumber"] = "110101199003076518",
            ["Form.Email"] = "sun@example.cn",
            ["Form.Description"] = "2024年城市道路维修计划",
            ["Form.Form"] = "电子文档",
            ["Form.Manner"] = "电子邮件",
        });
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Matches("<span[^>]*data-valmsg-for=\"Form.ApplicantKind\"[^>]*>“99”不是有效的值", html);
        Assert.Contains("value=\"孙八\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"tracking-number\"", html, StringComparison.Ordinal);
        Assert.Equal(before, await PortalRequests.CountAsync(factory));
    }
}
