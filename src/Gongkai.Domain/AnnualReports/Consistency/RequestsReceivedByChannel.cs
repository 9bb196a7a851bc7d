namespace Gongkai.Domain.AnnualReports;

/// <summary>
/// 统计表 三（一）收到申请数 = 1.当面 + 2.传真 + 3.网络 + 4.信函. Source: inference from the table (国办发〔2014〕32号
/// as printed in 西宁 2017): the four numbered channels are the ways a written request (2007 条例 第二十条: 书面形式，包括
/// 数据电文) can arrive, so each request has exactly one. Holds on 西宁 2017 (48 = 6 + 空白 + 空白 + 42).
/// </summary>
public sealed class RequestsReceivedByChannel() : StatisticsTableSumRule(
    StatisticsTableRows.RequestsReceived,
    [StatisticsTableRows.ReceivedInPerson, StatisticsTableRows.ReceivedByFax, StatisticsTableRows.ReceivedOnline, StatisticsTableRows.ReceivedByLetter])
{
    /// <summary>The rule id.</summary>
    public const string RuleId = "stats2014.requests-by-channel";

    /// <inheritdoc/>
    public override string Id => RuleId;

    /// <inheritdoc/>
    public override string Title => "统计表：收到申请数＝当面＋传真＋网络＋信函申请数";
}
