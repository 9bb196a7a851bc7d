using Gongkai.Domain.AnnualReports;

namespace Gongkai.Domain.Audit;

/// <summary>
/// Which national format (<see cref="ReportFormat"/>) a published report is written in, how sure the reader is
/// (0–1), and why (Chinese, for the audit report). Detected from the report's content; the report year is weaker
/// evidence (reports of 2022 exist in the 2019 layout).
/// </summary>
/// <param name="Format">The format guessed; null when there is not enough to tell.</param>
/// <param name="Confidence">0 (no idea) … 1 (certain).</param>
/// <param name="TablesFound">True when the statistical tables of <paramref name="Format"/> were found in the text.</param>
/// <param name="Reasons">The evidence, in Chinese.</param>
/// <param name="MatchedLabels">Table labels found, for tracing.</param>
public sealed record ReportFormatGuess(
    ReportFormat? Format,
    double Confidence,
    bool TablesFound,
    IReadOnlyList<string> Reasons,
    IReadOnlyList<string> MatchedLabels)
{
    /// <summary>The format name used in findings: "2008", "2014", "2019", "2021", or "unknown".</summary>
    public string FormatName => NameOf(Format);

    /// <summary>The format name of <paramref name="format"/>: "2008" … "2021", or "unknown".</summary>
    public static string NameOf(ReportFormat? format) => format?.Name ?? "unknown";

    /// <summary>The format in force for reports about <paramref name="year"/>; null before the first report year (2008).</summary>
    public static ReportFormat? FormatInForce(int year) =>
        year < ReportFormatExtensions.FirstReportYear ? null : ReportFormat.DefaultFor(year);
}
