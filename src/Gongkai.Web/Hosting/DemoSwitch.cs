namespace Gongkai.Web.Hosting;

/// <summary>
/// Whether the host loads the demo data (five invented agencies with their records and reports). A government's
/// deployment must never get them by accident, so the demo loads only when asked: in the Development environment
/// (the launch profile of <c>dotnet run</c>), with <c>Portal:LoadDemo=true</c> (<c>Portal__LoadDemo=true</c>), or with
/// the <c>--demo</c> switch. <c>Portal:LoadDemo=false</c> turns it off in Development too.
/// </summary>
public static class DemoSwitch
{
    /// <summary>The command-line switch.</summary>
    public const string CommandLine = "--demo";

    /// <summary>The setting.</summary>
    public const string Setting = "Portal:LoadDemo";

    /// <summary>
    /// The arguments with <c>--demo</c> turned into <c>--Portal:LoadDemo=true</c> (.NET's command-line configuration
    /// would otherwise read the next argument as its value, or ignore it at the end).
    /// </summary>
    public static string[] Expand(string[] args) =>
        [.. args.Select(a => string.Equals(a, CommandLine, StringComparison.OrdinalIgnoreCase) ? $"--{Setting}=true" : a)];

    /// <summary>True when the demo should be loaded (see the type's summary).</summary>
    public static bool IsOn(IConfiguration configuration, IHostEnvironment environment) =>
        configuration.GetValue<bool?>(Setting) ?? environment.IsDevelopment();
}
