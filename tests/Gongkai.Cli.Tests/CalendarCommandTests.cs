namespace Gongkai.Cli.Tests;

/// <summary><c>gongkai calendar</c>: a new year's notice is data, imported and exported without code changes.</summary>
public sealed class CalendarCommandTests : IDisposable
{
    private readonly GongkaiProcess _gongkai = new();

    public void Dispose() => _gongkai.Dispose();

    [Fact]
    public async Task CalendarImport_HypotheticalNextYearNotice_RemovesTheWarning()
    {
        // Hypothetical 2027 notice, for this test only.
        var notice = Path.Combine(_gongkai.Folder, "2027.csv");
        await File.WriteAllTextAsync(notice, "date,kind,holiday,year_notice\n2027-01-01,off,元旦,2027\n");
        var scenario = """{"channel":"in-person","submittedOn":"2026-12-21"}""";
        var (_, before, _) = await _gongkai.RunAsync(scenario, "deadline");

        var (importExit, importOutput, importError) = await _gongkai.RunAsync(null, "calendar", "import", notice, "--source", "测试用假想通知");
        var (_, after, _) = await _gongkai.RunAsync(scenario, "deadline");

        Assert.Contains("2027年", before);
        Assert.True(importExit == 0, importError);
        Assert.Contains("2027年", importOutput);
        Assert.DoesNotContain("2027年的国务院办公厅", after);
        Assert.Contains("\"dueOn\": \"2027-01-19\"", after);
    }

    [Fact]
    public async Task CalendarExport_Default_IsTheShippedTable()
    {
        var file = Path.Combine(_gongkai.Folder, "export.csv");

        var (exit, _, _) = await _gongkai.RunAsync(null, "calendar", "export", "--out", file);

        Assert.Equal(0, exit);
        var shipped = await File.ReadAllTextAsync(Path.Combine(GongkaiProcess.RepositoryRoot, "src", "Gongkai.Domain", "Calendar", "Data", "cn-holidays.csv"));
        Assert.Equal(shipped.ReplaceLineEndings("\n").TrimEnd(), (await File.ReadAllTextAsync(file)).TrimEnd());
    }

    [Fact]
    public async Task CalendarImport_WeekdayMarkedAsWorkday_ExitsWithCode2NamingTheLine()
    {
        var notice = Path.Combine(_gongkai.Folder, "bad.csv");
        await File.WriteAllTextAsync(notice, "date,kind,holiday,year_notice\n2027-01-01,off,元旦,2027\n2027-02-03,workday,春节,2027\n");

        var (exit, _, error) = await _gongkai.RunAsync(null, "calendar", "import", notice);
        var (_, notices, _) = await _gongkai.RunAsync(null, "calendar", "notices");

        Assert.Equal(2, exit);
        Assert.Contains("第3行", error);
        Assert.DoesNotContain("2027年", notices);
    }
}
