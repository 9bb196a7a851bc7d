using System.Net;
using Gongkai.Data.Officers;
using Gongkai.Web.Tests.Admin.Requests;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Web.Tests.Admin;

/// <summary>
/// The role policies in the framework: the navigation follows them, a POST the folder's policy refuses never reaches
/// the page (the refusal shows on the page, nothing is written), and no admin page grows past six handlers.
/// </summary>
[Collection(BackOfficeCollection.Name)]
public sealed class AdminPoliciesTests(BackOfficeFactory factory)
{
    [Fact]
    public async Task Navigation_Officer_ShowsOnlyLinksWhosePolicyPasses()
    {
        var client = await factory.SignedInClientAsync(await factory.CreateOfficerAsync("XN-MZ", OfficerRole.Officer));

        var html = await client.GetStringAsync("/Admin");

        Assert.Contains("href=\"/Admin/Requests/Register\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/Admin/Catalogue\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/Admin/Users\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/Admin/Notices/Templates\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/Admin/Reports/Units\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Navigation_AgencyAdministrator_ShowsAccountsButNotRegistration()
    {
        var client = await factory.SignedInClientAsync(await factory.CreateOfficerAsync("XN-MZ", OfficerRole.AgencyAdministrator));

        var html = await client.GetStringAsync("/Admin");

        Assert.Contains("href=\"/Admin/Users\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/Admin/Notices/Templates\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/Admin/Requests/Register\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RequestAction_AccountWithoutHandlingRole_IsRefusedByTheFolderPolicyAndNothingIsRecorded()
    {
        var officer = new RequestDeskClient(await factory.SignedInClientAsync(await factory.CreateOfficerAsync("XN-MZ", OfficerRole.Officer)));
        var id = await officer.RegisterAsync();
        var supervisor = new RequestDeskClient(await factory.SignedInClientAsync(await factory.CreateOfficerAsync("XN-MZ", OfficerRole.Supervisor)));

        var html = await supervisor.RefusedAsync(id, "Archive", new Dictionary<string, string> { ["On"] = RequestDeskClient.Day(0) });

        Assert.Contains("办理申请须具有“经办人”或“审核人”角色。", html, StringComparison.Ordinal);
        Assert.Contains("id=\"tracking-number\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"form-archive\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Agencies_OfficerPosts_IsRefusedByThePolicyOnThePage()
    {
        var client = await factory.SignedInClientAsync(await factory.CreateOfficerAsync("XN-MZ"));
        var response = await BackOfficeFactory.PostFormAsync(client, "/Admin/Agencies", "/Admin/Agencies", new Dictionary<string, string> { ["Form.Name"] = "某局", ["Form.Code"] = "Y" + Guid.NewGuid().ToString("N")[..6], ["Form.Kind"] = "Department" });
        var html = await response.Content.ReadAsStringAsync();
        var start = html.IndexOf("<main", StringComparison.Ordinal);
        Assert.True(html.Contains("只有系统管理员可以新增机关。", StringComparison.Ordinal), response.StatusCode + " " + html[Math.Max(0, start)..Math.Min(html.Length, Math.Max(0, start) + 1500)]);
    }

    [Fact]
    public async Task Fee_AmountWithAFractionOfAFen_IsRefusedNotRounded()
    {
        var desk = new RequestDeskClient(await factory.SignedInClientAsync(await factory.CreateOfficerAsync("XN-MZ", OfficerRole.Officer)));
        var id = await desk.RegisterAsync();

        var html = await desk.RefusedAsync(id, "Fee", new Dictionary<string, string> { ["On"] = RequestDeskClient.Day(0), ["AmountYuan"] = "100.005", ["Days"] = "20" });

        Assert.Contains("收费金额最多精确到分（两位小数）。", html, StringComparison.Ordinal);
        Assert.Contains("value=\"100.005\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EveryAdminPage_HasAtMostSixHandlers()
    {
        var loader = factory.Services.GetRequiredService<PageLoader>();
        var counts = new Dictionary<string, int>();
        foreach (var endpoint in factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is { } page && page.ViewEnginePath.StartsWith("/Admin", StringComparison.Ordinal))
            {
                counts[page.ViewEnginePath] = (await loader.LoadAsync(page, endpoint.Metadata)).HandlerMethods.Count;
            }
        }

        Assert.True(counts.Count >= 25, $"only {counts.Count} admin pages found");
        Assert.Empty(counts.Where(c => c.Value > 6).Select(c => $"{c.Key}: {c.Value} handlers"));
    }
}
