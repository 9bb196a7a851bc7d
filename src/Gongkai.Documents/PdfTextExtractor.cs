using System.ComponentModel;
using System.Diagnostics;
using System.Text;
using Gongkai.Domain.Audit;

namespace Gongkai.Documents;

/// <summary>
/// Reads a PDF through poppler's <c>pdftotext -layout</c> (package poppler-utils). When the tool is not
/// installed the result says so instead of failing. Lines keep their page (form feeds in the output).
/// </summary>
internal static class PdfTextExtractor
{
    internal const string ToolMissingMessage = "无法读取PDF：未安装 poppler-utils（pdftotext）。请安装后重试（Debian/Ubuntu：apt-get install poppler-utils）。";

    public static ReportText Read(byte[] content, string sourceName, ReportDocumentReaderOptions options)
    {
        var tool = options.PdfToTextPath ?? FindOnPath("pdftotext");
        if (tool is null || !File.Exists(tool))
        {
            return ReportText.Failed(ReportReadStatus.ToolMissing, ToolMissingMessage, sourceName, ReportSourceKind.Pdf,
                [$"pdf: pdftotext not found ({options.PdfToTextPath ?? "PATH"})"]);
        }

        var file = Path.Combine(Path.GetTempPath(), $"gongkai-{Guid.NewGuid():N}.pdf");
        try
        {
            File.WriteAllBytes(file, content);
            var start = new ProcessStartInfo(tool)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
                CreateNoWindow = true,
                StandardOutputEncoding = Encoding.UTF8,
                StandardErrorEncoding = Encoding.UTF8,
            };
            foreach (var argument in new[] { "-layout", "-enc", "UTF-8", "-q", file, "-" })
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start);
            if (process is null)
            {
                return ReportText.Failed(ReportReadStatus.ToolMissing, ToolMissingMessage, sourceName, ReportSourceKind.Pdf);
            }

            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(options.PdfTimeout))
            {
                process.Kill(entireProcessTree: true);
                return ReportText.Failed(ReportReadStatus.Unreadable, $"PDF读取超时（超过{options.PdfTimeout.TotalSeconds:0}秒），文件可能过大或已损坏。",
                    sourceName, ReportSourceKind.Pdf, ["pdf: pdftotext timed out"]);
            }

            var text = output.GetAwaiter().GetResult();
            var error = errors.GetAwaiter().GetResult();
            if (process.ExitCode != 0)
            {
                var message = process.ExitCode == 3
                    ? "PDF文件设置了权限保护，不允许提取文字。"
                    : "PDF文件无法读取，可能已损坏或已加密。";
                return ReportText.Failed(ReportReadStatus.Unreadable, message, sourceName, ReportSourceKind.Pdf,
                    [$"pdf: pdftotext exit code {process.ExitCode}: {error.Trim()}"]);
            }

            if (string.IsNullOrWhiteSpace(text.Replace('\f', ' ')))
            {
                return ReportText.Failed(ReportReadStatus.Empty, "PDF中没有可提取的文字（可能是扫描件，需要先进行文字识别OCR）。",
                    sourceName, ReportSourceKind.Pdf, ["pdf: no text layer"]);
            }

            var builder = new ReportTextBuilder(sourceName, ReportSourceKind.Pdf) { EncodingName = "utf-8" };
            builder.AddDiagnostic($"pdf: text extracted with {tool} -layout");
            builder.AddSourceText(text, countPages: true);
            return builder.Build();
        }
        catch (Exception ex) when (ex is Win32Exception or IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            return ReportText.Failed(ReportReadStatus.Unreadable, "PDF文件读取失败。", sourceName, ReportSourceKind.Pdf,
                [$"pdf: {ex.GetType().Name}: {ex.Message}"]);
        }
        finally
        {
            TryDelete(file);
        }
    }

    /// <summary>The full path of <paramref name="name"/> in a PATH directory, or null.</summary>
    internal static string? FindOnPath(string name)
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

    private static void TryDelete(string file)
    {
        try
        {
            File.Delete(file);
        }
        catch (IOException)
        {
            // a temp file left behind is harmless
        }
        catch (UnauthorizedAccessException)
        {
            // idem
        }
    }
}
