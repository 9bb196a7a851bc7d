namespace Gongkai.TestSupport;

/// <summary>The repository root: the first folder upwards from the test binaries that holds Gongkai.slnx.</summary>
public static class RepositoryRoot
{
    private static readonly Lazy<string?> Found = new(Find);

    /// <summary>The root, or null when the binaries run outside a checkout.</summary>
    public static string? TryGet() => Found.Value;

    /// <summary>The root; throws when the binaries run outside a checkout.</summary>
    public static string Path => Found.Value
        ?? throw new DirectoryNotFoundException("repository root (Gongkai.slnx) not found above " + AppContext.BaseDirectory);

    private static string? Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Gongkai.slnx")))
            {
                return dir.FullName;
            }
        }

        return null;
    }
}
