using Gongkai.Domain.AnnualReports;
using Gongkai.Domain.Audit;

namespace Gongkai.Documents.Batch;

/// <summary>One report in a supervisor's summary: who, which year, which format, findings by severity, reading status.</summary>
/// <param name="Index">The report's place in the batch as given (1-based), which names its detail.</param>
/// <param name="File">The file name.</param>
/// <param name="Agency">The agency read from the report, or null.</param>
/// <param name="Year">The report year read, or null.</param>
/// <param name="Format">The report format (2008/2014/2019/2021 or unknown).</param>
/// <param name="Errors">Error findings.</param>
/// <param name="Warnings">Warning findings.</param>
/// <param name="Infos">Info findings.</param>
/// <param name="Reading">What came of reading the file.</param>
public sealed record AuditSummaryRow(int Index, string File, string? Agency, int? Year, string Format, int Errors, int Warnings, int Infos,
    ReportReadStatus Reading)
{
    /// <summary>The reading status in Chinese, as the summary shows it.</summary>
    public string ReadingLabel => Reading switch
    {
        ReportReadStatus.Read => "已读取",
        ReportReadStatus.NotAReport => "已读取（不像年度报告）",
        ReportReadStatus.Empty => "无法读取：没有文字",
        ReportReadStatus.ToolMissing => "无法读取：缺少工具",
        _ => "无法读取",
    };

    /// <summary>True when the file was not read, so not checked.</summary>
    public bool NotRead => Reading is not (ReportReadStatus.Read or ReportReadStatus.NotAReport);

    /// <summary>
    /// The summary's order, worst first: most errors; then files that could not be read (nothing in them was
    /// checked, a supervisor must get a readable copy); then most warnings, most infos; then by file name.
    /// </summary>
    public static IReadOnlyList<AuditSummaryRow> WorstFirst(IEnumerable<AuditedFile> files) =>
        files.Select((f, i) => Of(i + 1, f))
            .OrderByDescending(r => r.Errors)
            .ThenByDescending(r => r.NotRead)
            .ThenByDescending(r => r.Warnings)
            .ThenByDescending(r => r.Infos)
            .ThenBy(r => r.File, StringComparer.Ordinal)
            .ThenBy(r => r.Index)
            .ToList();

    private static AuditSummaryRow Of(int index, AuditedFile file)
    {
        var r = file.Report;
        return new AuditSummaryRow(index, Path.GetFileName(file.Name), r.Agency, r.Year, r.Format,
            r.Count(FindingSeverity.Error), r.Count(FindingSeverity.Warning), r.Count(FindingSeverity.Info), file.Reading);
    }
}
