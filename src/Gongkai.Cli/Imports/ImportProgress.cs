using Spectre.Console;

namespace Gongkai.Cli.Imports;

/// <summary>
/// The progress of a long import on standard error with Spectre.Console — a bar with the row count when the total is
/// known, a spinner otherwise — only when standard error is a terminal: piped or redirected output stays clean (no bar
/// without a TTY).
/// </summary>
internal sealed class ImportProgress
{
    private readonly IAnsiConsole? _console = Console.IsErrorRedirected || Environment.GetEnvironmentVariable("TERM") == "dumb"
        ? null
        : AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });

    /// <summary>Runs <paramref name="work"/>, showing <paramref name="description"/> and its progress out of <paramref name="total"/>.</summary>
    public async Task<T> RunAsync<T>(string description, int? total, Func<IProgress<int>, Task<T>> work)
    {
        if (_console is null)
        {
            return await work(new Progress<int>(_ => { }));
        }

        return await _console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask(description, maxValue: Math.Max(total ?? 1, 1));
                task.IsIndeterminate = total is null;
                var result = await work(new SynchronousProgress(n => task.Value = Math.Min(n, task.MaxValue)));
                task.Value = task.MaxValue;
                return result;
            });
    }

    private sealed class SynchronousProgress(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
    }
}
