namespace Gongkai.Domain.AnnualReports;

/// <summary>
/// For every column of table 三: this year's 二、上年结转政府信息公开申请数量 = last year's 四、结转下年度继续办理.
/// <para>
/// Source: inference from the row names of 国办公开办函〔2019〕60号 / 〔2021〕30号 (both formats carry both rows with the
/// same columns, so the rule also spans 2020 → 2021). What one year carries forward is what the next year carries
/// over. Warning: a recount, a corrected previous report or a change of the agency's remit explains a difference.
/// Blank cells read as 0 on both sides.
/// </para>
/// </summary>
public sealed class CarryOverMatchesPreviousYear(AnnualReportData previousYear) : CrossYearRule(previousYear)
{
    /// <summary>The rule id.</summary>
    public const string RuleId = "cross-year.carry-over";

    /// <inheritdoc/>
    public override string Id => RuleId;

    /// <inheritdoc/>
    public override string Title => "表三每列：本年上年结转＝上年报告结转下年度继续办理";

    /// <inheritdoc/>
    protected override bool AppliesTo(ReportFormat format, ReportFormat previousFormat) =>
        Table3Labels.IsIn(format) && Table3Labels.IsIn(previousFormat);

    /// <inheritdoc/>
    protected override IEnumerable<Finding> CheckAgainstPreviousYear(AnnualReportData report) =>
        Table3Labels.Columns.SelectMany(column =>
            new CellRelation(
                    [new RelationTerm(report, Table3Labels.At(Table3Labels.CarriedOverRow, column))],
                    RelationKind.Equal,
                    [new RelationTerm(PreviousYear, Table3Labels.At(Table3Labels.CarriedForwardRow, column))])
                .Findings(this, r =>
                    $"表三“{Table3Labels.NameOf(column)}”列：本年“二、上年结转”为{ValueText.Of(r.LeftSum)}，" +
                    $"而{PreviousYear.Year}年报告“四、结转下年度继续办理”为{ValueText.Of(r.RightSum)}。"));
}
