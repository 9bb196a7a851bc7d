namespace Gongkai.Documents.Guards;

/// <summary>
/// The limits every file a user hands us is checked against before a reader that may recurse (the Open XML SDK,
/// AngleSharp, a PDF parser) sees it. Each is far above what a real report needs and far below what would exhaust a
/// thread's stack or the host's memory; docs/report-auditor.md ("Hostile files") lists them with their reasons.
/// </summary>
public static class ReadingLimits
{
    /// <summary>The deepest element nesting in any XML part of a DOCX/XLSX (real documents: a few dozen).</summary>
    public const int MaxXmlDepth = 256;

    /// <summary>The most characters one XML part may hold: 32 million (a long report's document.xml is a few million).</summary>
    public const long MaxCharactersInXmlPart = 32L * 1024 * 1024;

    /// <summary>The most entries a DOCX/XLSX package may hold (a report with pictures: a few dozen to a few hundred).</summary>
    public const int MaxZipEntries = 5_000;

    /// <summary>The most one zip entry may unpack to: 64 MB.</summary>
    public const long MaxZipEntryBytes = 64L * 1024 * 1024;

    /// <summary>The most a whole package may unpack to: 256 MB (reports with pictures are a few tens of MB).</summary>
    public const long MaxZipTotalBytes = 256L * 1024 * 1024;

    /// <summary>The highest compression ratio accepted for an entry that unpacks to more than <see cref="RatioCheckedFromBytes"/>.</summary>
    public const int MaxCompressionRatio = 500;

    /// <summary>Entries smaller than this unpacked (1 MB) are not held to <see cref="MaxCompressionRatio"/>.</summary>
    public const long RatioCheckedFromBytes = 1024L * 1024;

    /// <summary>The deepest element nesting in an HTML page parsed as a tree; deeper pages are read as text with the tags removed.</summary>
    public const int MaxHtmlDepth = 1_000;

    /// <summary>The deepest nesting of PDF arrays and dictionaries in the file's structure (real files: under 10).</summary>
    public const int MaxPdfNesting = 100;

    /// <summary>
    /// The deepest bracket nesting counted in PDF stream data (raw and unpacked), where brackets are counted without
    /// regard to syntax because compressed data holds bracket bytes at random: a random 32 MB stream reaches about 1,500.
    /// </summary>
    public const int MaxPdfStreamNesting = 4_000;

    /// <summary>The most objects a PDF may declare (indirect objects plus those in object streams).</summary>
    public const int MaxPdfObjects = 500_000;

    /// <summary>The most page-tree nodes (/Type /Pages) a PDF may hold.</summary>
    public const int MaxPdfPageTreeNodes = 5_000;

    /// <summary>The most one PDF stream may unpack to when the guard looks inside it (64 MB), and all streams together (256 MB).</summary>
    public const long MaxPdfStreamBytes = 64L * 1024 * 1024, MaxPdfUnpackedBytes = 256L * 1024 * 1024;
}
