namespace Gongkai.Domain.AnnualReports;

/// <summary>
/// 2014 format: a figure the narrative states equals the 统计表 row that counts the same thing
/// (<see cref="NarrativeFigures.StatisticsCounterparts"/>), e.g. 正文 行政复议数 = 统计表 四、行政复议数量.
/// <para>
/// Source: inference — the narrative and the attached 统计表 report the same year of the same agency; evaluators treat
/// a mismatch as a defect of the report. A figure the text does not state is skipped; a table cell left blank while
/// the text states the figure is reported as Info; a report that prints no 统计表 at all (巴彦淖尔 and 博乐 2017 did
/// not — the 2014 notice required the table to be submitted, not necessarily published) is not checked. Warning, because a text may round ("1800余条") or, like 西宁 2017
/// ("四区三县共收到……7件"), add figures of a different scope.
/// </para>
/// </summary>
public sealed class NarrativeMatchesTable : IConsistencyRule
{
    /// <summary>The rule id.</summary>
    public const string RuleId = "narrative.matches-table";

    /// <inheritdoc/>
    public string Id => RuleId;

    /// <inheritdoc/>
    public string Title => "正文所述数字与统计表一致";

    /// <inheritdoc/>
    public FindingSeverity Severity => FindingSeverity.Warning;

    /// <inheritdoc/>
    public bool AppliesTo(ReportFormat format) => format == ReportFormat.Format2014;

    /// <inheritdoc/>
    public IEnumerable<Finding> Check(AnnualReportData report)
    {
        if (!AppliesTo(report.Format)
            || !report.Cells.Any(c => c.Value is not null && LabelKey.Of(c.Table) == LabelKey.Of(StatisticsTableRows.TableId)))
        {
            return [];
        }

        return NarrativeFigures.StatisticsCounterparts
            .Where(pair => report.ValueAt(NarrativeFigures.At(pair.Figure)) is not null)
            .SelectMany(pair =>
                new CellRelation(
                        [new RelationTerm(report, NarrativeFigures.At(pair.Figure))],
                        RelationKind.Equal,
                        [new RelationTerm(report, StatisticsTableRows.At(pair.StatisticsRow), IsTotal: true)])
                    .Findings(this, r =>
                        $"正文所述“{pair.Figure[^1]}”为{ValueText.Of(r.LeftSum)}，而统计表“{pair.StatisticsRow[^1]}”为{ValueText.Of(r.RightSum)}。"));
    }
}
