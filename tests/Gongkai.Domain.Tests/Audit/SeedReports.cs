using Gongkai.Domain.Audit;

namespace Gongkai.Domain.Tests.Audit;

/// <summary>The published seed reports (<see cref="SeedFolder"/>) read as plain text; tests using them are [SeedFact]/[SeedTheory].</summary>
internal static class SeedReports
{
    public static string Path(string prefix) => SeedFolder.File(prefix);

    public static ReportText Read(string prefix)
    {
        var path = Path(prefix);
        return ReportText.FromPlainText(File.ReadAllText(path), System.IO.Path.GetFileName(path));
    }

    public static IEnumerable<string> All() => SeedFolder.All();
}
