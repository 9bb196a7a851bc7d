namespace Gongkai.Domain.AnnualReports;

/// <summary>
/// Narrative figures (table "正文", formats 2008 and 2014) stated as parts do not exceed the total stated beside them:
/// Σ stated request channels (当面, 传真, 网络, 信函) ≤ 收到申请数; Σ stated reply types (已主动公开, 同意公开, 同意部分公开,
/// 不同意公开, 不属于本行政机关, 信息不存在) ≤ 答复数; each of 主动公开规范性文件数 and the five publication channels ≤
/// 主动公开政府信息数.
/// <para>
/// Source: inference — the same part/whole relations as the 2014 统计表 (<see cref="RequestsReceivedByChannel"/>,
/// <see cref="RequestsAnsweredByType"/>, <see cref="ProactiveChannelsCoverTotal"/>), weakened to "≤" because a text
/// mentions only some parts ("其中同意公开14件……"). A figure the text does not state is skipped, never read as 0; when
/// the total is not stated the group is not checked. Warning, because the text may round ("9616余条").
/// </para>
/// </summary>
public sealed class NarrativePartsWithinTotals : IConsistencyRule
{
    /// <summary>The rule id.</summary>
    public const string RuleId = "narrative.parts-within-totals";

    /// <summary>Groups of (total, parts, whether the parts are summed or each compared).</summary>
    public static IReadOnlyList<(IReadOnlyList<string> Total, IReadOnlyList<IReadOnlyList<string>> Parts, bool Summed)> Groups { get; } =
    [
        (NarrativeFigures.RequestsReceived,
            [NarrativeFigures.ReceivedInPerson, NarrativeFigures.ReceivedByFax, NarrativeFigures.ReceivedOnline, NarrativeFigures.ReceivedByLetter], true),
        (NarrativeFigures.RequestsAnswered,
            [
                NarrativeFigures.AnsweredAlreadyPublished, NarrativeFigures.AnsweredDisclosed, NarrativeFigures.AnsweredPartiallyDisclosed,
                NarrativeFigures.AnsweredRefused, NarrativeFigures.AnsweredNotThisAgency, NarrativeFigures.AnsweredDoesNotExist,
            ], true),
        (NarrativeFigures.ProactivelyPublished,
            [
                NarrativeFigures.PublishedNormativeDocuments, NarrativeFigures.ViaGazette, NarrativeFigures.ViaWebsite,
                NarrativeFigures.ViaMicroblog, NarrativeFigures.ViaWeChat, NarrativeFigures.ViaOtherMeans,
            ], false),
    ];

    /// <inheritdoc/>
    public string Id => RuleId;

    /// <inheritdoc/>
    public string Title => "正文：所述分项不超过所述总数";

    /// <inheritdoc/>
    public FindingSeverity Severity => FindingSeverity.Warning;

    /// <inheritdoc/>
    public bool AppliesTo(ReportFormat format) => format.IsNarrative;

    /// <inheritdoc/>
    public IEnumerable<Finding> Check(AnnualReportData report)
    {
        if (!AppliesTo(report.Format))
        {
            yield break;
        }

        foreach (var (totalPath, partPaths, summed) in Groups)
        {
            var total = NarrativeFigures.At(totalPath);
            if (report.ValueAt(total) is null)
            {
                continue;
            }

            var stated = partPaths.Select(NarrativeFigures.At).Where(p => report.ValueAt(p) is not null).ToArray();
            var relations = summed
                ? [CellRelation.WithinTotal(report, stated, total)]
                : stated.Select(p => CellRelation.WithinTotal(report, [p], total));
            foreach (var relation in relations)
            {
                foreach (var finding in relation.Findings(this, r =>
                    $"正文所述{string.Join("、", r.Left.Select(t => $"“{t.Address.RowLeaf}”"))}{(r.Left.Count > 1 ? "之和" : string.Empty)}为{ValueText.Of(r.LeftSum)}，" +
                    $"超过所述“{totalPath[^1]}”{ValueText.Of(r.RightSum)}。"))
                {
                    yield return finding;
                }
            }
        }
    }
}
