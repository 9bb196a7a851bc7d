using System.IO.Compression;

namespace Gongkai.Documents.Guards;

/// <summary>
/// A bounded check of a zip's directory before anything is unpacked: the number of entries, what each and all of
/// them declare they unpack to, and each entry's compression ratio (zip bombs). An entry that unpacks to more than it
/// declared is caught while it is read, through <see cref="OpenBounded"/>. Iterative; time and memory are linear in
/// the directory's size, which the file-size cap bounds.
/// </summary>
public static class ZipPackageScan
{
    /// <summary>A Chinese reason when <paramref name="zip"/> breaks <paramref name="limits"/>; null when it may be unpacked.</summary>
    /// <param name="zip">The archive (its directory is read, no entry is unpacked).</param>
    /// <param name="limits">The limits.</param>
    /// <param name="what">What the zip is, for the message (“Word 文档”, “压缩包”).</param>
    public static string? Check(ZipArchive zip, ZipLimits limits, string what)
    {
        ArgumentNullException.ThrowIfNull(zip);
        ArgumentNullException.ThrowIfNull(limits);
        var entries = zip.Entries;
        if (entries.Count > limits.MaxEntries)
        {
            return $"{what}中有 {entries.Count} 个文件，超过 {limits.MaxEntries} 个的上限，已拒绝读取。";
        }

        long total = 0;
        foreach (var entry in entries)
        {
            if (entry.Length > limits.MaxEntryBytes)
            {
                return $"{what}中的“{entry.FullName}”解压后超过 {limits.MaxEntryBytes / 1024 / 1024} MB（疑似压缩炸弹），已拒绝读取。";
            }

            total += entry.Length;
            if (total > limits.MaxTotalBytes)
            {
                return $"{what}解压后超过 {limits.MaxTotalBytes / 1024 / 1024} MB（疑似压缩炸弹），已拒绝读取。";
            }

            if (entry.Length > limits.RatioCheckedFromBytes && entry.Length > (long)limits.MaxCompressionRatio * Math.Max(1, entry.CompressedLength))
            {
                return $"{what}中的“{entry.FullName}”压缩比超过 {limits.MaxCompressionRatio}:1（疑似压缩炸弹），已拒绝读取。";
            }
        }

        return null;
    }

    /// <summary>Opens <paramref name="entry"/> for reading, throwing <see cref="InvalidDataException"/> once it gives more bytes than it declared or than <paramref name="maxBytes"/>.</summary>
    public static Stream OpenBounded(ZipArchiveEntry entry, long maxBytes)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return new BoundedReadStream(entry.Open(), Math.Min(entry.Length, maxBytes));
    }

    /// <summary>Reads <paramref name="entry"/> whole, within the bound of <see cref="OpenBounded"/>.</summary>
    public static byte[] ReadBounded(ZipArchiveEntry entry, long maxBytes)
    {
        using var stream = OpenBounded(entry, maxBytes);
        using var buffer = new MemoryStream((int)Math.Min(entry.Length, maxBytes));
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }

    private sealed class BoundedReadStream(Stream inner, long limit) : Stream
    {
        private long _read;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => _read; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            var n = inner.Read(buffer);
            _read += n;
            if (_read > limit)
            {
                throw new InvalidDataException($"zip entry unpacks to more than {limit} bytes");
            }

            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
