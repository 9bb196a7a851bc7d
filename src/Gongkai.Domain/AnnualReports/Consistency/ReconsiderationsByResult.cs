namespace Gongkai.Domain.AnnualReports;

/// <summary>
/// 统计表 四、行政复议数量 = （一）维持具体行政行为 + （二）被依法纠错 + （三）其他情形. Source: inference — "其他情形" closes
/// the list. Holds on 西宁 2017 (3 = 2 + 0 + 1).
/// </summary>
public sealed class ReconsiderationsByResult() : StatisticsTableSumRule(
    StatisticsTableRows.Reconsiderations,
    [StatisticsTableRows.ReconsiderationsUpheld, StatisticsTableRows.ReconsiderationsCorrected, StatisticsTableRows.ReconsiderationsOther])
{
    /// <summary>The rule id.</summary>
    public const string RuleId = "stats2014.reconsideration-results";

    /// <inheritdoc/>
    public override string Id => RuleId;

    /// <inheritdoc/>
    public override string Title => "统计表：行政复议数量＝维持＋纠错＋其他情形";
}
