namespace Gongkai.Domain.AnnualReports;

/// <summary>
/// A 2014 统计表 relation "a row = the sum of the numbered rows printed beneath it", where those rows divide the total
/// into kinds every counted item has exactly one of. Blank parts read as 0 (西宁 2017 left 传真申请数 and 网络申请数
/// blank); a blank total is reported as Info.
/// </summary>
public abstract class StatisticsTableSumRule : IConsistencyRule
{
    private readonly IReadOnlyList<string> _total;
    private readonly IReadOnlyList<IReadOnlyList<string>> _parts;

    /// <summary>A rule "<paramref name="total"/> = Σ <paramref name="parts"/>" over 统计表 row paths.</summary>
    protected StatisticsTableSumRule(IReadOnlyList<string> total, IReadOnlyList<IReadOnlyList<string>> parts)
    {
        _total = total;
        _parts = parts;
    }

    /// <inheritdoc/>
    public abstract string Id { get; }

    /// <inheritdoc/>
    public abstract string Title { get; }

    /// <inheritdoc/>
    public FindingSeverity Severity => FindingSeverity.Error;

    /// <inheritdoc/>
    public bool AppliesTo(ReportFormat format) => format == ReportFormat.Format2014;

    /// <inheritdoc/>
    public IEnumerable<Finding> Check(AnnualReportData report)
    {
        if (!AppliesTo(report.Format))
        {
            return [];
        }

        return CellRelation.TotalOf(report, StatisticsTableRows.At(_total), _parts.Select(StatisticsTableRows.At))
            .Findings(this, r =>
                $"统计表“{_total[^1]}”为{ValueText.Of(r.LeftSum)}，而{string.Join("、", _parts.Select(p => $"“{p[^1]}”"))}之和为{ValueText.Of(r.RightSum)}。");
    }
}
