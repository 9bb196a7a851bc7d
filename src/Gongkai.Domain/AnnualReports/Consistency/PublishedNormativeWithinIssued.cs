namespace Gongkai.Domain.AnnualReports;

/// <summary>
/// 统计表 一（一）: 其中：主动公开规范性文件数 ≤ 制发规范性文件总数.
/// <para>
/// Source: inference. Both rows count the year's normative documents (规范性文件), one those published, the other
/// those issued; normative documents are to be published within 20 working days of issue (2007 条例 第十八条), so
/// documents published in a year are essentially those issued in it. A document issued in late December and published
/// in January, or a batch of old documents published during a clean-up (清理), explains a small excess; hence
/// Warning. Fires on 西宁 2017: 3145 published against 2139 issued.
/// </para>
/// </summary>
public sealed class PublishedNormativeWithinIssued : IConsistencyRule
{
    /// <summary>The rule id.</summary>
    public const string RuleId = "stats2014.normative-published-within-issued";

    /// <inheritdoc/>
    public string Id => RuleId;

    /// <inheritdoc/>
    public string Title => "统计表：主动公开规范性文件数不超过制发规范性文件总数";

    /// <inheritdoc/>
    public FindingSeverity Severity => FindingSeverity.Warning;

    /// <inheritdoc/>
    public bool AppliesTo(ReportFormat format) => format == ReportFormat.Format2014;

    /// <inheritdoc/>
    public IEnumerable<Finding> Check(AnnualReportData report)
    {
        if (!AppliesTo(report.Format))
        {
            return [];
        }

        return CellRelation.WithinTotal(
                report,
                [StatisticsTableRows.At(StatisticsTableRows.PublishedNormativeDocuments)],
                StatisticsTableRows.At(StatisticsTableRows.IssuedNormativeDocuments))
            .Findings(this, r =>
                $"统计表“其中：主动公开规范性文件数”为{ValueText.Of(r.LeftSum)}，多于本年“制发规范性文件总数”{ValueText.Of(r.RightSum)}；请核实是否计入了往年制发的文件或统计口径不一。");
    }
}
