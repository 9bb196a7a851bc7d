namespace Gongkai.Domain.AnnualReports;

/// <summary>
/// Table 四, for each of 行政复议, 行政诉讼›未经复议直接起诉 and 行政诉讼›复议后起诉: 总计 = 结果维持 + 结果纠正 + 其他结果
/// + 尚未审结.
/// <para>
/// Source: inference, not written in the form (formats-and-law.md §1.6 [U-inference]; holds on 上海 2019:
/// 5 + 0 + 0 + 2 = 7 and 8 + 0 + 0 + 1 = 9). A case is either decided (upheld, corrected, other) or pending, and
/// 总计 closes the group.
/// </para>
/// </summary>
public sealed class AppealTotalsAreSumsOfResults : IConsistencyRule
{
    /// <summary>The rule id.</summary>
    public const string RuleId = "table4.appeal-totals";

    /// <inheritdoc/>
    public string Id => RuleId;

    /// <inheritdoc/>
    public string Title => "表四：各总计＝结果维持＋结果纠正＋其他结果＋尚未审结";

    /// <inheritdoc/>
    public FindingSeverity Severity => FindingSeverity.Error;

    /// <inheritdoc/>
    public bool AppliesTo(ReportFormat format) => Table4Labels.IsIn(format);

    /// <inheritdoc/>
    public IEnumerable<Finding> Check(AnnualReportData report)
    {
        if (!AppliesTo(report.Format))
        {
            return [];
        }

        return Table4Labels.Groups.SelectMany(group =>
            CellRelation.TotalOf(
                    report,
                    Table4Labels.At([.. group, Table4Labels.Total]),
                    Table4Labels.Results.Select(result => Table4Labels.At([.. group, result])))
                .Findings(this, r =>
                    $"表四“{string.Join('›', group)}”：总计为{ValueText.Of(r.LeftSum)}，而结果维持、结果纠正、其他结果、尚未审结之和为{ValueText.Of(r.RightSum)}。"));
    }
}
