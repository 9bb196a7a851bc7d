using System.Diagnostics;
using System.Text;

namespace Gongkai.Cli.Tests;

/// <summary>Runs the real <c>gongkai</c> program (the built gongkai.dll) in its own process, on its own SQLite file.</summary>
public sealed class GongkaiProcess : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "gongkai-cli-tests", Guid.NewGuid().ToString("N"));

    public GongkaiProcess() => Directory.CreateDirectory(_folder);

    /// <summary>The repository root (the folder holding Gongkai.slnx).</summary>
    public static string RepositoryRoot
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Gongkai.slnx")))
                {
                    return dir.FullName;
                }
            }

            throw new InvalidOperationException("Gongkai.slnx not found above the test folder.");
        }
    }

    /// <summary>A scratch folder for files of this test.</summary>
    public string Folder => _folder;

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

        start.Environment["ConnectionStrings__Gongkai"] = $"Data Source={Path.Combine(_folder, "cli.db")}";
        start.Environment.Remove("Database__Provider");
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.StandardInput.WriteAsync(standardInput ?? string.Empty);
        process.StandardInput.Close();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
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
