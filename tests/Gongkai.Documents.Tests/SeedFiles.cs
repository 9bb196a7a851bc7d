namespace Gongkai.Documents.Tests;

/// <summary>The five real reports in shared/seeds: &lt;repository root (Gongkai.slnx)&gt;/../shared/seeds.</summary>
internal static class SeedFiles
{
    private static readonly Lazy<string> Folder = new(Locate);

    public static string Path(string prefix) => Directory.GetFiles(Folder.Value, prefix + "_*.txt").Single();

    public static IEnumerable<string> All() => Directory.GetFiles(Folder.Value, "*.txt").Order();

    private static string Locate()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Gongkai.slnx")))
            {
                var seeds = System.IO.Path.GetFullPath(System.IO.Path.Combine(dir.FullName, "..", "shared", "seeds"));
                return Directory.Exists(seeds) ? seeds : throw new DirectoryNotFoundException($"seed reports not found at {seeds}");
            }
        }

        throw new DirectoryNotFoundException("repository root (Gongkai.slnx) not found above " + AppContext.BaseDirectory);
    }
}
