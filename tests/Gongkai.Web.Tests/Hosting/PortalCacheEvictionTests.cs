using Gongkai.Data;
using Gongkai.Data.Tests;
using Gongkai.Domain.Agencies;
using Gongkai.Web.Hosting;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace Gongkai.Web.Tests.Hosting;

/// <summary>
/// <see cref="PortalCacheEviction"/> is one interceptor shared by every pooled context of a node: the tags one
/// context gathers are evicted when that context's data commits, and another context's rollback neither drops them nor
/// evicts its own.
/// </summary>
public sealed class PortalCacheEvictionTests
{
    /// <summary>Records the tags evicted.</summary>
    private sealed class RecordingStore : IOutputCacheStore
    {
        public List<string> Evicted { get; } = [];

        public ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken)
        {
            lock (Evicted)
            {
                Evicted.Add(tag);
            }

            return ValueTask.CompletedTask;
        }

        public ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken) => ValueTask.FromResult<byte[]?>(null);

        public ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken) => ValueTask.CompletedTask;
    }

    private static GongkaiDbContext Context(TestDatabase database, PortalCacheEviction eviction)
    {
        var options = new DbContextOptionsBuilder<GongkaiDbContext>();
        options.UseGongkaiDatabase(database.Settings).AddInterceptors(eviction);
        return new GongkaiDbContext(options.Options);
    }

    [Fact]
    public async Task Eviction_TwoContextsOneRollsBack_OnlyTheCommittedContextsTagIsEvicted()
    {
        // Two database files, so the two open write transactions do not wait for each other's lock (SQLite has one
        // writer); the interceptor is the same instance, as for the pooled contexts of one node.
        await using var first = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var second = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var store = new RecordingStore();
        var eviction = new PortalCacheEviction(store, NullLogger<PortalCacheEviction>.Instance);
        await using var committing = Context(first, eviction);
        await using var rollingBack = Context(second, eviction);
        await GongkaiDatabase.PrepareAsync(committing, TimeProvider.System);
        await GongkaiDatabase.PrepareAsync(rollingBack, TimeProvider.System);

        // Both gather the portal tag inside their own transactions; the second rolls back first.
        await using (var kept = await committing.Database.BeginTransactionAsync())
        {
            committing.Agencies.Add(new Agency(Guid.NewGuid(), "K", "保留机关", AgencyKind.Government, null));
            await committing.SaveChangesAsync();
            Assert.Empty(store.Evicted);

            await using (var dropped = await rollingBack.Database.BeginTransactionAsync())
            {
                rollingBack.Agencies.Add(new Agency(Guid.NewGuid(), "D", "回滚机关", AgencyKind.Government, null));
                await rollingBack.SaveChangesAsync();
                await dropped.RollbackAsync();
            }

            Assert.Empty(store.Evicted);
            await kept.CommitAsync();
        }

        Assert.Equal([PortalOutputCache.PortalTag], store.Evicted);

        // Nothing is left over for the rolled-back context: its next save without a change to the portal evicts nothing.
        rollingBack.ChangeTracker.Clear();
        await rollingBack.SaveChangesAsync();
        Assert.Single(store.Evicted);
    }
}
