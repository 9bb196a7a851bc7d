using System.IO.Compression;
using Gongkai.Documents.Guards;

namespace Gongkai.Documents.Batch;

/// <summary>
/// Several report files uploaded at once, or a ZIP of them, unpacked under bounds: the ZIP's directory is checked
/// first (<see cref="ZipPackageScan"/> with <see cref="Limits"/>: entry count, sizes, compression ratio), each entry
/// is read no further than it declared, and a ZIP inside the ZIP is listed as refused, never opened (no recursion).
/// Entries that are not report files (by extension) are listed as skipped.
/// </summary>
public static class ReportUploadBundle
{
    /// <summary>The most report files one upload may carry (files or ZIP entries).</summary>
    public const int MaxFiles = 500;

    /// <summary>What a ZIP of reports may hold: 500 entries, 32 MB each, 128 MB in all, ratio 500:1 above 1 MB.</summary>
    public static ZipLimits Limits { get; } = new(MaxFiles, ReportFileAuditor.DefaultMaxFileBytes, 128L * 1024 * 1024,
        ReadingLimits.MaxCompressionRatio, ReadingLimits.RatioCheckedFromBytes);

    /// <summary>The extensions of report files the auditor reads.</summary>
    public static IReadOnlyList<string> ReportExtensions { get; } = [".txt", ".html", ".htm", ".shtml", ".docx", ".pdf"];

    private static readonly string[] ArchiveExtensions = [".zip", ".rar", ".7z", ".tar", ".gz", ".tgz", ".bz2", ".xz"];

    /// <summary>True when <paramref name="name"/> names a ZIP of reports.</summary>
    public static bool IsZip(string name) => string.Equals(Path.GetExtension(name), ".zip", StringComparison.OrdinalIgnoreCase);

    /// <summary>Unpacks the report files in <paramref name="zip"/>; a refusal (Chinese) when the ZIP breaks the limits or is not a ZIP.</summary>
    public static UnpackedBundle Unpack(byte[] zip, string zipName)
    {
        ArgumentNullException.ThrowIfNull(zip);
        var files = new List<(string Name, byte[] Content)>();
        var skipped = new List<string>();
        try
        {
            using var archive = new ZipArchive(new MemoryStream(zip, writable: false), ZipArchiveMode.Read);
            if (ZipPackageScan.Check(archive, Limits, $"压缩包“{zipName}”") is { } refusal)
            {
                return new UnpackedBundle([], [], refusal);
            }

            foreach (var entry in archive.Entries)
            {
                if (entry.FullName.EndsWith('/') || entry.Length == 0 && entry.Name.Length == 0)
                {
                    continue;
                }

                var extension = Path.GetExtension(entry.Name).ToLowerInvariant();
                if (ArchiveExtensions.Contains(extension))
                {
                    skipped.Add($"“{entry.FullName}”是压缩包中的压缩包，不予展开。");
                }
                else if (!ReportExtensions.Contains(extension))
                {
                    skipped.Add($"“{entry.FullName}”不是年度报告文件（txt、html、shtml、docx、pdf），已跳过。");
                }
                else
                {
                    files.Add((entry.FullName, ZipPackageScan.ReadBounded(entry, Limits.MaxEntryBytes)));
                }
            }
        }
        catch (InvalidDataException)
        {
            return new UnpackedBundle([], [], $"压缩包“{zipName}”已损坏，或其中文件的实际大小与记录不符，无法展开。");
        }
        catch (NotSupportedException)
        {
            return new UnpackedBundle([], [], $"压缩包“{zipName}”使用了不支持的压缩方式或已加密，无法展开。");
        }

        return files.Count == 0 && skipped.Count == 0
            ? new UnpackedBundle([], [], $"压缩包“{zipName}”中没有文件。")
            : new UnpackedBundle(files, skipped, null);
    }
}

/// <summary>What a ZIP of reports unpacked to.</summary>
/// <param name="Files">The report files (entry name, bytes).</param>
/// <param name="Skipped">Entries left out, each with why (Chinese).</param>
/// <param name="Refusal">Why the whole ZIP was refused (Chinese), or null.</param>
public sealed record UnpackedBundle(IReadOnlyList<(string Name, byte[] Content)> Files, IReadOnlyList<string> Skipped, string? Refusal);
