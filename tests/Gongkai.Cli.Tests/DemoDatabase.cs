namespace Gongkai.Cli.Tests;

/// <summary>
/// One database with the demo data per test run: the first test that needs it runs <c>gongkai demo</c> once into a
/// template file (several seconds); every test then starts from its own copy (<see cref="GongkaiProcess.UseDemoDatabaseAsync"/>).
/// The demo is placed on <see cref="TestClock.Today"/> (<c>--today</c>), so its last published year does not move with the wall clock.
/// </summary>
internal static class DemoDatabase
{
    private static readonly Lazy<Task<string>> Template = new(PrepareAsync, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The template file (ready: the demo process has exited).</summary>
    public static Task<string> FileAsync() => Template.Value;

    private static async Task<string> PrepareAsync()
    {
        var gongkai = new GongkaiProcess();
        var (exit, output, error) = await gongkai.RunAsync(null, "demo", "--today", TestClock.Day(0));
        if (exit != 0)
        {
            throw new InvalidOperationException($"gongkai demo failed ({exit}): {output} {error}");
        }

        AppDomain.CurrentDomain.ProcessExit += (_, _) => gongkai.Dispose();
        return gongkai.DatabaseFile;
    }
}
