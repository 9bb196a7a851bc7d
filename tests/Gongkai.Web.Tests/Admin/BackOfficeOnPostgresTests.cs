using System.Net;
using Gongkai.Data;
using Gongkai.Data.Tests;
using Gongkai.Domain.Calendar;
using Gongkai.Data.Calendar;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Web.Tests.Admin;

/// <summary>The back office on PostgreSQL with the demo data (skipped without <c>GONGKAI_TEST_POSTGRES</c>).</summary>
public sealed class PostgresBackOfficeFactory : BackOfficeFactory
{
    /// <inheritdoc />
    protected override bool OnPostgres => TestDatabase.PostgresConnectionString is not null;
}

/// <summary>
/// Issue 15: /Admin and /Admin/Requests answered 500 on PostgreSQL because request events came back in the engine's
/// order, not the recorded one. These pages read every demo request (hundreds of multi-event logs) back on PostgreSQL.
/// </summary>
public sealed class BackOfficeOnPostgresTests(PostgresBackOfficeFactory factory) : IClassFixture<PostgresBackOfficeFactory>
{
    [PostgresConfiguredFact]
    public async Task AdminPages_DemoDataOnPostgres_Answer200()
    {
        var admin = await factory.SignedInClientAsync("admin", BackOfficeFactory.AdminPassword);

        foreach (var path in new[] { "/Admin", "/Admin/Requests", "/Admin/Requests?View=All", "/Admin/Requests?View=ToArchive", "/Admin/Reports?agency=XN&year=2025" })
        {
            var response = await admin.GetAsync(path);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode}");
        }
    }

    [PostgresConfiguredFact]
    public async Task DemoRequests_ReadBackOnPostgres_HaveEventsInRecordedOrderAndLegalDates()
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<GongkaiDbContext>();
        Assert.True(db.Database.IsNpgsql());
        var clock = new StatutoryClock(await new CalendarStore(db, TimeProvider.System).LoadAsync());

        var requests = await db.DisclosureRequests.AsNoTracking().ToListAsync();
        var multi = requests.Where(r => r.Events.Count >= 3).ToList();
        Assert.True(multi.Count >= 50, $"only {multi.Count} demo requests with three events or more");
        Assert.All(multi, r =>
        {
            Assert.Equal(Enumerable.Range(1, r.Events.Count), r.Events.Select(e => e.Sequence));
            Assert.True(r.Events.Zip(r.Events.Skip(1)).All(p => p.First.LegalDate <= p.Second.LegalDate), r.TrackingNumber);
            _ = r.Deadline(clock);
        });

        var admin = await factory.SignedInClientAsync("admin", BackOfficeFactory.AdminPassword);
        foreach (var request in multi.Take(5))
        {
            var response = await admin.GetAsync($"/Admin/Requests/{request.Id}");
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{request.TrackingNumber}: {(int)response.StatusCode}");
        }
    }
}
