namespace Gongkai.Documents.Tests;

/// <summary>The published seed reports (<see cref="SeedFolder"/>); tests using them are [SeedFact]/[SeedTheory].</summary>
internal static class SeedFiles
{
    public static string Path(string prefix) => SeedFolder.File(prefix);

    public static IEnumerable<string> All() => SeedFolder.All();
}
