using Gongkai.Domain.Audit;

namespace Gongkai.Domain.Tests.Audit;

/// <summary>
/// The five real reports in shared/seeds (plain text saved from web pages), found from the repository root:
/// the folder holding Gongkai.slnx, with the seeds at &lt;root&gt;/../shared/seeds.
/// </summary>
internal static class SeedReports
{
    private static readonly Lazy<string> Folder = new(Locate);

    public static string Path(string prefix) =>
        Directory.GetFiles(Folder.Value, prefix + "_*.txt").Single();

    public static ReportText Read(string prefix)
    {
        var path = Path(prefix);
        return ReportText.FromPlainText(File.ReadAllText(path), System.IO.Path.GetFileName(path));
    }

    public static IEnumerable<string> All() => Directory.GetFiles(Folder.Value, "*.txt").Order();

    private static string Locate()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Gongkai.slnx")))
            {
                var seeds = System.IO.Path.GetFullPath(System.IO.Path.Combine(dir.FullName, "..", "shared", "seeds"));
                if (!Directory.Exists(seeds))
                {
                    throw new DirectoryNotFoundException($"seed reports not found at {seeds}");
                }

                return seeds;
            }
        }

        throw new DirectoryNotFoundException("repository root (Gongkai.slnx) not found above " + AppContext.BaseDirectory);
    }
}
