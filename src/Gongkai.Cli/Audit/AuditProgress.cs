using Gongkai.Documents.Batch;
using Spectre.Console;

namespace Gongkai.Cli.Audit;

/// <summary>
/// Runs a batch audit with a progress bar on standard error when it is a terminal (Spectre.Console); without a
/// terminal (a pipe, CI, a file) there is no bar, only one line at the end, so redirected output stays clean.
/// </summary>
public static class AuditProgress
{
    /// <summary>Audits <paramref name="paths"/> with <paramref name="batch"/>, showing progress where it can.</summary>
    public static async Task<IReadOnlyList<AuditedFile>> RunAsync(ReportBatchAuditor batch, IReadOnlyList<string> paths, CancellationToken cancellationToken)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        if (paths.Count < 2 || !console.Profile.Capabilities.Interactive || Console.IsErrorRedirected)
        {
            var results = await batch.AuditFilesAsync(paths, null, cancellationToken);
            if (paths.Count > 1)
            {
                await Console.Error.WriteLineAsync($"已审核 {results.Count} 份报告（{batch.Concurrency} 个并行），其中 {results.Count(r => !r.WasRead)} 份无法读取。");
            }

            return results;
        }

        IReadOnlyList<AuditedFile> done = [];
        await console.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask($"审核中（{batch.Concurrency} 个并行）", maxValue: paths.Count);
                var progress = new Progress<AuditedFile>(_ => task.Increment(1));
                done = await batch.AuditFilesAsync(paths, progress, cancellationToken);
                task.Value = paths.Count;
            });
        return done;
    }
}
