namespace Gongkai.Domain.AnnualReports;

/// <summary>
/// For every row of table 三: 总计 = 自然人 + 商业企业 + 科研机构 + 社会公益组织 + 法律服务机构 + 其他.
/// <para>
/// Source: inference, not written in the form (formats-and-law.md §1.5 [U-inference]; holds on 上海 2019:
/// 821 + 35 + 0 + 0 + 2 + 1 = 859). Every applicant is exactly one of the six kinds under "申请人情况", and "总计" is
/// the column that closes them.
/// </para>
/// </summary>
public sealed class ApplicantTotalIsSumOfApplicants : IConsistencyRule
{
    /// <summary>The rule id.</summary>
    public const string RuleId = "table3.applicant-total";

    /// <inheritdoc/>
    public string Id => RuleId;

    /// <inheritdoc/>
    public string Title => "表三每行：总计＝自然人＋五类法人或其他组织之和";

    /// <inheritdoc/>
    public FindingSeverity Severity => FindingSeverity.Error;

    /// <inheritdoc/>
    public bool AppliesTo(ReportFormat format) => Table3Labels.IsIn(format);

    /// <inheritdoc/>
    public IEnumerable<Finding> Check(AnnualReportData report)
    {
        if (!AppliesTo(report.Format))
        {
            return [];
        }

        return Table3Labels.Rows(report.Format).SelectMany(row =>
            CellRelation.TotalOf(report, Table3Labels.At(row, Table3Labels.TotalColumn), Table3Labels.ApplicantColumns.Select(c => Table3Labels.At(row, c)))
                .Findings(this, r =>
                    $"表三“{string.Join('›', row)}”行：总计为{ValueText.Of(r.LeftSum)}，而自然人与五类法人或其他组织之和为{ValueText.Of(r.RightSum)}。"));
    }
}
