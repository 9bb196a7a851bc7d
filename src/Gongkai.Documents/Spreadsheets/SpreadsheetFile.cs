using System.Security.Cryptography;
using Gongkai.Domain.Imports;

namespace Gongkai.Documents.Spreadsheets;

/// <summary>
/// Opens a file an office hands in for an import — XLSX or CSV, told apart by content (a ZIP signature) and not by the
/// name — after the bounded checks (<see cref="SpreadsheetPackageGuard"/>), and returns its sheets, or a Chinese
/// message saying why it cannot be read. Never throws on content.
/// </summary>
public static class SpreadsheetFile
{
    /// <summary>The workbook in <paramref name="content"/>, or the reason it was refused.</summary>
    public static (ImportWorkbook? Workbook, string? Error) Read(byte[] content, string fileName)
    {
        ArgumentNullException.ThrowIfNull(content);
        var name = Path.GetFileName(fileName.Replace('\\', '/'));
        if (content.LongLength > SpreadsheetPackageGuard.MaxFileBytes)
        {
            return (null, $"文件超过{SpreadsheetPackageGuard.MaxFileBytes / 1024 / 1024} MB，已拒绝读取。");
        }

        if (content.Length == 0)
        {
            return (null, "文件是空的。");
        }

        var sha = Convert.ToHexStringLower(SHA256.HashData(content));
        try
        {
            if (content.AsSpan().StartsWith("PK\u0003\u0004"u8))
            {
                using var stream = new MemoryStream(content, writable: false);
                if (SpreadsheetPackageGuard.Check(stream) is { } problem)
                {
                    return (null, problem);
                }

                return (new ImportWorkbook(name, sha, XlsxWorkbookReader.Read(stream)), null);
            }

            if (content.AsSpan().StartsWith((byte[])[0xD0, 0xCF, 0x11, 0xE0]))
            {
                return (null, "这是旧版 Excel（.xls）文件，请在 Excel 中“另存为”.xlsx 或 CSV 后再导入。");
            }

            if (content.AsSpan(0, Math.Min(content.Length, 8192)).IndexOf((byte)0) >= 0 && !content.AsSpan().StartsWith((byte[])[0xEF, 0xBB, 0xBF]))
            {
                return (null, "文件既不是 Excel 工作簿（.xlsx）也不是 CSV 文本。");
            }

            return (new ImportWorkbook(name, sha, [CsvSheetReader.Read(content, Path.GetFileNameWithoutExtension(name))]), null);
        }
        catch (Exception e) when (e is InvalidDataException or System.Xml.XmlException or DocumentFormat.OpenXml.Packaging.OpenXmlPackageException or InvalidOperationException or IOException)
        {
            return (null, e is InvalidDataException { Message: var m } && m.StartsWith('第') ? m : "文件已损坏或不是有效的 Excel/CSV 文件，无法读取。");
        }
    }
}
