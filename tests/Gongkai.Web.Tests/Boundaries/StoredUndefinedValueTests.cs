using System.Net;
using Gongkai.Data;
using Gongkai.Data.Officers;
using Gongkai.Domain.AnnualReports.Generation;
using Gongkai.Web.Tests.Admin;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Web.Tests.Boundaries;

/// <summary>
/// Issue 12, finding 3 (records from before the fix): a request stored with applicant kind 99 — written directly in
/// the database, as the old portal did — neither breaks the officer's request page nor the annual-report draft: both
/// show it as needing correction. Its own back office, because the row is changed.
/// </summary>
public sealed class StoredUndefinedValueTests(BackOfficeFactory factory) : IClassFixture<BackOfficeFactory>
{
    [Fact]
    public async Task RequestWithUndefinedApplicantKind_RequestPageAndReportDraftShowItAsNeedingCorrection()
    {
        var (id, trackingNumber, agencyCode) = await PoisonOneRequestAsync(2025);
        var client = await factory.SignedInClientAsync(await factory.CreateOfficerAsync(agencyCode, OfficerRole.Officer, OfficerRole.Approver));

        var requestPage = await client.GetAsync($"/Admin/Requests/{id}");
        var start = await BackOfficeFactory.PostFormAsync(client, $"/Admin/Reports?agency={agencyCode}&year=2025",
            $"/Admin/Reports?handler=Start&agency={agencyCode}&year=2025", new Dictionary<string, string>());
        var draft = await client.GetAsync($"/Admin/Reports/Draft?agency={agencyCode}&year=2025");
        var draftHtml = await draft.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, requestPage.StatusCode);
        Assert.Contains("申请人类型无效（99），需更正", await requestPage.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(start.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.OK, start.StatusCode.ToString());
        Assert.Equal(HttpStatusCode.OK, draft.StatusCode);
        Assert.Contains(trackingNumber, draftHtml, StringComparison.Ordinal);
        Assert.Contains(AnnualReportGenerator.RequestNeedsCorrectionRuleId, draftHtml, StringComparison.Ordinal);
    }

    private async Task<(Guid Id, string TrackingNumber, string AgencyCode)> PoisonOneRequestAsync(int year)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<GongkaiDbContext>();
        var requests = await db.DisclosureRequests.AsNoTracking().ToListAsync();
        var request = requests.First(r => r.SubmittedOn.Year == year);
        var agency = await db.Agencies.AsNoTracking().SingleAsync(a => a.Id == request.AgencyId);
        var changed = await db.Database.ExecuteSqlRawAsync("UPDATE \"DisclosureRequests\" SET \"ApplicantKind\" = '99' WHERE \"Id\" = {0}", request.Id);
        Assert.Equal(1, changed);
        return (request.Id, request.TrackingNumber, agency.Code);
    }
}
