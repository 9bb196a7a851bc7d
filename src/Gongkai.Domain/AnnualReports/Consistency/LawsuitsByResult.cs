namespace Gongkai.Domain.AnnualReports;

/// <summary>
/// 统计表 五、行政诉讼数量 = （一）维持或驳回 + （二）被依法纠错 + （三）其他情形. Source: inference, as for
/// <see cref="ReconsiderationsByResult"/>. Holds on 西宁 2017 (0).
/// </summary>
public sealed class LawsuitsByResult() : StatisticsTableSumRule(
    StatisticsTableRows.Lawsuits,
    [StatisticsTableRows.LawsuitsUpheld, StatisticsTableRows.LawsuitsCorrected, StatisticsTableRows.LawsuitsOther])
{
    /// <summary>The rule id.</summary>
    public const string RuleId = "stats2014.litigation-results";

    /// <inheritdoc/>
    public override string Id => RuleId;

    /// <inheritdoc/>
    public override string Title => "统计表：行政诉讼数量＝维持或驳回＋纠错＋其他情形";
}
