namespace Gongkai.Exports;

/// <summary>Where the headless Chromium used for PDF export lives.</summary>
public sealed record ChromiumOptions
{
    /// <summary>The environment variable that names the Chromium executable.</summary>
    public const string EnvironmentVariable = "GONGKAI_CHROMIUM";

    /// <summary>Debian's chromium (apt-get install chromium).</summary>
    public const string DefaultPath = "/usr/bin/chromium";

    /// <summary>The executable; null means $GONGKAI_CHROMIUM, else <see cref="DefaultPath"/>.</summary>
    public string? ExecutablePath { get; init; }

    /// <summary>The executable to launch: <see cref="ExecutablePath"/>, else $GONGKAI_CHROMIUM, else <see cref="DefaultPath"/>.</summary>
    public string ResolvedExecutablePath =>
        ExecutablePath is { Length: > 0 } configured
            ? configured
            : Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } fromEnvironment
                ? fromEnvironment
                : DefaultPath;
}
