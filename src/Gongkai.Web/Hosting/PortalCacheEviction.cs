using System.Data.Common;
using System.Runtime.CompilerServices;
using Gongkai.Domain.Agencies;
using Gongkai.Domain.AnnualReports.Publishing;
using Gongkai.Domain.Catalogue;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Gongkai.Web.Hosting;

/// <summary>
/// Evicts the cached portal pages (<see cref="PortalOutputCache"/>) that a committed change makes stale, whatever
/// page or service made it: a catalogue entry published, revised, withdrawn, its attachments changed, or entries
/// imported (tag <c>catalogue</c>); an annual report published or corrected, typed in or imported (a new
/// <see cref="AnnualReportVersion"/>: tag <c>reports</c>); an agency or a guide changed (every page: tag
/// <c>portal</c>). The tags are gathered when SaveChanges starts and evicted once the data is committed — after
/// SaveChanges, or after the caller's own transaction commits — so a page rendered after the eviction reads the new
/// data. Writes that bypass the change tracker (the bulk catalogue insert) call <see cref="EvictAsync"/> themselves.
/// One per process (the contexts are pooled): the tags waiting for a commit are kept per context. The CLI runs in its
/// own process and cannot evict: its writes show within the lifetime.
/// </summary>
public sealed class PortalCacheEviction(IOutputCacheStore store, ILogger<PortalCacheEviction> logger) : ISaveChangesInterceptor, IDbTransactionInterceptor
{
    /// <summary>The tags each context has gathered and not yet evicted (a context is used by one request at a time).</summary>
    private readonly ConditionalWeakTable<DbContext, HashSet<string>> _pending = new();

    /// <summary>Evicts the pages of the tags now (writes made outside the change tracker).</summary>
    public async Task EvictAsync(IEnumerable<string> tags, CancellationToken cancellationToken = default)
    {
        foreach (var tag in tags)
        {
            try
            {
                await store.EvictByTagAsync(tag, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The data is committed; a cache that cannot be reached serves stale pages at most for the lifetime.
                logger.LogWarning(e, "Output cache eviction of tag {Tag} failed", tag);
            }
        }
    }

    /// <inheritdoc />
    public InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Gather(eventData.Context);
        return result;
    }

    /// <inheritdoc />
    public ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Gather(eventData.Context);
        return ValueTask.FromResult(result);
    }

    /// <inheritdoc />
    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (eventData.Context?.Database.CurrentTransaction is null)
        {
            EvictPendingAsync(eventData.Context, CancellationToken.None).GetAwaiter().GetResult();
        }

        return result;
    }

    /// <inheritdoc />
    public async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context?.Database.CurrentTransaction is null)
        {
            await EvictPendingAsync(eventData.Context, CancellationToken.None);
        }

        return result;
    }

    /// <inheritdoc />
    public void SaveChangesFailed(DbContextErrorEventData eventData)
    {
        if (eventData.Context?.Database.CurrentTransaction is null)
        {
            Forget(eventData.Context);
        }
    }

    /// <inheritdoc />
    public Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        SaveChangesFailed(eventData);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) =>
        EvictPendingAsync(eventData.Context, CancellationToken.None).GetAwaiter().GetResult();

    /// <inheritdoc />
    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default) =>
        EvictPendingAsync(eventData.Context, CancellationToken.None);

    /// <inheritdoc />
    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Forget(eventData.Context);

    /// <inheritdoc />
    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    private void Gather(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && TagOf(entry.Entity) is { } tag)
            {
                _pending.GetOrCreateValue(context).Add(tag);
            }
        }
    }

    private static string? TagOf(object entity) => entity switch
    {
        CatalogueEntry or CatalogueAttachment or CatalogueAttachmentFile => PortalOutputCache.CatalogueTag,
        AnnualReportVersion => PortalOutputCache.ReportsTag,
        Agency or DisclosureGuide => PortalOutputCache.PortalTag,
        _ => null,
    };

    private void Forget(DbContext? context)
    {
        if (context is not null)
        {
            _pending.Remove(context);
        }
    }

    private async Task EvictPendingAsync(DbContext? context, CancellationToken cancellationToken)
    {
        if (context is null || !_pending.TryGetValue(context, out var pending))
        {
            return;
        }

        _pending.Remove(context);
        await EvictAsync(pending, cancellationToken);
    }
}
