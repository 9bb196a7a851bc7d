namespace Gongkai.TestSupport;

/// <summary>
/// The published seed reports (plain text saved from government web pages, not ours to redistribute): the folder
/// named by <c>GONGKAI_SEEDS</c>, else &lt;repository root&gt;/../shared/seeds. A plain clone has neither; the tests
/// that need the seeds use <see cref="SeedFactAttribute"/> / <see cref="SeedTheoryAttribute"/> and are skipped with
/// <see cref="SkipReason"/>. CI (.ci/run) always sets the variable.
/// </summary>
public static class SeedFolder
{
    /// <summary>The environment variable naming the seed folder.</summary>
    public const string Variable = "GONGKAI_SEEDS";

    private static readonly Lazy<string> Expected = new(Locate);

    /// <summary>The folder the seeds are expected in (it may be absent).</summary>
    public static string ExpectedPath => Expected.Value;

    /// <summary>Whether the seed folder exists.</summary>
    public static bool IsPresent => Directory.Exists(Expected.Value);

    /// <summary>Why a seed test does not run, or null when the seeds are present.</summary>
    public static string? SkipReason => IsPresent
        ? null
        : $"Skipped: the published seed reports are not in {Expected.Value} (set {Variable} to the folder holding 000_*.txt … 004_*.txt; CI sets it).";

    /// <summary>The folder; throws with <see cref="SkipReason"/> when it is absent.</summary>
    public static string Path => IsPresent ? Expected.Value : throw new DirectoryNotFoundException(SkipReason);

    /// <summary>The seed file whose name starts with the prefix ("001" → 001_ef45….txt).</summary>
    public static string File(string prefix) => Directory.GetFiles(Path, prefix + "_*.txt").Single();

    /// <summary>Every seed file, in name order.</summary>
    public static IEnumerable<string> All() => Directory.GetFiles(Path, "*.txt").Order(StringComparer.Ordinal);

    private static string Locate()
    {
        var configured = Environment.GetEnvironmentVariable(Variable);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return System.IO.Path.GetFullPath(configured);
        }

        return RepositoryRoot.TryGet() is { } root
            ? System.IO.Path.GetFullPath(System.IO.Path.Combine(root, "..", "shared", "seeds"))
            : System.IO.Path.GetFullPath(System.IO.Path.Combine(AppContext.BaseDirectory, "shared", "seeds"));
    }
}

/// <summary>A fact that reads the published seed reports: skipped, with the reason, when the seed folder is absent.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class SeedFactAttribute : FactAttribute
{
    /// <summary>Sets <see cref="FactAttribute.Skip"/> when the seeds are absent.</summary>
    public SeedFactAttribute()
    {
        if (SeedFolder.SkipReason is { } reason)
        {
            Skip = reason;
        }
    }
}

/// <summary>A theory that reads the published seed reports: skipped, with the reason, when the seed folder is absent.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class SeedTheoryAttribute : TheoryAttribute
{
    /// <summary>Sets <see cref="FactAttribute.Skip"/> when the seeds are absent.</summary>
    public SeedTheoryAttribute()
    {
        if (SeedFolder.SkipReason is { } reason)
        {
            Skip = reason;
        }
    }
}
