using System.Data.Common;
using Gongkai.Data;
using Gongkai.Web.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Web.Tests;

/// <summary>The applicant's look-up (<see cref="RequestTracking"/>) on the demo's requests.</summary>
[Collection(PortalCollection.Name)]
public sealed class RequestTrackingTests(PortalFactory factory)
{
    /// <summary>Counts the SQL commands a context sends.</summary>
    private sealed class CommandCounter : DbCommandInterceptor
    {
        public int Commands;

        public override DbCommand CommandCreated(CommandEndEventData eventData, DbCommand result)
        {
            Interlocked.Increment(ref Commands);
            return result;
        }
    }

    private (GongkaiDbContext Db, CommandCounter Counter) CountingContext(IServiceProvider services)
    {
        var db = services.GetRequiredService<GongkaiDbContext>();
        var settings = new DatabaseSettings(db.Database.IsNpgsql() ? DatabaseProvider.Postgres : DatabaseProvider.Sqlite, db.Database.GetConnectionString()!);
        var counter = new CommandCounter();
        var options = new DbContextOptionsBuilder<GongkaiDbContext>();
        options.UseGongkaiDatabase(settings).AddInterceptors(counter);
        return (new GongkaiDbContext(options.Options), counter);
    }

    [Fact]
    public async Task Find_RightCodeOnARequestWithSeveralEvents_IsOneStatementWithEveryStepInOrder()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var reference = scope.ServiceProvider.GetRequiredService<GongkaiDbContext>();
        var request = await reference.DisclosureRequests.AsNoTracking().Where(r => r.Events.Count >= 3).OrderBy(r => r.TrackingNumber).FirstAsync();
        var agencyName = await reference.Agencies.Where(a => a.Id == request.AgencyId).Select(a => a.Name).SingleAsync();
        var codes = factory.Services.GetRequiredService<AccessCodes>();
        var (db, counter) = CountingContext(scope.ServiceProvider);
        await using var _ = db;
        var tracking = new RequestTracking(db, codes, factory.Time);
        await tracking.FindAsync(request.TrackingNumber, codes.CodeFor(request.TrackingNumber));
        counter.Commands = 0;

        var tracked = await tracking.FindAsync(request.TrackingNumber, codes.CodeFor(request.TrackingNumber));

        Assert.Equal(1, counter.Commands);
        Assert.NotNull(tracked);
        Assert.Equal(agencyName, tracked.AgencyName);
        Assert.Equal(request.Events.Select(e => e.Kind.ToString()), tracked.Steps.Select(s => s.Kind));
        Assert.Equal(request.Events.Select(e => e.LegalDate), tracked.Steps.Select(s => s.On));
    }

    [Fact]
    public async Task Find_WrongCode_SendsNoStatement()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var number = await scope.ServiceProvider.GetRequiredService<GongkaiDbContext>().DisclosureRequests.Select(r => r.TrackingNumber).OrderBy(n => n).FirstAsync();
        var (db, counter) = CountingContext(scope.ServiceProvider);
        await using var _ = db;

        var tracked = await new RequestTracking(db, factory.Services.GetRequiredService<AccessCodes>(), factory.Time).FindAsync(number, "ZZZZZZZZZZ");

        Assert.Null(tracked);
        Assert.Equal(0, counter.Commands);
    }
}
