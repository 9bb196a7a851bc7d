namespace Gongkai.Documents.Batch;

/// <summary>
/// Audits many report files with every core: each file on an audit thread (<see cref="AuditThreads"/>), at most one
/// per core at once, results in the order given. A file that cannot be read is a result like any other; one bad
/// file never stops the batch.
/// </summary>
public sealed class ReportBatchAuditor(ReportFileAuditor auditor, AuditThreads threads)
{
    /// <summary>How many files are audited at once.</summary>
    public int Concurrency => threads.Concurrency;

    /// <summary>Audits the files at <paramref name="paths"/>; <paramref name="progress"/> hears of each one done.</summary>
    public Task<IReadOnlyList<AuditedFile>> AuditFilesAsync(IReadOnlyList<string> paths, IProgress<AuditedFile>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        return RunAsync(paths.Select(p => (Func<AuditedFile>)(() => auditor.AuditFile(p))).ToList(), progress, cancellationToken);
    }

    /// <summary>Audits files held in memory (name and bytes).</summary>
    public Task<IReadOnlyList<AuditedFile>> AuditContentsAsync(IReadOnlyList<(string Name, byte[] Content)> files, IProgress<AuditedFile>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(files);
        return RunAsync(files.Select(f => (Func<AuditedFile>)(() => auditor.AuditFile(f.Content, f.Name))).ToList(), progress, cancellationToken);
    }

    private async Task<IReadOnlyList<AuditedFile>> RunAsync(IReadOnlyList<Func<AuditedFile>> work, IProgress<AuditedFile>? progress, CancellationToken cancellationToken)
    {
        var tasks = work.Select(async w =>
        {
            var result = await threads.RunAsync(w, cancellationToken).ConfigureAwait(false);
            progress?.Report(result);
            return result;
        }).ToList();
        return await Task.WhenAll(tasks).ConfigureAwait(false);
    }
}
