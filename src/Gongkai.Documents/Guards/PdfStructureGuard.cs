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
    public static string? Check(byte[] pdf)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        var scan = new Scan(pdf);
        return scan.Structure(pdf);
    }

    private static bool IsWhite(byte b) => b is 0 or 9 or 10 or 12 or 13 or 32;

    private static bool IsDelimiter(byte b) => b is (byte)'(' or (byte)')' or (byte)'<' or (byte)'>' or (byte)'[' or (byte)']'
        or (byte)'{' or (byte)'}' or (byte)'/' or (byte)'%';

    private static bool IsRegular(byte b) => !IsWhite(b) && !IsDelimiter(b);

    private sealed class Scan(byte[] file)
    {
        private readonly byte[] _buffer = new byte[64 * 1024];
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
                    var dictionary = lastDictionary.Start >= 0 && lastDictionary.End <= i ? pdf[lastDictionary.Start..lastDictionary.End] : [];
                    if (Stream(dataStart, dataEnd - dataStart, dictionary) is { } refusal)
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

        private string? Stream(int start, int length, ReadOnlySpan<byte> dictionary)
        {
            var raw = new BracketCounter();
            raw.Feed(file.AsSpan(start, length));
            if (raw.Deepest > ReadingLimits.MaxPdfStreamNesting)
            {
                return TooDeep(ReadingLimits.MaxPdfStreamNesting);
            }

            if (!IsParsedAsSyntax(dictionary))
            {
                return null;
            }

            var (unpacked, tooLarge) = InflateAndCount(start, length);
            if (tooLarge)
            {
                return $"PDF文件中的数据流解压后超过上限（单个 {ReadingLimits.MaxPdfStreamBytes / 1024 / 1024} MB、合计 {ReadingLimits.MaxPdfUnpackedBytes / 1024 / 1024} MB，疑似压缩炸弹），已拒绝读取。";
            }

            if (unpacked > ReadingLimits.MaxPdfStreamNesting)
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

        /// <summary>Unpacks the Flate stream at [start, start+length) chunk by chunk, counting bracket depth as it goes (nothing is kept).</summary>
        private (int Deepest, bool TooLarge) InflateAndCount(int start, int length)
        {
            var limit = Math.Min(ReadingLimits.MaxPdfStreamBytes, ReadingLimits.MaxPdfUnpackedBytes - _unpacked);
            var counter = new BracketCounter();
            long total = 0;
            try
            {
                using var z = new ZLibStream(new MemoryStream(file, start, length, writable: false), CompressionMode.Decompress);
                int n;
                while ((n = z.Read(_buffer)) > 0)
                {
                    total += n;
                    if (total > limit)
                    {
                        return (0, true);
                    }

                    counter.Feed(_buffer.AsSpan(0, n));
                    if (counter.Deepest > ReadingLimits.MaxPdfStreamNesting)
                    {
                        break;
                    }
                }
            }
            catch (InvalidDataException)
            {
                // not Flate data after all, or cut short: a parser fails on it the same way, past what was counted
            }

            _unpacked += total;
            return (counter.Deepest, false);
        }

        /// <summary>Bracket depth over bytes fed in pieces, with no regard to syntax; clamped at zero so closers cannot hide openers.</summary>
        private struct BracketCounter
        {
            private int _depth;
            private byte _previous;

            public int Deepest { get; private set; }

            public void Feed(ReadOnlySpan<byte> data)
            {
                foreach (var b in data)
                {
                    switch (b)
                    {
                        case (byte)'[':
                            Open();
                            break;
                        case (byte)']':
                            _depth = Math.Max(0, _depth - 1);
                            break;
                        case (byte)'<' when _previous == '<':
                            Open();
                            _previous = 0; // "<<<" is one opener and a '<'
                            continue;
                        case (byte)'>' when _previous == '>':
                            _depth = Math.Max(0, _depth - 1);
                            _previous = 0;
                            continue;
                    }

                    _previous = b;
                }
            }

            private void Open()
            {
                _depth++;
                if (_depth > Deepest)
                {
                    Deepest = _depth;
                }
            }
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
