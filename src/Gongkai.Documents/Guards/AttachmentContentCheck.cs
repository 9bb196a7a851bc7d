using System.Xml;
using DocumentFormat.OpenXml.Packaging;

namespace Gongkai.Documents.Guards;

/// <summary>
/// Checks that an uploaded attachment is what its extension says by its content, not only its first bytes (issue 12
/// finding 8: any file starting with <c>PK</c> passed as .docx): a DOCX/XLSX passes the bounded package scan
/// (<see cref="OfficePackageGuard"/>) and then opens as a Word document / Excel workbook whose main part parses; a PDF
/// passes <see cref="PdfStructureGuard"/> and has the skeleton every PDF has (header, objects, a catalog, a
/// trailer or cross-reference stream, %%EOF); a PNG has its signature and header chunk, a JPEG its start and end
/// markers. Other extensions are left to the caller's own rules.
/// </summary>
public static class AttachmentContentCheck
{
    /// <summary>A Chinese reason when <paramref name="content"/> is not a valid file of its extension; null when it is.</summary>
    public static string? Check(string fileName, byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var name = Path.GetFileName(fileName ?? string.Empty);
        return Path.GetExtension(name).ToLowerInvariant() switch
        {
            ".docx" => Docx(name, content),
            ".xlsx" => Xlsx(name, content),
            ".pdf" => Pdf(name, content),
            ".png" => content.AsSpan().StartsWith(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }) && content.Length > 33
                      && content.AsSpan(12, 4).SequenceEqual("IHDR"u8)
                ? null
                : $"附件“{name}”不是有效的 PNG 图片。",
            ".jpg" or ".jpeg" => content.Length > 4 && content.AsSpan().StartsWith(new byte[] { 0xFF, 0xD8, 0xFF })
                                 && content.AsSpan(Math.Max(0, content.Length - 1024)).IndexOf(new byte[] { 0xFF, 0xD9 }) >= 0
                ? null
                : $"附件“{name}”不是有效的 JPEG 图片（文件不完整或已损坏）。",
            _ => null,
        };
    }

    private static string? Docx(string name, byte[] content)
    {
        if (OfficePackageGuard.Check(content, "Word 文档") is { } refusal)
        {
            return $"附件“{name}”：{refusal}";
        }

        return OpensAs(name, "Word 文档（.docx）", () =>
        {
            using var document = WordprocessingDocument.Open(new MemoryStream(content, writable: false), false,
                new OpenSettings { MaxCharactersInPart = ReadingLimits.MaxCharactersInXmlPart });
            return document.MainDocumentPart?.Document?.Body is not null;
        });
    }

    private static string? Xlsx(string name, byte[] content)
    {
        if (OfficePackageGuard.Check(content, "Excel 表格") is { } refusal)
        {
            return $"附件“{name}”：{refusal}";
        }

        return OpensAs(name, "Excel 表格（.xlsx）", () =>
        {
            using var document = SpreadsheetDocument.Open(new MemoryStream(content, writable: false), false,
                new OpenSettings { MaxCharactersInPart = ReadingLimits.MaxCharactersInXmlPart });
            return document.WorkbookPart?.Workbook?.Sheets is not null;
        });
    }

    private static string? OpensAs(string name, string what, Func<bool> open)
    {
        try
        {
            return open() ? null : $"附件“{name}”不是有效的{what}：缺少正文部分。";
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or XmlException or IOException
                                      or InvalidOperationException or NotSupportedException or ArgumentException or FormatException)
        {
            return $"附件“{name}”不是有效的{what}：文件已损坏或只是扩展名相同。";
        }
    }

    private static string? Pdf(string name, byte[] content)
    {
        var bytes = content.AsSpan();
        if (!bytes.StartsWith("%PDF-"u8))
        {
            return $"附件“{name}”不是有效的 PDF 文件。";
        }

        if (PdfStructureGuard.Check(bytes) is { } refusal)
        {
            return $"附件“{name}”：{refusal}";
        }

        var tail = bytes[Math.Max(0, bytes.Length - 2048)..];
        var complete = tail.IndexOf("%%EOF"u8) >= 0
                       && (bytes.IndexOf("trailer"u8) >= 0 || bytes.IndexOf("/XRef"u8) >= 0)
                       && bytes.IndexOf(" obj"u8) >= 0
                       && (bytes.IndexOf("/Catalog"u8) >= 0 || bytes.IndexOf("/Root"u8) >= 0 || bytes.IndexOf("/ObjStm"u8) >= 0);
        return complete ? null : $"附件“{name}”不是完整的 PDF 文件（缺少对象、目录或文件尾），可能已损坏或只是扩展名相同。";
    }
}
