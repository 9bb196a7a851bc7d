using System.Text.Json;

namespace Gongkai.Cli.Tests;

/// <summary>The <c>gongkai deadline</c> contract, run as a real process.</summary>
public sealed class DeadlineCommandTests : IDisposable
{
    private readonly GongkaiProcess _gongkai = new();

    public void Dispose() => _gongkai.Dispose();

    public static TheoryData<string, string, string> ReadmeExamples => new()
    {
        { "national-day.json", "2024-09-27", "2024-10-30" },
        { "correction-then-extension.json", "2025-03-03", "2025-04-22" },
        { "third-party-consultation.json", "2025-06-10", "2025-07-21" },
    };

    [Theory]
    [MemberData(nameof(ReadmeExamples))]
    public async Task Deadline_ReadmeExample_AnswersTheDocumentedDueDate(string example, string receivedOn, string dueOn)
    {
        var file = Path.Combine(GongkaiProcess.RepositoryRoot, "docs", "examples", "deadline", example);

        var (exit, output, error) = await _gongkai.RunAsync(null, "deadline", "--scenario", file);

        Assert.True(exit == 0, error);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(receivedOn, json.RootElement.GetProperty("receivedOn").GetString());
        Assert.Equal(dueOn, json.RootElement.GetProperty("dueOn").GetString());
        Assert.NotEmpty(json.RootElement.GetProperty("steps").EnumerateArray());
        Assert.Empty(json.RootElement.GetProperty("warnings").EnumerateArray());
        Assert.Contains($"deadline --scenario docs/examples/deadline/{example}", await File.ReadAllTextAsync(Path.Combine(GongkaiProcess.RepositoryRoot, "README.md")));
    }

    [Fact]
    public async Task Deadline_FeeLapseExample_EndsTheRequestWithoutDueDate()
    {
        var file = Path.Combine(GongkaiProcess.RepositoryRoot, "docs", "examples", "deadline", "fee-lapse.json");

        var (exit, output, _) = await _gongkai.RunAsync(null, "deadline", "--scenario", file);

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("dueOn").ValueKind);
        Assert.Equal("ended", json.RootElement.GetProperty("state").GetString());
        Assert.Equal("2025-12-05", json.RootElement.GetProperty("endedOn").GetString());
        Assert.Equal("OtherFeeLapsed", json.RootElement.GetProperty("outcome").GetString());
    }

    [Fact]
    public async Task Deadline_ScenarioOnStandardInput_PrintsTheProofAsText()
    {
        var (exit, output, _) = await _gongkai.RunAsync("""{"channel":"in-person","submittedOn":"2024-09-27"}""", "deadline", "--format", "text");

        Assert.Equal(0, exit);
        Assert.Contains("答复期限：2024年10月30日（星期三）", output);
        Assert.Contains("第三十一条第（一）项", output);
        Assert.Contains("国庆节放假10月1日至10月7日", output);
    }

    [Fact]
    public async Task Deadline_YearWithoutNotice_WarnsInTheOutput()
    {
        var (exit, output, _) = await _gongkai.RunAsync("""{"channel":"in-person","submittedOn":"2027-03-01"}""", "deadline");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        Assert.Contains(json.RootElement.GetProperty("warnings").EnumerateArray(), w => w.GetString()!.Contains("2027年"));
    }

    [Theory]
    [InlineData("""{"channel":"in-person","submittedOn":"2024-09-27","events":[{"kind":"appealed","on":"2024-10-01"}]}""", "events[0].kind")]
    [InlineData("""{"channel":"in-person","submittedOn":"2024-13-01"}""", "submittedOn")]
    [InlineData("""{"channel":"pigeon","submittedOn":"2024-09-27"}""", "channel")]
    [InlineData("""{"channel":"in-person","submittedOn":"2024-09-27","events":[{"kind":"consultationStarted","on":"2024-10-10"},{"kind":"consultationEnded","on":"2024-10-09"}]}""", "先后")]
    [InlineData("""{"channel":"in-person","submittedOn":"2024-09-27","events":[{"kind":"extensionApproved","on":"2024-10-10","workingDays":15},{"kind":"extensionApproved","on":"2024-10-11","workingDays":10}]}""", "20个工作日")]
    [InlineData("""{"channel":"in-person","submittedOn":"2024-09-27","events":[{"kind":"extensionApproved","on":"2024-10-10","workingDays":21}]}""", "20个工作日")]
    [InlineData("""{"channel":"in-person","submittedOn":"2024-09-27","extra":1}""", "extra")]
    [InlineData("""{"channel":"in-person",""", "JSON")]
    public async Task Deadline_BadInput_ExitsWithCode2AndOneLineNamingTheProblem(string scenario, string named)
    {
        var (exit, output, error) = await _gongkai.RunAsync(scenario, "deadline");

        Assert.Equal(2, exit);
        Assert.Empty(output);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(named, line);
    }

    [Fact]
    public async Task Deadline_MissingScenarioFile_ExitsWithCode2()
    {
        var (exit, _, error) = await _gongkai.RunAsync(null, "deadline", "--scenario", "no-such-file.json");

        Assert.Equal(2, exit);
        Assert.Contains("no-such-file.json", error);
    }

    [Fact]
    public async Task Gongkai_UnknownOption_ExitsWithCode2()
    {
        var (exit, _, error) = await _gongkai.RunAsync(null, "deadline", "--formt", "text");

        Assert.Equal(2, exit);
        Assert.Contains("--formt", error);
    }
}
