using System.Text.Json;

namespace Gongkai.Cli.Tests;

/// <summary>`gongkai audit`, run as a supervisor runs it over published reports.</summary>
public sealed class AuditCommandTests : IDisposable
{
    private readonly GongkaiProcess _gongkai = new();

    [SeedFact]
    public async Task Audit_XiningSeed_ListsNarrativeTableDisagreementsWithEvidence()
    {
        var (exit, output, _) = await _gongkai.RunAsync(null, "audit", SeedFolder.File("001"));

        Assert.Equal(0, exit);
        Assert.Contains("年度：2017", output, StringComparison.Ordinal);
        Assert.Contains("narrative.matches-table", output, StringComparison.Ordinal);
        Assert.Contains("第146行“54162”", output, StringComparison.Ordinal);
    }

    [SeedFact]
    public async Task Audit_FolderAsJson_GivesSummaryAndEveryReport()
    {
        var (exit, output, _) = await _gongkai.RunAsync(null, "audit", SeedFolder.Path, "--format", "json");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(5, json.RootElement.GetProperty("summary").GetArrayLength());
        var reports = json.RootElement.GetProperty("reports").EnumerateArray().ToArray();
        Assert.Equal(5, reports.Length);
        Assert.All(reports, r => Assert.True(r.TryGetProperty("cells", out _) && r.TryGetProperty("claims", out _) && r.TryGetProperty("findings", out _)));
    }

    [Fact]
    public async Task Audit_GeneratedReportHtml_ReadsBackWithoutErrors()
    {
        await _gongkai.UseDemoDatabaseAsync();
        var file = Path.Combine(_gongkai.Folder, "bl2025.html");
        await _gongkai.RunAsync(null, "report", "--agency", "博乐市人民政府", "--year", "2025", "--format", "html", "--out", file);

        var (exit, output, _) = await _gongkai.RunAsync(null, "audit", file, "--format", "json");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(2025, json.RootElement.GetProperty("year").GetInt32());
        Assert.DoesNotContain(json.RootElement.GetProperty("findings").EnumerateArray(), f => f.GetProperty("severity").GetString() == "Error");
        Assert.True(json.RootElement.GetProperty("cells").GetArrayLength() > 150);
    }

    [Fact]
    public async Task Audit_BinaryFile_FindingNotCrash()
    {
        var file = Path.Combine(_gongkai.Folder, "garbage.docx");
        await File.WriteAllBytesAsync(file, Enumerable.Range(0, 5000).Select(i => (byte)(i * 37)).ToArray());

        var (exit, output, error) = await _gongkai.RunAsync(null, "audit", file);

        Assert.Equal(0, exit);
        Assert.Empty(error);
        Assert.Contains("[", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("audit")]
    [InlineData("audit", "/no/such/report.txt")]
    [InlineData("audit", "--format", "xml", "x.txt")]
    public async Task Audit_BadArguments_ExitsTwo(params string[] args)
    {
        var (exit, _, error) = await _gongkai.RunAsync(null, args);

        Assert.Equal(2, exit);
        Assert.Contains("错误", error, StringComparison.Ordinal);
    }

    public void Dispose() => _gongkai.Dispose();
}
