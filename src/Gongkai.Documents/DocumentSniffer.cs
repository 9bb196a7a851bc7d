namespace Gongkai.Documents;

/// <summary>Tells the kind of a file from its first bytes (magic numbers), then from its extension.</summary>
internal static class DocumentSniffer
{
    private static readonly string[] HtmlExtensions = [".htm", ".html", ".shtml", ".xhtml", ".shtm", ".jsp", ".asp", ".aspx", ".php"];

    public static DocumentKind Detect(ReadOnlySpan<byte> bytes, string fileName)
    {
        var extension = Path.GetExtension(fileName ?? string.Empty).ToLowerInvariant();
        if (StartsWith(bytes, "%PDF-"u8) || IndexOf(bytes[..Math.Min(bytes.Length, 1024)], "%PDF-"u8) >= 0)
        {
            return DocumentKind.Pdf;
        }

        if (StartsWith(bytes, "PK\u0003\u0004"u8))
        {
            return extension is ".docx" or ".docm" or ".dotx" || IndexOf(bytes, "word/"u8) >= 0 ? DocumentKind.Docx : DocumentKind.OtherZip;
        }

        if (StartsWith(bytes, [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]))
        {
            return DocumentKind.LegacyOffice;
        }

        if (StartsWith(bytes, "{\\rtf"u8))
        {
            return DocumentKind.Rtf;
        }

        if (StartsWith(bytes, [0x89, 0x50, 0x4E, 0x47]) || StartsWith(bytes, [0xFF, 0xD8, 0xFF]) || StartsWith(bytes, "GIF8"u8)
            || StartsWith(bytes, "BM"u8) && bytes.Length > 14 && extension is ".bmp")
        {
            return DocumentKind.Image;
        }

        return Array.IndexOf(HtmlExtensions, extension) >= 0 ? DocumentKind.Html : DocumentKind.PlainText;
    }

    /// <summary>True when decoded text that came without an HTML extension is an HTML page all the same.</summary>
    public static bool LooksLikeHtml(string text)
    {
        var head = text.AsSpan(0, Math.Min(text.Length, 4096)).TrimStart();
        if (head.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase) || head.StartsWith("<html", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return head.StartsWith("<", StringComparison.Ordinal)
               && (head.Contains("<body", StringComparison.OrdinalIgnoreCase) || head.Contains("<table", StringComparison.OrdinalIgnoreCase)
                   || head.Contains("<div", StringComparison.OrdinalIgnoreCase) || head.Contains("<p", StringComparison.OrdinalIgnoreCase));
    }

    private static bool StartsWith(ReadOnlySpan<byte> bytes, ReadOnlySpan<byte> prefix) => bytes.StartsWith(prefix);

    private static int IndexOf(ReadOnlySpan<byte> bytes, ReadOnlySpan<byte> value) => bytes.IndexOf(value);
}
