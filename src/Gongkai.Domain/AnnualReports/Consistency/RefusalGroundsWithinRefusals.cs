namespace Gongkai.Domain.AnnualReports;

/// <summary>
/// 统计表 三（三）4.不同意公开答复数 ≥ Σ of its 其中 rows (涉及国家秘密, 涉及商业秘密, 涉及个人隐私, 危及国家安全、公共安全、
/// 经济安全和社会稳定, 不是《条例》所指政府信息, 法律法规规定的其他情形).
/// <para>
/// Source: inference from the Chinese statistical convention that "其中" rows break a total into exclusive parts
/// that need not be exhaustive — so their sum may fall short of the total but never exceed it. An equality is not
/// required: a shortfall is not a defect. Severity: Error when a single ground alone exceeds the total (certainly
/// wrong); Warning when only the sum does (a refusal counted under two grounds). Holds on 西宁 2017 (5 ≥ 4+0+0+0+1+0).
/// </para>
/// </summary>
public sealed class RefusalGroundsWithinRefusals : IConsistencyRule
{
    /// <summary>The rule id.</summary>
    public const string RuleId = "stats2014.refusal-grounds";

    /// <summary>The six 其中 rows.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Grounds { get; } =
    [
        StatisticsTableRows.RefusedStateSecret, StatisticsTableRows.RefusedCommercialSecret, StatisticsTableRows.RefusedPersonalPrivacy,
        StatisticsTableRows.RefusedEndangersSecurity, StatisticsTableRows.RefusedNotGovernmentInformation, StatisticsTableRows.RefusedOtherLegalGrounds,
    ];

    /// <inheritdoc/>
    public string Id => RuleId;

    /// <inheritdoc/>
    public string Title => "统计表：不同意公开答复数不小于其中各项之和";

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

        var total = StatisticsTableRows.At(StatisticsTableRows.AnsweredRefused);
        var relation = CellRelation.WithinTotal(report, Grounds.Select(StatisticsTableRows.At), total);
        var totalValue = report.ValueAt(total) ?? 0;
        var singleExceeds = Grounds.Any(g => (report.ValueAt(StatisticsTableRows.At(g)) ?? 0) > totalValue);
        return relation.Findings(this,
            r => $"统计表“4.不同意公开答复数”为{ValueText.Of(r.RightSum)}，而其中各项之和为{ValueText.Of(r.LeftSum)}" +
                 (singleExceeds ? "，且有单项已超过总数。" : "（一件答复被计入两项理由？）。"),
            singleExceeds ? FindingSeverity.Error : FindingSeverity.Warning);
    }
}
