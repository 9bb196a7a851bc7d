using System.IO.Compression;
using System.Xml;

namespace Gongkai.Documents.Spreadsheets;

/// <summary>
/// The bounded, non-recursive check an uploaded XLSX passes before the OpenXml SDK opens it (docs/imports.md): the file
/// size, the number of ZIP entries, each entry's declared uncompressed size and compression ratio, the total, and —
/// reading every XML part once with a streaming <see cref="XmlReader"/> (no DTD, a character cap per part) — the
/// element nesting depth. The ZIP directory is read once; no entry is extracted to disk and no nested archive is
/// opened. (A general pre-scan for DOCX and XLSX is being built beside it; the two are meant to be folded together.)
/// </summary>
public static class SpreadsheetPackageGuard
{
    /// <summary>The largest file accepted: 64 MB (a 100,000-row catalogue with bodies is about 30 MB).</summary>
    public const long MaxFileBytes = 64L * 1024 * 1024;

    /// <summary>The most ZIP entries: 2,000 (a workbook has a few dozen).</summary>
    public const int MaxEntries = 2_000;

    /// <summary>The most one part may unpack to: 512 MB.</summary>
    public const long MaxEntryBytes = 512L * 1024 * 1024;

    /// <summary>The most all parts together may unpack to: 1 GB.</summary>
    public const long MaxTotalBytes = 1024L * 1024 * 1024;

    /// <summary>The highest compression ratio of a part larger than 1 MB: 200 (sheet XML compresses 10–30 times).</summary>
    public const int MaxRatio = 200;

    /// <summary>The deepest element nesting in a part: 32 (a worksheet is 5 deep).</summary>
    public const int MaxDepth = 32;

    /// <summary>A Chinese message when the file must be refused; null when it may be opened.</summary>
    public static string? Check(Stream content)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (content.Length > MaxFileBytes)
        {
            return $"文件超过{MaxFileBytes / 1024 / 1024} MB，已拒绝读取。";
        }

        try
        {
            content.Position = 0;
            using var zip = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true);
            if (zip.Entries.Count > MaxEntries)
            {
                return $"Excel 文件包含{zip.Entries.Count}个部件（上限{MaxEntries}），疑似恶意文件，已拒绝读取。";
            }

            long total = 0;
            foreach (var entry in zip.Entries)
            {
                total += entry.Length;
                if (entry.Length > MaxEntryBytes || total > MaxTotalBytes)
                {
                    return "Excel 文件解压后过大（疑似压缩炸弹），已拒绝读取。";
                }

                if (entry.Length > 1024 * 1024 && entry.CompressedLength > 0 && entry.Length / entry.CompressedLength > MaxRatio)
                {
                    return $"Excel 文件的部件“{entry.FullName}”压缩比异常（疑似压缩炸弹），已拒绝读取。";
                }
            }

            if (zip.GetEntry("[Content_Types].xml") is null || zip.GetEntry("xl/workbook.xml") is null)
            {
                return "文件不是 Excel 工作簿（.xlsx）。";
            }

            foreach (var entry in zip.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || e.FullName.EndsWith(".rels", StringComparison.OrdinalIgnoreCase)))
            {
                if (DepthProblem(entry) is { } problem)
                {
                    return problem;
                }
            }

            return null;
        }
        catch (InvalidDataException)
        {
            return "文件不是有效的 Excel 工作簿（压缩包已损坏）。";
        }
        finally
        {
            content.Position = 0;
        }
    }

    private static string? DepthProblem(ZipArchiveEntry entry)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersInDocument = MaxEntryBytes,
            IgnoreComments = true,
            IgnoreWhitespace = true,
        };
        try
        {
            using var stream = entry.Open();
            using var reader = XmlReader.Create(stream, settings);
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.Element && reader.Depth > MaxDepth)
                {
                    return $"Excel 文件的部件“{entry.FullName}”嵌套过深，已拒绝读取。";
                }
            }

            return null;
        }
        catch (XmlException)
        {
            return $"Excel 文件的部件“{entry.FullName}”不是有效的 XML，已拒绝读取。";
        }
        catch (InvalidDataException)
        {
            return "文件不是有效的 Excel 工作簿（压缩包已损坏）。";
        }
    }
}
