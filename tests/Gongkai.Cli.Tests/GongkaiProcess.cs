using System.Diagnostics;
using System.Text;

namespace Gongkai.Cli.Tests;

/// <summary>Runs the real <c>gongkai</c> program (the built gongkai.dll) in its own process, on its own SQLite file.</summary>
public sealed class GongkaiProcess : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "gongkai-cli-tests", Guid.NewGuid().ToString("N"));

    public GongkaiProcess() => Directory.CreateDirectory(_folder);

    /// <summary>The repository root (the folder holding Gongkai.slnx).</summary>
    public static string RepositoryRoot => Gongkai.TestSupport.RepositoryRoot.Path;

    /// <summary>A scratch folder for files of this test.</summary>
    public string Folder => _folder;

    /// <summary>The SQLite file the program runs on.</summary>
    public string DatabaseFile => Path.Combine(_folder, "cli.db");

    /// <summary>Starts from a copy of the run's demo database (what <c>gongkai demo</c> loads) instead of loading it again.</summary>
    public async Task UseDemoDatabaseAsync() => File.Copy(await DemoDatabase.FileAsync(), DatabaseFile, overwrite: true);

    public async Task<(int ExitCode, string Output, string Error)> RunAsync(string? standardInput, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            WorkingDirectory = _folder,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "gongkai.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["ConnectionStrings__Gongkai"] = $"Data Source={DatabaseFile}";
        start.Environment.Remove("Database__Provider");
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.StandardInput.WriteAsync(standardInput ?? string.Empty);
        process.StandardInput.Close();
        try
        {
            // a guard against a hung process, not a speed check: a CLI run takes seconds, but minutes on a loaded 2-core box
            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(10));
        }
        catch (TimeoutException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }
        return (process.ExitCode, await output, await error);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // a leftover temp folder is harmless
        }
    }
}
