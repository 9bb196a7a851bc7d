namespace Gongkai.Documents.Guards;

/// <summary>What a zip may hold before <see cref="ZipPackageScan"/> refuses it.</summary>
/// <param name="MaxEntries">The most entries.</param>
/// <param name="MaxEntryBytes">The most one entry may unpack to.</param>
/// <param name="MaxTotalBytes">The most all entries together may unpack to.</param>
/// <param name="MaxCompressionRatio">The highest unpacked/packed ratio for an entry larger than <paramref name="RatioCheckedFromBytes"/>.</param>
/// <param name="RatioCheckedFromBytes">Smaller entries are not held to the ratio.</param>
public sealed record ZipLimits(int MaxEntries, long MaxEntryBytes, long MaxTotalBytes, int MaxCompressionRatio, long RatioCheckedFromBytes)
{
    /// <summary>The limits of a DOCX/XLSX package (<see cref="ReadingLimits"/>).</summary>
    public static ZipLimits OfficePackage { get; } = new(ReadingLimits.MaxZipEntries, ReadingLimits.MaxZipEntryBytes,
        ReadingLimits.MaxZipTotalBytes, ReadingLimits.MaxCompressionRatio, ReadingLimits.RatioCheckedFromBytes);
}
