namespace Gongkai.Domain.AnnualReports;

/// <summary>
/// 2019 format, table 二 第二十条第（五）（六）（八）项, for every row: this year's 上一年项目数量 = last year's
/// 上一年项目数量 + last year's 本年增/减.
/// <para>
/// Source: inference from the column names of 国办公开办函〔2019〕60号: 上一年项目数量 is the number of items (事项) a
/// year ago and 本年增/减 its signed change, so their sum is the number at the end of the year, which the next report
/// prints as its 上一年项目数量. Applies to 2020 against 2019 (both years in the 2019 format). Warning: item lists are
/// re-based when a catalogue (权责清单) is revised.
/// </para>
/// <para>
/// Not a rule: 处理决定数量 = 上一年项目数量 + 本年增/减. 处理决定数量 counts decisions, the other two count items; the
/// 白云鄂博 2019 report (seeds/003) fills the columns as if it were a sum, which is a misreading of the format, not a
/// relation to check.
/// </para>
/// </summary>
public sealed class ItemCountRollsForward(AnnualReportData previousYear) : CrossYearRule(previousYear)
{
    /// <summary>The rule id.</summary>
    public const string RuleId = "cross-year.item-count";

    /// <inheritdoc/>
    public override string Id => RuleId;

    /// <inheritdoc/>
    public override string Title => "表二（2019格式）：上一年项目数量＝上年报告的上一年项目数量＋本年增/减";

    /// <summary>The rows of 第二十条第（五）（六）（八）项.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Rows { get; } =
    [
        [Table2Labels.Article20Item5, Table2Labels.Licensing],
        [Table2Labels.Article20Item5, Table2Labels.OtherExternalServices],
        [Table2Labels.Article20Item6, Table2Labels.Penalties],
        [Table2Labels.Article20Item6, Table2Labels.Coercion],
        [Table2Labels.Article20Item8, Table2Labels.AdministrativeFees],
    ];

    /// <inheritdoc/>
    protected override bool AppliesTo(ReportFormat format, ReportFormat previousFormat) =>
        format == ReportFormat.Format2019 && previousFormat == ReportFormat.Format2019;

    /// <inheritdoc/>
    protected override IEnumerable<Finding> CheckAgainstPreviousYear(AnnualReportData report) =>
        Rows.SelectMany(row =>
        {
            CellAddress At(string column) => new(Table2Labels.TableId, row, [column]);
            return new CellRelation(
                    [new RelationTerm(report, At(Table2Labels.ItemsLastYear), IsTotal: true)],
                    RelationKind.Equal,
                    [new RelationTerm(PreviousYear, At(Table2Labels.ItemsLastYear), IsTotal: true), new RelationTerm(PreviousYear, At(Table2Labels.ItemChange))])
                .Findings(this, r =>
                    $"表二{row[0]}“{row[1]}”：上一年项目数量为{ValueText.Of(r.LeftSum)}，而{PreviousYear.Year}年报告的上一年项目数量＋本年增/减＝{ValueText.Of(r.RightSum)}。");
        });
}
