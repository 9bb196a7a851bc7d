namespace Gongkai.Domain.AnnualReports;

/// <summary>
/// A rule comparing a report with the same agency's report of the year before. When the report given as the previous
/// year is not the agency's report for the year before, the rule reports one Info finding and checks nothing.
/// </summary>
public abstract class CrossYearRule : IConsistencyRule
{
    /// <summary>A rule against <paramref name="previousYear"/>.</summary>
    protected CrossYearRule(AnnualReportData previousYear)
    {
        ArgumentNullException.ThrowIfNull(previousYear);
        PreviousYear = previousYear;
    }

    /// <summary>The agency's report of the year before.</summary>
    public AnnualReportData PreviousYear { get; }

    /// <inheritdoc/>
    public abstract string Id { get; }

    /// <inheritdoc/>
    public abstract string Title { get; }

    /// <inheritdoc/>
    public FindingSeverity Severity => FindingSeverity.Warning;

    /// <summary>Whether the rule applies to a report in <paramref name="format"/> against <see cref="PreviousYear"/>.</summary>
    public bool AppliesTo(ReportFormat format) => AppliesTo(format, PreviousYear.Format);

    /// <inheritdoc/>
    public IEnumerable<Finding> Check(AnnualReportData report)
    {
        if (!AppliesTo(report.Format))
        {
            return [];
        }

        if (PreviousYear.Year != report.Year - 1 || PreviousYear.Agency.Code != report.Agency.Code)
        {
            return
            [
                new Finding(Id, FindingSeverity.Info,
                    $"未作跨年核对（{Title}）：给出的上一年度数据是{PreviousYear.Agency.Name}（{PreviousYear.Agency.Code}）{PreviousYear.Year}年的报告，" +
                    $"不是{report.Agency.Name}（{report.Agency.Code}）{report.Year - 1}年的报告。",
                    []),
            ];
        }

        return CheckAgainstPreviousYear(report);
    }

    /// <summary>Whether the rule applies to a report in <paramref name="format"/> with last year's in <paramref name="previousFormat"/>.</summary>
    protected abstract bool AppliesTo(ReportFormat format, ReportFormat previousFormat);

    /// <summary>The findings, once the previous year is known to be the right report.</summary>
    protected abstract IEnumerable<Finding> CheckAgainstPreviousYear(AnnualReportData report);
}
