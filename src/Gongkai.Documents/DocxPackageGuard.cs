using System.IO.Compression;

namespace Gongkai.Documents;

/// <summary>
/// Refuses DOCX packages that unpack to far more than any report (zip bombs) before the Word reader inflates them.
/// The sizes the zip directory declares are checked here; a package that lies about them is still stopped by the
/// Word reader's per-part character cap (<see cref="MaxCharactersInPart"/>).
/// </summary>
internal static class DocxPackageGuard
{
    /// <summary>The most a package may unpack to in all: 256 MB (reports with pictures are a few tens of MB).</summary>
    public const long MaxUnpackedBytes = 256L * 1024 * 1024;

    /// <summary>The most characters one XML part may hold: 32 million (a long report's document.xml is a few million).</summary>
    public const long MaxCharactersInPart = 32L * 1024 * 1024;

    /// <summary>A Chinese message when the package must be refused; null when it may be opened.</summary>
    public static string? Check(byte[] content)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
            long total = 0;
            foreach (var entry in zip.Entries)
            {
                total += entry.Length;
                if (total > MaxUnpackedBytes)
                {
                    return $"Word 文档解压后超过 {MaxUnpackedBytes / 1024 / 1024} MB（疑似压缩炸弹），已拒绝读取。";
                }
            }

            return null;
        }
        catch (InvalidDataException)
        {
            return "Word 文档的压缩包已损坏，无法读取。";
        }
    }
}
