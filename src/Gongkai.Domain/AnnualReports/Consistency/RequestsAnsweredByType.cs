namespace Gongkai.Domain.AnnualReports;

/// <summary>
/// 统计表 三（三）申请答复数 = Σ 1–8 (已主动公开, 同意公开, 同意部分公开, 不同意公开, 不属于本行政机关, 信息不存在,
/// 告知更改补充, 告知其他途径). Source: inference — the eight numbered items, printed without "其中", are the kinds of
/// reply (rooted in 2007 条例 第二十一条), so each reply is one of them. Holds on 西宁 2017 (48).
/// </summary>
public sealed class RequestsAnsweredByType() : StatisticsTableSumRule(
    StatisticsTableRows.RequestsAnswered,
    [
        StatisticsTableRows.AnsweredAlreadyPublished, StatisticsTableRows.AnsweredDisclosed, StatisticsTableRows.AnsweredPartiallyDisclosed,
        StatisticsTableRows.AnsweredRefused, StatisticsTableRows.AnsweredNotThisAgency, StatisticsTableRows.AnsweredDoesNotExist,
        StatisticsTableRows.AnsweredToldToAmend, StatisticsTableRows.AnsweredToldOtherChannel,
    ])
{
    /// <summary>The rule id.</summary>
    public const string RuleId = "stats2014.answers-by-type";

    /// <inheritdoc/>
    public override string Id => RuleId;

    /// <inheritdoc/>
    public override string Title => "统计表：申请答复数＝八类答复数之和";
}
