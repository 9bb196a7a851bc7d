namespace Gongkai.Domain.AnnualReports;

/// <summary>
/// 统计表 single "其中" rows do not exceed the row they belong to: 其中：主动公开规范性文件数 ≤ （一）主动公开政府信息数;
/// 其中：主要负责同志参加新闻发布会次数 ≤ 1.参加或举办新闻发布会总次数; 其中：主要负责同志参加政府网站在线访谈次数 ≤
/// 2.政府网站在线访谈次数.
/// <para>
/// Source: the table's own "其中" ("of which") — a part of a count cannot exceed it. Holds on 西宁 2017
/// (3145 ≤ 66045, 12 ≤ 22, 10 ≤ 20).
/// </para>
/// </summary>
public sealed class SubsetsWithinTotals : IConsistencyRule
{
    /// <summary>The rule id.</summary>
    public const string RuleId = "stats2014.subsets";

    /// <summary>(其中 row, the row it belongs to).</summary>
    public static IReadOnlyList<(IReadOnlyList<string> Part, IReadOnlyList<string> Total)> Pairs { get; } =
    [
        (StatisticsTableRows.PublishedNormativeDocuments, StatisticsTableRows.ProactivelyPublished),
        (StatisticsTableRows.PressConferencesWithPrincipal, StatisticsTableRows.PressConferences),
        (StatisticsTableRows.OnlineInterviewsWithPrincipal, StatisticsTableRows.OnlineInterviews),
    ];

    /// <inheritdoc/>
    public string Id => RuleId;

    /// <inheritdoc/>
    public string Title => "统计表：“其中”项不超过所属项";

    /// <inheritdoc/>
    public FindingSeverity Severity => FindingSeverity.Error;

    /// <inheritdoc/>
    public bool AppliesTo(ReportFormat format) => format == ReportFormat.Format2014;

    /// <inheritdoc/>
    public IEnumerable<Finding> Check(AnnualReportData report)
    {
        if (!AppliesTo(report.Format))
        {
            return [];
        }

        return Pairs.SelectMany(pair =>
            CellRelation.WithinTotal(report, [StatisticsTableRows.At(pair.Part)], StatisticsTableRows.At(pair.Total))
                .Findings(this, r => $"统计表“{pair.Part[^1]}”为{ValueText.Of(r.LeftSum)}，超过所属的“{pair.Total[^1]}”{ValueText.Of(r.RightSum)}。"));
    }
}
