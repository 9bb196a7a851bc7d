using Gongkai.Data.Cluster;
using Gongkai.Data.Reminders;
using Microsoft.Extensions.Time.Testing;

namespace Gongkai.Data.Tests.Cluster;

/// <summary>The job leases and digest deliveries of a cluster of web nodes (docs/decisions/0008-cluster-state.md), on every engine.</summary>
public sealed class JobLeasingTests
{
    private const string Job = "daily-digest";

    [Theory]
    [DatabaseEngines]
    public async Task TryAcquire_ManyNodesAtOnce_ExactlyOneGetsTheLease(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var time = new FakeTimeProvider(TestClock.Start);
        await using (var db = database.NewContext())
        {
            await GongkaiDatabase.PrepareAsync(db, time);
        }

        var results = await Task.WhenAll(Enumerable.Range(1, 8).Select(async node =>
        {
            await using var db = database.NewContext();
            return await new JobLeasing(db, time).TryAcquireAsync(Job, $"node-{node}", TimeSpan.FromMinutes(30));
        }));

        Assert.Single(results, r => r);
    }

    [Theory]
    [DatabaseEngines]
    public async Task TryAcquire_HeldByAnother_RefusedUntilExpiredOrReleased(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var time = new FakeTimeProvider(TestClock.Start);
        await using var db = database.NewContext();
        await GongkaiDatabase.PrepareAsync(db, time);
        var leasing = new JobLeasing(db, time);

        Assert.True(await leasing.TryAcquireAsync(Job, "a", TimeSpan.FromMinutes(30)));
        Assert.False(await leasing.TryAcquireAsync(Job, "b", TimeSpan.FromMinutes(30)));
        Assert.True(await leasing.TryAcquireAsync(Job, "a", TimeSpan.FromMinutes(30)));
        Assert.Equal("a", await leasing.HolderAsync(Job));

        time.Advance(TimeSpan.FromMinutes(31));
        Assert.Null(await leasing.HolderAsync(Job));
        Assert.True(await leasing.TryAcquireAsync(Job, "b", TimeSpan.FromMinutes(30)));
        Assert.False(await leasing.TryAcquireAsync(Job, "a", TimeSpan.FromMinutes(30)));

        await leasing.ReleaseAsync(Job, "a");
        Assert.Equal("b", await leasing.HolderAsync(Job));
        await leasing.ReleaseAsync(Job, "b");
        Assert.True(await leasing.TryAcquireAsync(Job, "a", TimeSpan.FromMinutes(30)));
    }

    [Theory]
    [DatabaseEngines]
    public async Task DigestDelivery_ClaimedTwiceTheSameDay_SecondClaimRefused(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var time = new FakeTimeProvider(TestClock.Start);
        await using var db = database.NewContext();
        await GongkaiDatabase.PrepareAsync(db, time);
        var log = new DigestDeliveryLog(db, time);
        var account = Guid.NewGuid();
        var today = TestClock.Today;

        Assert.True(await log.TryClaimAsync(today, account, "a"));
        Assert.False(await log.TryClaimAsync(today, account, "b"));
        Assert.True(await log.TryClaimAsync(today.AddDays(1), account, "b"));

        await log.ReleaseAsync(today, account, "a");
        Assert.True(await log.TryClaimAsync(today, account, "b"));

        Assert.Equal(0, await log.PruneAsync(today));
        Assert.Equal(2, await log.PruneAsync(today.AddDays(DigestDeliveryLog.KeptDays + 2)));
    }
}
