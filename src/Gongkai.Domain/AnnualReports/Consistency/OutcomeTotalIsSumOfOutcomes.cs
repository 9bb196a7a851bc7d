namespace Gongkai.Domain.AnnualReports;

/// <summary>
/// For every column of table 三: （七）总计 = （一）予以公开 + （二）部分公开 + Σ（三）不予公开 1–8 + Σ（四）无法提供 1–3
/// + Σ（五）不予处理 1–5 + （六）其他处理 (2019: one row; 2021: Σ 1–3).
/// <para>
/// Source: inference, not written in the form (formats-and-law.md §1.5 "[U-inference], but holds in every dataset
/// examined"). The outcome rows are exclusive by the form's own words — （二）"区分处理的，只计这一情形，不计其他情形" —
/// and "总计" closes the list, so it is their sum. The outcome rows are taken from the layout (every row under
/// 三、本年度办理结果 except （七）总计), so the rule follows each format's rows.
/// </para>
/// </summary>
public sealed class OutcomeTotalIsSumOfOutcomes : IConsistencyRule
{
    /// <summary>The rule id.</summary>
    public const string RuleId = "table3.outcome-total";

    /// <inheritdoc/>
    public string Id => RuleId;

    /// <inheritdoc/>
    public string Title => "表三每列：（七）总计＝各项办理结果之和";

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

        var outcomes = Table3Labels.OutcomeRows(report.Format);
        return Table3Labels.Columns.SelectMany(column =>
            CellRelation.TotalOf(report, Table3Labels.At(Table3Labels.OutcomeTotalRow, column), outcomes.Select(row => Table3Labels.At(row, column)))
                .Findings(this, r =>
                    $"表三“{Table3Labels.NameOf(column)}”列：（七）总计为{ValueText.Of(r.LeftSum)}，而（一）至（六）各项办理结果之和为{ValueText.Of(r.RightSum)}。"));
    }
}
