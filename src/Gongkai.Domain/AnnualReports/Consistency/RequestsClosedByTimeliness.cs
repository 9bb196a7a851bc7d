namespace Gongkai.Domain.AnnualReports;

/// <summary>
/// 统计表 三（二）申请办结数 = 1.按时办结 + 2.延期办结. Source: inference — a closed request was closed either within
/// the time limit or after an extension. Holds on 西宁 2017 (48 = 46 + 2).
/// </summary>
public sealed class RequestsClosedByTimeliness() : StatisticsTableSumRule(
    StatisticsTableRows.RequestsClosed,
    [StatisticsTableRows.ClosedOnTime, StatisticsTableRows.ClosedAfterExtension])
{
    /// <summary>The rule id.</summary>
    public const string RuleId = "stats2014.closed-by-timeliness";

    /// <inheritdoc/>
    public override string Id => RuleId;

    /// <inheritdoc/>
    public override string Title => "统计表：申请办结数＝按时办结数＋延期办结数";
}
