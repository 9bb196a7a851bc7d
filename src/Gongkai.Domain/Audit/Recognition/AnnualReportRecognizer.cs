namespace Gongkai.Domain.Audit;

/// <summary>Tells an annual report (政府信息公开工作年度报告) from other text.</summary>
public static class AnnualReportRecognizer
{
    /// <summary>
    /// True when the text speaks of 政府信息公开 / 政务公开 together with 年度报告 / 年报 / 工作报告 / 统计表, or
    /// carries at least three labels of the report tables.
    /// </summary>
    public static bool LooksLikeAnnualReport(IEnumerable<ReportLine> lines)
    {
        var compact = ReportFormatLabels.Compact(lines);
        var aboutDisclosure = compact.Contains("政府信息公开", StringComparison.Ordinal)
                              || compact.Contains("政务公开", StringComparison.Ordinal);
        var isReport = compact.Contains("年度报告", StringComparison.Ordinal)
                       || compact.Contains("年报", StringComparison.Ordinal)
                       || compact.Contains("工作报告", StringComparison.Ordinal)
                       || compact.Contains("统计表", StringComparison.Ordinal);
        if (aboutDisclosure && isReport)
        {
            return true;
        }

        var labels = ReportFormatLabels.Hits(compact, ReportFormatLabels.Shared2019And2021).Count
                     + ReportFormatLabels.Hits(compact, ReportFormatLabels.Table2014).Count;
        return labels >= 3;
    }
}
