using Gongkai.Domain.AnnualReports;

namespace Gongkai.Domain.Audit.Extraction;

/// <summary>
/// Which figure of <see cref="NarrativeFigures"/> an agency's own row label names, by the words it prints: the wording
/// differs from agency to agency (莆田 2009 附表式 "受理依申请公开信息总数", "否决公开答复总数"; others "收到申请数",
/// "不予公开"), so labels are matched by their key words, the more specific first. A label naming none (咨询, 行政申诉,
/// 查阅场所) keeps its own cell only.
/// </summary>
internal static class AgencyTableLabels
{
    private static readonly (string[] AllOf, string[] NoneOf, IReadOnlyList<string> Figure)[] Rules =
    [
        (["规范性文件"], ["制发"], NarrativeFigures.PublishedNormativeDocuments),
        (["公报"], [], NarrativeFigures.ViaGazette),
        (["网站"], ["申请"], NarrativeFigures.ViaWebsite),
        (["微博"], ["申请"], NarrativeFigures.ViaMicroblog),
        (["微信"], ["申请"], NarrativeFigures.ViaWeChat),
        (["当面"], [], NarrativeFigures.ReceivedInPerson),
        (["传真"], [], NarrativeFigures.ReceivedByFax),
        (["网上申请"], [], NarrativeFigures.ReceivedOnline),
        (["网络申请"], [], NarrativeFigures.ReceivedOnline),
        (["信函"], [], NarrativeFigures.ReceivedByLetter),
        (["按时办结"], [], NarrativeFigures.ClosedOnTime),
        (["延期"], [], NarrativeFigures.ClosedAfterExtension),
        (["部分公开"], [], NarrativeFigures.AnsweredPartiallyDisclosed),
        (["已主动公开"], [], NarrativeFigures.AnsweredAlreadyPublished),
        (["同意公开"], [], NarrativeFigures.AnsweredDisclosed),
        (["否决公开"], [], NarrativeFigures.AnsweredRefused),
        (["不同意公开"], [], NarrativeFigures.AnsweredRefused),
        (["不予公开"], [], NarrativeFigures.AnsweredRefused),
        (["不属于本"], [], NarrativeFigures.AnsweredNotThisAgency),
        (["不存在"], [], NarrativeFigures.AnsweredDoesNotExist),
        (["减免"], [], NarrativeFigures.FeesWaived),
        (["收费"], [], NarrativeFigures.FeesCollected),
        (["收取"], [], NarrativeFigures.FeesCollected),
        (["答复"], ["其他", "其它"], NarrativeFigures.RequestsAnswered),
        (["申请"], ["其他", "其它", "电子邮件", "复议", "诉讼", "申诉"], NarrativeFigures.RequestsReceived),
        (["行政复议"], [], NarrativeFigures.Reconsiderations),
        (["行政诉讼"], [], NarrativeFigures.Lawsuits),
        (["主动公开"], [], NarrativeFigures.ProactivelyPublished),
    ];

    /// <summary>The figure <paramref name="label"/> (numbering removed) names, or null.</summary>
    public static IReadOnlyList<string>? Figure(string label)
    {
        foreach (var (allOf, noneOf, figure) in Rules)
        {
            if (allOf.All(w => label.Contains(w, StringComparison.Ordinal)) && !noneOf.Any(w => label.Contains(w, StringComparison.Ordinal)))
            {
                return figure;
            }
        }

        return null;
    }
}
