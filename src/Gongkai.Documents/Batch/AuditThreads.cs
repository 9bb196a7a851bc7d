namespace Gongkai.Documents.Batch;

/// <summary>
/// Runs audits on dedicated threads with a large, bounded stack (<see cref="StackBytes"/>), at most
/// <see cref="Concurrency"/> at a time. The pre-scans (<see cref="Guards.ReadingLimits"/>) keep every reader's
/// recursion shallow; this is the second wall: whatever a reader does within those limits runs with 16 MB of stack —
/// measured: a DOCX at the nesting limit needs under 256 KB — and never on a request or thread-pool thread.
/// See docs/decisions/0006-audit-isolation.md.
/// </summary>
public sealed class AuditThreads
{
    /// <summary>The stack of an audit thread: 16 MB (the main thread has 8 MB, thread-pool threads 1.5 MB).</summary>
    public const int StackBytes = 16 * 1024 * 1024;

    private readonly SemaphoreSlim _slots;

    /// <summary>Audit threads, at most <paramref name="concurrency"/> at once (default: one per core).</summary>
    public AuditThreads(int? concurrency = null)
    {
        Concurrency = Math.Max(1, concurrency ?? Environment.ProcessorCount);
        _slots = new SemaphoreSlim(Concurrency, Concurrency);
    }

    /// <summary>How many audits run at once.</summary>
    public int Concurrency { get; }

    /// <summary>Runs <paramref name="work"/> on its own audit thread once a slot is free.</summary>
    public async Task<T> RunAsync<T>(Func<T> work, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(work);
        await _slots.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var done = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
            var thread = new Thread(() =>
            {
                try
                {
                    done.SetResult(work());
                }
                catch (Exception e)
                {
                    done.SetException(e);
                }
            }, StackBytes)
            {
                IsBackground = true,
                Name = "gongkai-audit",
            };
            thread.Start();
            return await done.Task.ConfigureAwait(false);
        }
        finally
        {
            _slots.Release();
        }
    }
}
