using System.IO.Compression;

namespace Gongkai.Documents.Guards;

/// <summary>
/// The bounded pre-scan of a DOCX or XLSX before the Open XML SDK (which reads XML recursively and ends the process
/// with a stack overflow on a part nested tens of thousands deep) sees it: the zip's directory
/// (<see cref="ZipPackageScan"/>, <see cref="ZipLimits.OfficePackage"/>), then every entry streamed through
/// <see cref="XmlNestingScan"/>, each bounded by what it declared. Only a package that passes is handed on.
/// </summary>
public static class OfficePackageGuard
{
    /// <summary>A Chinese message when the package must be refused; null when it may be opened.</summary>
    /// <param name="content">The package's bytes.</param>
    /// <param name="what">What the package claims to be, for the message (“Word 文档”, “Excel 表格”).</param>
    public static string? Check(byte[] content, string what = "Word 文档")
    {
        ArgumentNullException.ThrowIfNull(content);
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
            if (ZipPackageScan.Check(zip, ZipLimits.OfficePackage, what) is { } refusal)
            {
                return refusal;
            }

            foreach (var entry in zip.Entries)
            {
                if (entry.FullName.EndsWith('/'))
                {
                    continue;
                }

                using var stream = ZipPackageScan.OpenBounded(entry, ReadingLimits.MaxZipEntryBytes);
                if (XmlNestingScan.DeepestNesting(stream) > ReadingLimits.MaxXmlDepth)
                {
                    return $"{what}中的“{entry.FullName}”元素嵌套超过 {ReadingLimits.MaxXmlDepth} 层（正常文档只有几十层），疑似恶意构造，已拒绝读取。";
                }
            }

            return null;
        }
        catch (InvalidDataException)
        {
            return $"{what}的压缩包已损坏，或其中文件的实际大小与记录不符，无法读取。";
        }
        catch (NotSupportedException)
        {
            return $"{what}的压缩包使用了不支持的压缩方式或已加密，无法读取。";
        }
    }
}
