using System.IO.Compression;
using System.Text;

namespace Gongkai.Documents.Guards;

/// <summary>
/// A byte-level, iterative scan of a PDF before any PDF parser (which builds nested arrays and dictionaries by
/// recursion) sees it. It bounds:
/// <list type="bullet">
/// <item>the nesting of arrays <c>[ ]</c> and dictionaries <c>&lt;&lt; &gt;&gt;</c> in the file's structure, read with PDF's
/// own syntax (strings, hex strings, comments skipped): <see cref="ReadingLimits.MaxPdfNesting"/>;</item>
/// <item>brackets in stream data — raw, and unpacked for Flate streams that a parser reads as PDF syntax (page
/// contents, object streams) — counted with no regard to syntax, so nothing can hide in a string or behind a wrong
/// /Length: <see cref="ReadingLimits.MaxPdfStreamNesting"/>;</item>
/// <item>the number of objects (<c>obj</c> keywords and the /N of object streams): <see cref="ReadingLimits.MaxPdfObjects"/>;</item>
/// <item>page-tree nodes (<c>/Type /Pages</c>): <see cref="ReadingLimits.MaxPdfPageTreeNodes"/>;</item>
/// <item>what the unpacked streams add up to: <see cref="ReadingLimits.MaxPdfStreamBytes"/> each, <see cref="ReadingLimits.MaxPdfUnpackedBytes"/> in all.</item>
/// </list>
/// Called where files are dispatched by type, whichever PDF reader follows.
/// </summary>
public static class PdfStructureGuard
{
    /// <summary>A Chinese message when the PDF must be refused; null when it may be parsed.</summary>
    public static string? Check(ReadOnlySpan<byte> pdf)
    {
        var scan = new Scan();
        return scan.Structure(pdf);
    }

    private static bool IsWhite(byte b) => b is 0 or 9 or 10 or 12 or 13 or 32;

    private static bool IsDelimiter(byte b) => b is (byte)'(' or (byte)')' or (byte)'<' or (byte)'>' or (byte)'[' or (byte)']'
        or (byte)'{' or (byte)'}' or (byte)'/' or (byte)'%';

    private static bool IsRegular(byte b) => !IsWhite(b) && !IsDelimiter(b);

    private sealed class Scan
    {
        private long _objects;
        private int _pageTreeNodes;
        private long _unpacked;

        public string? Structure(ReadOnlySpan<byte> pdf)
        {
            var depth = 0;
            var dictionaryStart = -1;
            var lastDictionary = (Start: -1, End: -1);
            var previousName = ReadOnlySpan<byte>.Empty;
            var i = 0;
            while (i < pdf.Length)
            {
                var b = pdf[i];
                if (IsWhite(b))
                {
                    i++;
                    continue;
                }

                switch (b)
                {
                    case (byte)'%':
                        while (i < pdf.Length && pdf[i] is not ((byte)'\r' or (byte)'\n'))
                        {
                            i++;
                        }

                        continue;
                    case (byte)'(':
                        i = SkipLiteralString(pdf, i);
                        continue;
                    case (byte)'<' when i + 1 < pdf.Length && pdf[i + 1] == '<':
                        if (depth == 0)
                        {
                            dictionaryStart = i;
                        }

                        if (++depth > ReadingLimits.MaxPdfNesting)
                        {
                            return TooDeep(ReadingLimits.MaxPdfNesting);
                        }

                        i += 2;
                        continue;
                    case (byte)'<':
                        i = pdf[i..].IndexOf((byte)'>') is var close and >= 0 ? i + close + 1 : pdf.Length;
                        continue;
                    case (byte)'>' when i + 1 < pdf.Length && pdf[i + 1] == '>':
                        depth = Math.Max(0, depth - 1);
                        if (depth == 0 && dictionaryStart >= 0)
                        {
                            lastDictionary = (dictionaryStart, i + 2);
                        }

                        i += 2;
                        continue;
                    case (byte)'[':
                        if (++depth > ReadingLimits.MaxPdfNesting)
                        {
                            return TooDeep(ReadingLimits.MaxPdfNesting);
                        }

                        i++;
                        continue;
                    case (byte)']':
                        depth = Math.Max(0, depth - 1);
                        i++;
                        continue;
                    case (byte)'/':
                        var nameEnd = i + 1;
                        while (nameEnd < pdf.Length && IsRegular(pdf[nameEnd]))
                        {
                            nameEnd++;
                        }

                        var name = pdf[i..nameEnd];
                        if (name.SequenceEqual("/Pages"u8) && previousName.SequenceEqual("/Type"u8) && ++_pageTreeNodes > ReadingLimits.MaxPdfPageTreeNodes)
                        {
                            return $"PDF文件的页面树节点超过 {ReadingLimits.MaxPdfPageTreeNodes} 个，疑似恶意构造，已拒绝读取。";
                        }

                        previousName = name;
                        i = nameEnd;
                        continue;
                }

                if (!IsRegular(b))
                {
                    i++; // a stray ')', '>', '{' or '}'
                    continue;
                }

                var end = i;
                while (end < pdf.Length && IsRegular(pdf[end]))
                {
                    end++;
                }

                var keyword = pdf[i..end];
                if (keyword.SequenceEqual("obj"u8) && ++_objects > ReadingLimits.MaxPdfObjects)
                {
                    return TooManyObjects();
                }

                if (keyword.SequenceEqual("stream"u8))
                {
                    var dataStart = end;
                    if (dataStart < pdf.Length && pdf[dataStart] == '\r')
                    {
                        dataStart++;
                    }

                    if (dataStart < pdf.Length && pdf[dataStart] == '\n')
                    {
                        dataStart++;
                    }

                    var endstream = pdf[dataStart..].IndexOf("endstream"u8);
                    var dataEnd = endstream < 0 ? pdf.Length : dataStart + endstream;
                    var data = pdf[dataStart..dataEnd];
                    var dictionary = lastDictionary.Start >= 0 && lastDictionary.End <= i ? pdf[lastDictionary.Start..lastDictionary.End] : [];
                    if (Stream(data, dictionary) is { } refusal)
                    {
                        return refusal;
                    }

                    lastDictionary = (-1, -1);
                    i = endstream < 0 ? pdf.Length : dataEnd + "endstream".Length;
                    continue;
                }

                i = end;
            }

            return null;
        }

        private string? Stream(ReadOnlySpan<byte> data, ReadOnlySpan<byte> dictionary)
        {
            if (BracketDepth(data) > ReadingLimits.MaxPdfStreamNesting)
            {
                return TooDeep(ReadingLimits.MaxPdfStreamNesting);
            }

            if (!IsParsedAsSyntax(dictionary))
            {
                return null;
            }

            var unpacked = Inflate(data, out var tooLarge);
            if (tooLarge)
            {
                return $"PDF文件中的数据流解压后超过上限（单个 {ReadingLimits.MaxPdfStreamBytes / 1024 / 1024} MB、合计 {ReadingLimits.MaxPdfUnpackedBytes / 1024 / 1024} MB，疑似压缩炸弹），已拒绝读取。";
            }

            if (unpacked is null)
            {
                return null; // not Flate data after all: a parser fails on it the same way
            }

            if (BracketDepth(unpacked) > ReadingLimits.MaxPdfStreamNesting)
            {
                return TooDeep(ReadingLimits.MaxPdfStreamNesting);
            }

            if (dictionary.IndexOf("/ObjStm"u8) >= 0 && NumberAfter(dictionary, "/N"u8) is { } n && (_objects += n) > ReadingLimits.MaxPdfObjects)
            {
                return TooManyObjects();
            }

            return null;
        }

        /// <summary>Flate streams a parser reads as PDF syntax: not pictures, fonts, cross-reference, metadata or embedded files.</summary>
        private static bool IsParsedAsSyntax(ReadOnlySpan<byte> dictionary) =>
            dictionary.IndexOf("/FlateDecode"u8) >= 0
            && dictionary.IndexOf("/Image"u8) < 0 && dictionary.IndexOf("/Length1"u8) < 0 && dictionary.IndexOf("/Length2"u8) < 0
            && dictionary.IndexOf("/Length3"u8) < 0 && dictionary.IndexOf("/XRef"u8) < 0 && dictionary.IndexOf("/Metadata"u8) < 0
            && dictionary.IndexOf("/EmbeddedFile"u8) < 0 && dictionary.IndexOf("/FontFile"u8) < 0 && dictionary.IndexOf("/CIDFontType0C"u8) < 0
            && dictionary.IndexOf("/Type1C"u8) < 0 && dictionary.IndexOf("/OpenType"u8) < 0;

        private byte[]? Inflate(ReadOnlySpan<byte> data, out bool tooLarge)
        {
            tooLarge = false;
            var limit = Math.Min(ReadingLimits.MaxPdfStreamBytes, ReadingLimits.MaxPdfUnpackedBytes - _unpacked);
            try
            {
                using var z = new ZLibStream(new MemoryStream(data.ToArray(), writable: false), CompressionMode.Decompress);
                using var output = new MemoryStream();
                var buffer = new byte[81920];
                int n;
                while ((n = z.Read(buffer)) > 0)
                {
                    output.Write(buffer, 0, n);
                    if (output.Length > limit)
                    {
                        tooLarge = true;
                        return null;
                    }
                }

                _unpacked += output.Length;
                return output.ToArray();
            }
            catch (InvalidDataException)
            {
                return null;
            }
        }

        private static int BracketDepth(ReadOnlySpan<byte> data)
        {
            var depth = 0;
            var deepest = 0;
            for (var i = 0; i < data.Length; i++)
            {
                switch (data[i])
                {
                    case (byte)'[':
                        deepest = Math.Max(deepest, ++depth);
                        break;
                    case (byte)'<' when i + 1 < data.Length && data[i + 1] == '<':
                        deepest = Math.Max(deepest, ++depth);
                        i++;
                        break;
                    case (byte)']':
                        depth = Math.Max(0, depth - 1);
                        break;
                    case (byte)'>' when i + 1 < data.Length && data[i + 1] == '>':
                        depth = Math.Max(0, depth - 1);
                        i++;
                        break;
                }

                if (deepest > ReadingLimits.MaxPdfStreamNesting)
                {
                    break;
                }
            }

            return deepest;
        }

        private static int SkipLiteralString(ReadOnlySpan<byte> pdf, int open)
        {
            var level = 0;
            for (var i = open; i < pdf.Length; i++)
            {
                switch (pdf[i])
                {
                    case (byte)'\\':
                        i++;
                        break;
                    case (byte)'(':
                        level++;
                        break;
                    case (byte)')' when --level == 0:
                        return i + 1;
                }
            }

            return pdf.Length;
        }

        private static long? NumberAfter(ReadOnlySpan<byte> dictionary, ReadOnlySpan<byte> key)
        {
            var at = dictionary.IndexOf(key);
            while (at >= 0)
            {
                var i = at + key.Length;
                if (i < dictionary.Length && !IsRegular(dictionary[i]))
                {
                    while (i < dictionary.Length && IsWhite(dictionary[i]))
                    {
                        i++;
                    }

                    var start = i;
                    while (i < dictionary.Length && char.IsAsciiDigit((char)dictionary[i]) && i - start < 9)
                    {
                        i++;
                    }

                    return i > start && long.TryParse(Encoding.ASCII.GetString(dictionary[start..i]), out var n) ? n : null;
                }

                var next = dictionary[(at + 1)..].IndexOf(key);
                at = next < 0 ? -1 : at + 1 + next;
            }

            return null;
        }

        private static string TooDeep(int limit) =>
            $"PDF文件中的数组或字典嵌套超过 {limit} 层（正常文件不超过几十层），疑似恶意构造，已拒绝读取。";

        private string TooManyObjects() =>
            $"PDF文件中的对象超过 {ReadingLimits.MaxPdfObjects} 个（已数到 {_objects} 个），已拒绝读取。";
    }
}
