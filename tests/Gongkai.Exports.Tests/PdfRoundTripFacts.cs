using System.Diagnostics;

namespace Gongkai.Exports.Tests;

/// <summary>A theory that needs Debian's chromium; skipped with the reason when it is absent (CI installs it).</summary>
public sealed class ChromiumTheoryAttribute : TheoryAttribute
{
    /// <summary>Skips when chromium is missing.</summary>
    public ChromiumTheoryAttribute()
    {
        if (!File.Exists(new ChromiumOptions().ResolvedExecutablePath))
        {
            Skip = "chromium 未安装（apt-get install chromium fonts-noto-cjk），跳过PDF往返测试。";
        }
    }
}

/// <summary>A theory that needs LibreOffice (soffice); skipped with the reason when it is absent.</summary>
public sealed class LibreOfficeTheoryAttribute : TheoryAttribute
{
    /// <summary>Skips when soffice is missing.</summary>
    public LibreOfficeTheoryAttribute()
    {
        if (LibreOffice.Path is null)
        {
            Skip = "LibreOffice 未安装（apt-get install --no-install-recommends libreoffice-writer-nogui），跳过DOCX→PDF往返测试。";
        }
    }
}

/// <summary>LibreOffice's command line: converts DOCX files to PDF in one run, with a profile of its own.</summary>
internal static class LibreOffice
{
    public static string? Path { get; } = new[] { "/usr/bin/soffice", "/usr/bin/libreoffice", "/usr/lib/libreoffice/program/soffice" }.FirstOrDefault(File.Exists);

    /// <summary>Converts every file of <paramref name="files"/> to PDF in <paramref name="outputFolder"/>.</summary>
    public static void ConvertToPdf(IReadOnlyList<string> files, string outputFolder)
    {
        var profile = Directory.CreateTempSubdirectory("gongkai-lo-profile-").FullName;
        try
        {
            var start = new ProcessStartInfo(Path!) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var argument in new[] { $"-env:UserInstallation=file://{profile}", "--headless", "--norestore", "--convert-to", "pdf", "--outdir", outputFolder })
            {
                start.ArgumentList.Add(argument);
            }

            foreach (var file in files)
            {
                start.ArgumentList.Add(file);
            }

            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            Assert.True(process.WaitForExit(TimeSpan.FromMinutes(20)), "soffice did not finish in 20 minutes");
            Assert.True(process.ExitCode == 0, $"soffice exit {process.ExitCode}: {errors.Result} {output.Result}");
        }
        finally
        {
            Directory.Delete(profile, recursive: true);
        }
    }
}
