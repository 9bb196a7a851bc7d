namespace Gongkai.Domain.Audit;

/// <summary>What a report says about itself: who published it, for which year, over which period, when, in which layout, and its parts.</summary>
/// <param name="Agency">The publishing agency (行政机关), e.g. 西宁市, 白云鄂博矿区人民政府.</param>
/// <param name="Year">The year reported on (报告年度).</param>
/// <param name="StatisticsPeriod">The statistics period (统计期限); assumed as the calendar year when not printed.</param>
/// <param name="PublishedOn">Publication date printed on the page (发布时间).</param>
/// <param name="SignedOn">The date under the signature at the end (落款日期), if any.</param>
/// <param name="FormatGuess">Which national format the report is written in, with confidence and reasons.</param>
/// <param name="Sections">The top-level parts found in the document.</param>
/// <param name="Script">Simplified or traditional script.</param>
public sealed record ReportMetadata(
    MetadataValue<string>? Agency,
    MetadataValue<int>? Year,
    ReportPeriod? StatisticsPeriod,
    MetadataValue<DateOnly>? PublishedOn,
    MetadataValue<DateOnly>? SignedOn,
    ReportFormatGuess FormatGuess,
    IReadOnlyList<DocumentSection> Sections,
    ChineseScript Script)
{
    /// <summary>The agency name, or null.</summary>
    public string? AgencyName => Agency?.Value;

    /// <summary>The report year, or null.</summary>
    public int? ReportYear => Year?.Value;

    /// <summary>The part numbered <paramref name="number"/> (1 = 一), or null when missing.</summary>
    public DocumentSection? Section(int number) => Sections.FirstOrDefault(s => s.Number == number);
}
