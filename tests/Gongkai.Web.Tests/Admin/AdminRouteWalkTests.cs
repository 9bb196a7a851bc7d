using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Gongkai.Data;
using Gongkai.Data.Officers;
using Gongkai.Web.Tests.Admin.Catalogue;
using Gongkai.Web.Tests.Admin.Requests;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Web.Tests.Admin;

/// <summary>
/// Every admin route, discovered from the Razor Pages endpoints (so a new page cannot be left out), walked as an
/// officer of another agency with the record ids of the first agency: GET and every POST handler answer 404 where
/// the route names a record (or the role gate's refusal), nothing answers 5xx, no answer shows the first agency's
/// data, and none of its records changes.
/// </summary>
[Collection(BackOfficeCollection.Name)]
public sealed partial class AdminRouteWalkTests(BackOfficeFactory factory)
{
    private const string Home = "XN-MZ";
    private const string Other = "BYNE-MZ";

    public static TheoryData<string[]> Outsiders => new()
    {
        new[] { OfficerRole.Officer },
        new[] { OfficerRole.Officer, OfficerRole.Approver, OfficerRole.AgencyAdministrator, OfficerRole.Supervisor, OfficerRole.SystemAdministrator },
    };

    [Theory]
    [MemberData(nameof(Outsiders))]
    public async Task EveryAdminRoute_AsAnotherAgencysOfficer_IsNotFoundAndShowsAndChangesNothing(string[] roles)
    {
        var home = await HomeRecordsAsync();
        var before = await FingerprintAsync(home);
        var outsider = await factory.SignedInClientAsync(await factory.CreateOfficerAsync(Other, roles));
        var insider = home.Insider;
        var token = await BackOfficeFactory.TokenAsync(outsider, "/Admin");
        var routes = await AdminRoutesAsync();
        Assert.Contains(routes, r => r.Template == "Admin/Requests/{id:guid}");
        var failures = new List<string>();
        var walked = 0;

        foreach (var route in routes)
        {
            var (path, namesRecord) = Fill(route, home, failures);
            if (path is null)
            {
                continue;
            }

            var handlers = new HashSet<string?>(route.Handlers, StringComparer.OrdinalIgnoreCase);
            var insiderHtml = await (await insider.GetAsync(path + "?" + home.Query(agencyAsCode: true))).Content.ReadAsStringAsync();
            foreach (Match m in HandlerLink().Matches(insiderHtml))
            {
                handlers.Add(m.Groups[1].Value);
            }

            foreach (var agencyAsCode in new[] { true, false })
            {
                var query = home.Query(agencyAsCode);
                foreach (var handler in route.GetHandlers.Prepend(null))
                {
                    var url = path + "?" + query + (handler is null ? string.Empty : "&handler=" + handler);
                    await CheckAsync(failures, "GET " + url, await outsider.GetAsync(url), namesRecord, home);
                    walked++;
                }

                if (route.Page is "/Admin/Logout" or "/Admin/Login")
                {
                    continue;
                }

                foreach (var handler in handlers.Where(h => !route.GetHandlers.Contains(h, StringComparer.OrdinalIgnoreCase)).Prepend(null).Distinct())
                {
                    var url = path + "?" + query + (handler is null ? string.Empty : "&handler=" + handler);
                    foreach (var formId in namesRecord ? [null] : new Guid?[] { home.AccountId, home.AgencyId })
                    {
                        var fields = new Dictionary<string, string>
                        {
                            ["__RequestVerificationToken"] = token,
                            ["On"] = "2025-03-03",
                            ["Text"] = "越权测试",
                            ["name"] = "越权改名",
                            ["locked"] = "true",
                            ["roles"] = OfficerRole.SystemAdministrator,
                            ["TrackingNumber"] = home.TrackingNumber,
                            ["AgencyId"] = home.AgencyId.ToString(),
                            ["FiledOn"] = "2025-03-03",
                            ["CaseNumber"] = "越权案号",
                            ["StageName"] = "越权",
                            ["StageOn"] = "2025-03-03",
                        };
                        if (formId is { } formRecord)
                        {
                            fields["id"] = formRecord.ToString();
                        }

                        await CheckAsync(failures, "POST " + url + (formId is null ? string.Empty : " id=" + formId), await outsider.PostAsync(url, new FormUrlEncodedContent(fields)), namesRecord, home);
                        walked++;
                    }
                }
            }
        }

        Assert.True(walked > 60, $"Only {walked} requests walked.");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.Equal(before, await FingerprintAsync(home));
    }

    private static async Task CheckAsync(List<string> failures, string what, HttpResponseMessage response, bool namesRecord, HomeRecords home)
    {
        var status = (int)response.StatusCode;
        var body = await response.Content.ReadAsStringAsync();
        var denied = response.StatusCode is HttpStatusCode.Forbidden
            || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.OriginalString.Contains("/Admin/Denied", StringComparison.OrdinalIgnoreCase) == true);
        if (status >= 500)
        {
            failures.Add($"{what}: {status}");
        }
        else if (namesRecord && response.StatusCode != HttpStatusCode.NotFound && !denied)
        {
            failures.Add($"{what}: {status}, expected 404 for a record of another agency");
        }

        foreach (var marker in home.Markers.Where(m => body.Contains(m, StringComparison.Ordinal)))
        {
            failures.Add($"{what}: shows “{marker}” of the other agency");
        }
    }

    private static (string? Path, bool NamesRecord) Fill(AdminRoute route, HomeRecords home, List<string> failures)
    {
        var namesRecord = false;
        var unknown = false;
        var path = "/" + RouteParameter().Replace(route.Template, m =>
        {
            if (!string.Equals(m.Groups[1].Value, "id", StringComparison.OrdinalIgnoreCase) || home.RecordOf(route.Page) is not { } id)
            {
                unknown = true;
                return m.Value;
            }

            namesRecord = true;
            return id.ToString();
        });
        if (unknown)
        {
            failures.Add($"{route.Template}: route parameter without a record of the first agency; add its aggregate to {nameof(HomeRecords)}.{nameof(HomeRecords.RecordOf)}");
            return (null, false);
        }

        return (path, namesRecord);
    }

    private async Task<IReadOnlyList<AdminRoute>> AdminRoutesAsync()
    {
        var loader = factory.Services.GetRequiredService<PageLoader>();
        var routes = new List<AdminRoute>();
        foreach (var endpoint in factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is not { } page || !page.ViewEnginePath.StartsWith("/Admin", StringComparison.Ordinal)
                || endpoint.RoutePattern.RawText is not { } template || routes.Any(r => r.Template == template))
            {
                continue;
            }

            var compiled = await loader.LoadAsync(page, endpoint.Metadata);
            var post = compiled.HandlerMethods.Where(h => string.Equals(h.HttpMethod, "Post", StringComparison.OrdinalIgnoreCase)).Select(h => h.Name).ToList();
            var get = compiled.HandlerMethods.Where(h => string.Equals(h.HttpMethod, "Get", StringComparison.OrdinalIgnoreCase) && h.Name is not null).Select(h => h.Name!).ToList();
            routes.Add(new AdminRoute(template, page.ViewEnginePath, post, get));
        }

        return routes;
    }

    private async Task<HomeRecords> HomeRecordsAsync()
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var userName = await factory.CreateOfficerAsync(Home, OfficerRole.Officer, OfficerRole.Approver, OfficerRole.AgencyAdministrator);
        var insider = await factory.SignedInClientAsync(userName);
        var desk = new RequestDeskClient(insider);
        var description = "越权巡查申请" + suffix;
        var requestId = await desk.RegisterAsync(description: description);
        await desk.DoAsync(requestId, "Correction", new Dictionary<string, string> { ["On"] = RequestDeskClient.Day(-8), ["Text"] = "请写明文号" + suffix, ["Days"] = "10", ["Notice"] = "true" });
        var title = "越权巡查目录" + suffix;
        var entryId = await CatalogueDesk.DraftAsync(insider, title);
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<GongkaiDbContext>();
        var request = await db.DisclosureRequests.AsNoTracking().SingleAsync(r => r.Id == requestId);
        var caseNumber = "越权复〔2025〕" + suffix;
        var registered = await BackOfficeFactory.PostFormAsync(insider, "/Admin/Appeals/Register", "/Admin/Appeals/Register", new Dictionary<string, string>
        {
            ["Kind"] = "Reconsideration", ["TrackingNumber"] = request.TrackingNumber, ["CaseNumber"] = caseNumber, ["FiledOn"] = RequestDeskClient.Day(-1),
        });
        Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);
        var caseId = Guid.Parse(registered.Headers.Location!.OriginalString.Split('/')[^1]);
        var documentNumber = "越权规〔2025〕" + suffix + "号";
        var document = await BackOfficeFactory.PostFormAsync(insider, "/Admin/NormativeDocuments/Edit", "/Admin/NormativeDocuments/Edit", new Dictionary<string, string>
        {
            ["Kind"] = "AdministrativeNormativeDocument", ["Title"] = "越权巡查文件" + suffix, ["DocumentNumber"] = documentNumber, ["IssuedOn"] = "2025-03-01",
        });
        Assert.Equal(HttpStatusCode.Redirect, document.StatusCode);
        var agency = await db.Agencies.AsNoTracking().SingleAsync(a => a.Code == Home);
        return new HomeRecords(
            insider,
            agency.Id,
            Home,
            requestId,
            request.TrackingNumber,
            await db.IssuedNotices.Where(n => n.RequestId == requestId).Select(n => n.Id).FirstAsync(),
            entryId,
            caseId,
            await db.NormativeDocuments.Where(d => d.DocumentNumber == documentNumber).Select(d => d.Id).SingleAsync(),
            await db.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync(),
            [description, title, caseNumber, documentNumber, userName]);
    }

    private async Task<string> FingerprintAsync(HomeRecords home)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<GongkaiDbContext>();
        var request = await db.DisclosureRequests.AsNoTracking().SingleAsync(r => r.Id == home.RequestId);
        var entry = await db.CatalogueEntries.AsNoTracking().SingleAsync(e => e.Id == home.EntryId);
        var appeal = await db.Reconsiderations.AsNoTracking().SingleAsync(r => r.Id == home.CaseId);
        var document = await db.NormativeDocuments.AsNoTracking().SingleAsync(d => d.Id == home.DocumentId);
        var account = await db.Users.AsNoTracking().SingleAsync(u => u.Id == home.AccountId);
        var agency = await db.Agencies.AsNoTracking().SingleAsync(a => a.Id == home.AgencyId);
        var print = new StringBuilder()
            .Append(request.Events.Count).Append('|').Append(request.AssignedOfficerId).Append('|').Append(request.ApplicantDocuments).Append('|').Append(request.ForwardedTo)
            .Append('|').Append(entry.Status).Append('|').Append(entry.Attachments.Count).Append('|').Append(entry.Title)
            .Append('|').Append(appeal.Stages.Count).Append('|').Append(appeal.Result).Append('|').Append(appeal.DecidedOn)
            .Append('|').Append(document.PublishedOn).Append('|').Append(document.RepealedOn).Append('|').Append(document.Title)
            .Append('|').Append(account.SecurityStamp).Append('|').Append(account.LockoutEnd).Append('|').Append(account.PasswordHash)
            .Append('|').Append(agency.Name)
            .Append('|').Append(await db.DisclosureRequests.CountAsync(r => r.AgencyId == home.AgencyId))
            .Append('|').Append(await db.CatalogueEntries.CountAsync(e => e.AgencyId == home.AgencyId))
            .Append('|').Append(await db.Reconsiderations.CountAsync(r => r.AgencyId == home.AgencyId))
            .Append('|').Append(await db.Litigations.CountAsync(r => r.AgencyId == home.AgencyId))
            .Append('|').Append(await db.NormativeDocuments.CountAsync(d => d.AgencyId == home.AgencyId))
            .Append('|').Append(await db.IssuedNotices.CountAsync(n => n.AgencyId == home.AgencyId))
            .Append('|').Append(await db.NoticeTemplates.CountAsync())
            .Append('|').Append(await db.AnnualReportDrafts.CountAsync(d => d.AgencyId == home.AgencyId))
            .Append('|').Append(await db.AnnualStatistics.CountAsync(s => s.AgencyId == home.AgencyId))
            .Append('|').Append(await db.Users.CountAsync(u => u.AgencyId == home.AgencyId))
            .Append('|').Append(await db.UserRoles.CountAsync(r => r.UserId == home.AccountId));
        return print.ToString();
    }

    [GeneratedRegex(@"\{(\w+)(?::[^}?]*)?\??\}")]
    private static partial Regex RouteParameter();

    [GeneratedRegex(@"[?&]handler=(\w+)")]
    private static partial Regex HandlerLink();

    private sealed record AdminRoute(string Template, string Page, IReadOnlyList<string?> Handlers, IReadOnlyList<string> GetHandlers);

    private sealed record HomeRecords(
        HttpClient Insider, Guid AgencyId, string AgencyCode, Guid RequestId, string TrackingNumber, Guid NoticeId,
        Guid EntryId, Guid CaseId, Guid DocumentId, Guid AccountId, IReadOnlyList<string> Markers)
    {
        /// <summary>The record of the first agency a route's <c>{id}</c> names, by the page's folder.</summary>
        public Guid? RecordOf(string page) => page switch
        {
            _ when page.StartsWith("/Admin/Requests/", StringComparison.Ordinal) => RequestId,
            _ when page.StartsWith("/Admin/Catalogue/", StringComparison.Ordinal) => EntryId,
            _ when page.StartsWith("/Admin/Appeals/", StringComparison.Ordinal) => CaseId,
            _ when page.StartsWith("/Admin/NormativeDocuments/", StringComparison.Ordinal) => DocumentId,
            _ => null,
        };

        /// <summary>Every query parameter an admin page reads, pointing at the first agency's records.</summary>
        public string Query(bool agencyAsCode) =>
            $"agency={(agencyAsCode ? AgencyCode : AgencyId.ToString())}&year=2025&subject={RequestId}&user={AccountId}&noticeId={NoticeId}&format=docx" +
            $"&attachmentId={Guid.Empty}&kind=CorrectionRequest&id={RequestId}&q={Uri.EscapeDataString(TrackingNumber)}&text={Uri.EscapeDataString(TrackingNumber)}&table=一&row=1&col=1";
    }
}
