using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Tests;

/// <summary>
/// The shape of the house (issue 13) kept by tests, so it does not drift back: a short <c>Program.cs</c>, small page
/// models (the rules live in Domain or an operation class), switches over <c>ReportFormat</c> the compiler can check,
/// and the newcomer's documents present and complete.
/// </summary>
public sealed partial class HouseShapeTests
{
    private const int MaxProgramLines = 40;
    private const int MaxHandlersPerPageModel = 6;

    private static string Root => RepositoryRoot.Path;

    [Fact]
    public void Program_WebHost_ReadsAsATableOfContents()
    {
        var lines = File.ReadAllLines(Path.Combine(Root, "src", "Gongkai.Web", "Program.cs"));

        Assert.True(lines.Length <= MaxProgramLines, $"Program.cs 有 {lines.Length} 行，上限 {MaxProgramLines} 行：把功能的注册放进 Add{{Feature}}。");
    }

    [Fact]
    public void PageModels_EveryPage_HoldAtMostSixHandlers()
    {
        var pageModels = typeof(Program).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(PageModel).IsAssignableFrom(t))
            .ToArray();

        var tooLarge = pageModels
            .Select(t => (Type: t, Handlers: t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly).Count(IsHandler)))
            .Where(p => p.Handlers > MaxHandlersPerPageModel)
            .Select(p => $"{p.Type.FullName}: {p.Handlers}")
            .ToArray();

        Assert.NotEmpty(pageModels);
        Assert.True(tooLarge.Length == 0, "处理方法过多的页面模型（把动作放进操作类或拆分页面）：" + string.Join(", ", tooLarge));
    }

    [Fact]
    public void ReportFormatSwitches_AllSources_HaveNoCatchAllArm()
    {
        var offenders = new List<string>();
        var switches = 0;
        foreach (var file in SourceFiles())
        {
            var text = File.ReadAllText(file);
            foreach (var (line, body) in SwitchBodies(text))
            {
                if (!ReportFormatArm().IsMatch(body))
                {
                    continue;
                }

                switches++;
                if (CatchAllArm().IsMatch(body))
                {
                    offenders.Add($"{Path.GetRelativePath(Root, file)}:{line}");
                }
            }
        }

        Assert.True(switches > 5, $"only {switches} switches over ReportFormat found: the scan is broken");
        Assert.True(offenders.Count == 0, "ReportFormat 的 switch 不得有兜底分支（新格式须由编译器指出每一处）：" + string.Join(", ", offenders));
    }

    [Theory]
    [InlineData("docs/extending.md")]
    [InlineData("docs/glossary.md")]
    public void NewcomerDocuments_Repository_Exist(string path)
    {
        var file = Path.Combine(Root, path);

        Assert.True(File.Exists(file) && new FileInfo(file).Length > 1000, $"{path} 缺失或几乎为空");
    }

    [Fact]
    public void ReadmeLayout_EveryProjectAndFolder_IsListed()
    {
        var readme = File.ReadAllText(Path.Combine(Root, "README.md"));
        var layout = readme[readme.IndexOf("## Layout", StringComparison.Ordinal)..];
        var expected = Directory.GetDirectories(Path.Combine(Root, "src")).Select(d => "src/" + Path.GetFileName(d))
            .Concat(["tests/", "bench/", "deploy/", "docs/", ".ci/run"]);

        var missing = expected.Where(e => !layout.Contains(e, StringComparison.Ordinal)).ToArray();

        Assert.True(missing.Length == 0, "README 的 Layout 一节缺少：" + string.Join(", ", missing));
    }

    private static bool IsHandler(MethodInfo method) =>
        method.Name.StartsWith("On", StringComparison.Ordinal) && HandlerName().IsMatch(method.Name);

    private static IEnumerable<string> SourceFiles() =>
        Directory.EnumerateFiles(Path.Combine(Root, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                        && !f.Contains($"{Path.DirectorySeparatorChar}Migrations{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

    /// <summary>Each <c>switch { … }</c> of the text with its first line, nested blocks removed (only its own arms remain).</summary>
    private static IEnumerable<(int Line, string Body)> SwitchBodies(string text)
    {
        foreach (Match m in SwitchStart().Matches(text))
        {
            var start = m.Index + m.Length;
            var depth = 1;
            var own = new System.Text.StringBuilder();
            var i = start;
            for (; i < text.Length && depth > 0; i++)
            {
                var c = text[i];
                depth += c == '{' ? 1 : c == '}' ? -1 : 0;
                if (depth == 1 && c != '}')
                {
                    own.Append(c);
                }
            }

            yield return (text[..m.Index].Count(c => c == '\n') + 1, own.ToString());
        }
    }

    [GeneratedRegex(@"^On(Get|Post|Put|Delete|Patch)\w*$")]
    private static partial Regex HandlerName();

    [GeneratedRegex(@"\bswitch\b\s*(\([^()]*(\([^()]*\)[^()]*)*\))?\s*\{")]
    private static partial Regex SwitchStart();

    [GeneratedRegex(@"(^|\n)\s*(case\s+)?\(?ReportFormat\.Format\w+\s*(=>|:|or\b|,|\))")]
    private static partial Regex ReportFormatArm();

    [GeneratedRegex(@"(^|\n)\s*(_\s*=>|_\s+when\b|default\s*:)")]
    private static partial Regex CatchAllArm();
}
