namespace Gongkai.Cli.Tests;

/// <summary><c>gongkai demo --today</c> (docs/decisions/0011-demo-relative-to-today.md), run as the user runs it.</summary>
public sealed class DemoCommandTests : IDisposable
{
    private readonly GongkaiProcess _first = new();
    private readonly GongkaiProcess _second = new();

    public void Dispose()
    {
        _first.Dispose();
        _second.Dispose();
    }

    [Fact]
    public async Task Demo_SameTodayInTwoDatabases_SameDraftYearReport_LastYearPublished()
    {
        var (exit, output, error) = await _first.RunAsync(null, "demo", "--today", "2026-03-02");
        var (secondExit, _, _) = await _second.RunAsync(null, "demo", "--today", "2026-03-02");

        Assert.True(exit == 0, error);
        Assert.Equal(0, secondExit);
        Assert.Contains("今天为 2026-03-02", output, StringComparison.Ordinal);
        Assert.Contains("发布年度报告 10 份", output, StringComparison.Ordinal);
        var first = await _first.RunAsync(null, "report", "--agency", "西宁市人民政府", "--year", "2026");
        var second = await _second.RunAsync(null, "report", "--agency", "西宁市人民政府", "--year", "2026");
        Assert.Equal(0, first.ExitCode);
        Assert.Equal(first.Output, second.Output);
        Assert.Equal(0, (await _first.RunAsync(null, "report", "--agency", "西宁市人民政府", "--year", "2025")).ExitCode);
    }

    [Theory]
    [InlineData("2026-02-30")]
    [InlineData("2026/03/02")]
    public async Task Demo_BadToday_Exit2NamingTheOption(string today)
    {
        var (exit, _, error) = await _first.RunAsync(null, "demo", "--today", today);

        Assert.Equal(2, exit);
        Assert.Contains("--today", error, StringComparison.Ordinal);
    }
}
