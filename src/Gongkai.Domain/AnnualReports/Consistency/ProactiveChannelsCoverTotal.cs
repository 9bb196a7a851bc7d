namespace Gongkai.Domain.AnnualReports;

/// <summary>
/// 统计表 一: each channel count of （二）通过不同渠道和方式公开政府信息的情况 (政府公报, 政府网站, 政务微博, 政务微信, 其他方式)
/// ≤ （一）主动公开政府信息数 ≤ the sum of the five channel counts.
/// <para>
/// Source: inference from the row's own note "（不同渠道和方式公开相同信息计1条）": the total counts each piece of
/// information once however many channels carried it, so it is at least the largest channel and at most the sum of
/// all channels (其他方式 closes the list, so every piece went out on at least one). The total is therefore
/// <em>not</em> the sum of the channels — 西宁 2017 publishes 66045 with channels summing to 78538, which is
/// correct. Warning: agencies count channels loosely (news items, reposts).
/// </para>
/// </summary>
public sealed class ProactiveChannelsCoverTotal : IConsistencyRule
{
    /// <summary>The rule id.</summary>
    public const string RuleId = "stats2014.proactive-channels";

    /// <summary>The five channel rows.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Channels { get; } =
    [
        StatisticsTableRows.ViaGazette, StatisticsTableRows.ViaWebsite, StatisticsTableRows.ViaMicroblog,
        StatisticsTableRows.ViaWeChat, StatisticsTableRows.ViaOtherMeans,
    ];

    /// <inheritdoc/>
    public string Id => RuleId;

    /// <inheritdoc/>
    public string Title => "统计表：各渠道公开数≤主动公开政府信息数≤各渠道公开数之和";

    /// <inheritdoc/>
    public FindingSeverity Severity => FindingSeverity.Warning;

    /// <inheritdoc/>
    public bool AppliesTo(ReportFormat format) => format == ReportFormat.Format2014;

    /// <inheritdoc/>
    public IEnumerable<Finding> Check(AnnualReportData report)
    {
        if (!AppliesTo(report.Format))
        {
            return [];
        }

        var total = StatisticsTableRows.At(StatisticsTableRows.ProactivelyPublished);
        var channels = Channels.Select(StatisticsTableRows.At).ToArray();
        var atLeastLargest = channels.Select(channel => CellRelation.WithinTotal(report, [channel], total)).ToArray();
        if (atLeastLargest.Any(r => r.Status == RelationStatus.TotalBlank))
        {
            // one blank total, one Info — not one per channel
            return atLeastLargest.First(r => r.Status == RelationStatus.TotalBlank).Findings(this, _ => string.Empty);
        }

        var atMostSum = new CellRelation([new RelationTerm(report, total, IsTotal: true)], RelationKind.AtMost, CellRelation.Of(report, channels));
        return
        [
            .. atLeastLargest.SelectMany(r => r.Findings(this, x =>
                $"统计表“{x.Left[0].Address.RowLeaf}”为{ValueText.Of(x.LeftSum)}，大于“（一）主动公开政府信息数”{ValueText.Of(x.RightSum)}；后者对不同渠道公开的相同信息只计1条，不应小于任一渠道。")),
            .. atMostSum.Findings(this, x =>
                $"统计表“（一）主动公开政府信息数”为{ValueText.Of(x.LeftSum)}，大于五个渠道公开数之和{ValueText.Of(x.RightSum)}；每条信息至少经一个渠道公开。"),
        ];
    }
}
