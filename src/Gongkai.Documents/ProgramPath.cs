namespace Gongkai.Documents;

/// <summary>Where an outside program (tesseract) is installed: the first directory of PATH that holds it.</summary>
internal static class ProgramPath
{
    /// <summary>The full path of <paramref name="name"/> in a PATH directory, or null.</summary>
    public static string? Find(string name)
    {
        var path = Environment.GetEnvironmentVariable("PATH");
        if (string.IsNullOrEmpty(path))
        {
            return null;
        }

        foreach (var directory in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var candidate in OperatingSystem.IsWindows() ? new[] { name + ".exe", name } : [name])
            {
                var full = Path.Combine(directory, candidate);
                if (File.Exists(full))
                {
                    return full;
                }
            }
        }

        return null;
    }
}
