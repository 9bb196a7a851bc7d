using System.Text;
using System.Text.RegularExpressions;
using System.Text.Unicode;

namespace Gongkai.Documents;

/// <summary>
/// Decodes the bytes of a .txt or .html report. Order of evidence: a byte-order mark; bytes that are valid UTF-8;
/// the page's &lt;meta charset&gt; (many government sites still serve GB2312/GBK); otherwise GB18030, the superset
/// of GB2312 and GBK that Chinese Windows saves as "ANSI". Pages saved by a browser are often UTF-8 while their
/// meta still says gb2312, which is why valid UTF-8 wins over the meta.
/// </summary>
internal static partial class TextEncodingDetector
{
    private const int Gb18030CodePage = 54936;
    private const int Big5CodePage = 950;

    static TextEncodingDetector() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>A decoded text, the encoding used, and how it was chosen (for logs).</summary>
    public readonly record struct Decoded(string Text, string EncodingName, string Reason);

    /// <summary>True when the bytes look binary (control bytes that text files do not contain).</summary>
    public static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..Math.Min(bytes.Length, 8192)];
        if (sample.Length == 0 || HasByteOrderMark(sample) || LooksUtf16(sample, out _))
        {
            return false;
        }

        var control = 0;
        foreach (var b in sample)
        {
            if (b < 0x09 || b is 0x0E or 0x0F || (b is >= 0x10 and < 0x20 && b != 0x1B))
            {
                control++;
            }
        }

        return control * 100 > sample.Length;
    }

    public static Decoded Decode(ReadOnlySpan<byte> bytes, bool isHtml)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return new Decoded(Lenient(Encoding.UTF8).GetString(bytes[3..]), "utf-8", "byte-order mark (UTF-8)");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return new Decoded(Lenient(Encoding.Unicode).GetString(bytes[2..]), "utf-16le", "byte-order mark (UTF-16 LE)");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return new Decoded(Lenient(Encoding.BigEndianUnicode).GetString(bytes[2..]), "utf-16be", "byte-order mark (UTF-16 BE)");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0x84, 0x31, 0x95, 0x33]))
        {
            return new Decoded(Lenient(Encoding.GetEncoding(Gb18030CodePage)).GetString(bytes[4..]), "gb18030", "byte-order mark (GB18030)");
        }

        if (LooksUtf16(bytes[..Math.Min(bytes.Length, 4096)], out var bigEndian))
        {
            var utf16 = bigEndian ? Encoding.BigEndianUnicode : Encoding.Unicode;
            return new Decoded(Lenient(utf16).GetString(bytes), bigEndian ? "utf-16be" : "utf-16le", "zero bytes in UTF-16 pattern, no byte-order mark");
        }

        var declared = isHtml ? DeclaredCharset(bytes) : null;
        if (IsUtf8(bytes))
        {
            var reason = declared is null or "utf-8"
                ? "valid UTF-8"
                : $"valid UTF-8 (the page declares {declared}, which the bytes contradict)";
            return new Decoded(Lenient(Encoding.UTF8).GetString(bytes), "utf-8", reason);
        }

        if (declared is "big5")
        {
            return new Decoded(Lenient(Encoding.GetEncoding(Big5CodePage)).GetString(bytes), "big5", "declared charset big5");
        }

        var why = declared is null ? "not UTF-8; GB18030 assumed (GBK/GB2312 superset)" : $"not UTF-8; declared charset {declared} read as GB18030";
        return new Decoded(Lenient(Encoding.GetEncoding(Gb18030CodePage)).GetString(bytes), "gb18030", why);
    }

    /// <summary>The charset named by &lt;meta charset&gt; or &lt;meta http-equiv content="…charset=…"&gt;, normalised.</summary>
    public static string? DeclaredCharset(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, 4096)]);
        var match = CharsetPattern().Match(head);
        if (!match.Success)
        {
            return null;
        }

        var name = match.Groups["name"].Value.ToLowerInvariant();
        return name switch
        {
            "utf-8" or "utf8" => "utf-8",
            "gb2312" or "gbk" or "gb18030" or "x-gbk" or "cp936" or "x-cp20936" or "euc-cn" or "hz-gb-2312" => "gb18030",
            "big5" or "big5-hkscs" or "cp950" or "x-x-big5" => "big5",
            _ => name,
        };
    }

    private static bool IsUtf8(ReadOnlySpan<byte> bytes)
    {
        if (Utf8.IsValid(bytes))
        {
            return true;
        }

        // a file cut in the middle of a character is still UTF-8
        for (var cut = 1; cut <= 3 && cut < bytes.Length; cut++)
        {
            if (Utf8.IsValid(bytes[..^cut]) && bytes[^cut] >= 0xC0)
            {
                return true;
            }
        }

        return false;
    }

    private static bool LooksUtf16(ReadOnlySpan<byte> sample, out bool bigEndian)
    {
        bigEndian = false;
        if (sample.Length < 16)
        {
            return false;
        }

        int evenZeros = 0, oddZeros = 0, evenChineseHigh = 0, oddChineseHigh = 0;
        for (var i = 0; i + 1 < sample.Length; i += 2)
        {
            evenZeros += sample[i] == 0 ? 1 : 0;
            oddZeros += sample[i + 1] == 0 ? 1 : 0;
            evenChineseHigh += IsChineseHighByte(sample[i]) ? 1 : 0;
            oddChineseHigh += IsChineseHighByte(sample[i + 1]) ? 1 : 0;
        }

        var pairs = sample.Length / 2;
        if (oddZeros * 10 > pairs * 3 && evenZeros * 20 < pairs)
        {
            return true; // ASCII in UTF-16 LE: "a\0b\0"
        }

        if (evenZeros * 10 > pairs * 3 && oddZeros * 20 < pairs)
        {
            bigEndian = true;
            return true;
        }

        // Chinese in UTF-16: every other byte is the high byte of U+4E00–U+9FFF, U+3000–U+30FF, U+FF00–U+FFEF or ASCII
        if (oddChineseHigh * 10 >= pairs * 8 && evenChineseHigh * 10 < pairs * 5)
        {
            return true;
        }

        if (evenChineseHigh * 10 >= pairs * 8 && oddChineseHigh * 10 < pairs * 5)
        {
            bigEndian = true;
            return true;
        }

        return false;
    }

    private static bool IsChineseHighByte(byte b) => b is 0x00 or 0x20 or 0x30 or 0xFF or (>= 0x4E and <= 0x9F);

    private static bool HasByteOrderMark(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])
        || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) || bytes.StartsWith((ReadOnlySpan<byte>)[0x84, 0x31, 0x95, 0x33]);

    private static Encoding Lenient(Encoding encoding) =>
        Encoding.GetEncoding(encoding.CodePage, EncoderFallback.ReplacementFallback, new DecoderReplacementFallback("\uFFFD"));

    [GeneratedRegex(@"<meta[^>]{0,300}?charset\s*=\s*[""']?\s*(?<name>[A-Za-z0-9_\-]{2,30})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CharsetPattern();
}
