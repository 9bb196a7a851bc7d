using static Gongkai.Domain.AnnualReports.NarrativeFigures;

namespace Gongkai.Domain.AnnualReports.Narrative;

/// <summary>
/// The drafted figure sentences of the 2008 and 2014 formats: the "正文" figures (<see cref="NarrativeFigures"/>)
/// present in the data, each in the part of 第三十二条 (2007 条例) it belongs to. Parts （五）（六） carry no figures.
/// </summary>
internal static class LegacyNarrative
{
    /// <summary>The drafted paragraph of each part that states figures (part heading → paragraph).</summary>
    public static IReadOnlyDictionary<string, string> Draft(AnnualReportData data)
    {
        decimal? F(IReadOnlyList<string> figure) => data.ValueAt(At(figure));

        return new Dictionary<string, string>
        {
            [ProactivePart] = Proactive(F),
            [OnRequestPart] = OnRequest(F),
            [FeesPart] = Fees(F),
            [AppealsPart] = Appeals(F),
        };
    }

    private static string Proactive(Func<IReadOnlyList<string>, decimal?> f)
    {
        var total = Sentence.Figure("全年主动公开政府信息", f(ProactivelyPublished), "条");
        var normative = Sentence.Figure(total is null ? "主动公开规范性文件" : "其中主动公开规范性文件", f(PublishedNormativeDocuments), "条");
        var channels = new Sentence()
            .Add(Sentence.Figure("通过政府公报公开政府信息", f(ViaGazette), "条"))
            .Add(Sentence.Figure("通过政府网站公开政府信息", f(ViaWebsite), "条"))
            .Add(Sentence.Figure("通过政务微博公开政府信息", f(ViaMicroblog), "条"))
            .Add(Sentence.Figure("通过政务微信公开政府信息", f(ViaWeChat), "条"))
            .Add(Sentence.Figure("通过其他方式公开政府信息", f(ViaOtherMeans), "条"));
        return new Sentence().Add(total).Add(normative).ToString() + channels;
    }

    private static string OnRequest(Func<IReadOnlyList<string>, decimal?> f)
    {
        var received = f(RequestsReceived);
        var lead = Sentence.Figure("全年共收到政府信息公开申请", received, "件");
        var channels = new (string Label, IReadOnlyList<string> Figure)[]
        {
            ("当面申请", ReceivedInPerson), ("传真申请", ReceivedByFax), ("网络申请", ReceivedOnline), ("信函申请", ReceivedByLetter),
        }.Select(c => Share(c.Label, f(c.Figure), received));
        var intake = Sentence.Breakdown(lead, channels, "，");

        var timeliness = new Sentence()
            .Add(Sentence.Figure("按时办结", f(ClosedOnTime), "件"))
            .Add(Sentence.Figure("延期办结", f(ClosedAfterExtension), "件"));

        var answers = Sentence.Breakdown(
            Sentence.Figure("已答复", f(RequestsAnswered), "件"),
            [
                Sentence.Figure("属于已主动公开范围", f(AnsweredAlreadyPublished), "件"),
                Sentence.Figure("同意公开", f(AnsweredDisclosed), "件"),
                Sentence.Figure("同意部分公开", f(AnsweredPartiallyDisclosed), "件"),
                Sentence.Figure("不同意公开", f(AnsweredRefused), "件"),
                Sentence.Figure("不属于本行政机关公开", f(AnsweredNotThisAgency), "件"),
                Sentence.Figure("申请信息不存在", f(AnsweredDoesNotExist), "件"),
            ]);

        return new Sentence().Add(intake).ToString() + timeliness + new Sentence().Add(answers);
    }

    private static string Fees(Func<IReadOnlyList<string>, decimal?> f)
    {
        var collected = f(FeesCollected) switch
        {
            null => null,
            0m => "未收取信息公开费用",
            { } v => Sentence.Figure("收取信息公开费用", v, "万元"),
        };
        return new Sentence().Add(collected).Add(Sentence.Figure("减免费用", f(FeesWaived), "万元")).ToString();
    }

    private static string Appeals(Func<IReadOnlyList<string>, decimal?> f)
    {
        var reconsiderations = Sentence.Figure("因政府信息公开申请提起行政复议", f(Reconsiderations), "件");
        var lawsuits = Sentence.Figure(reconsiderations is null ? "因政府信息公开申请提起行政诉讼" : "提起行政诉讼", f(Lawsuits), "件");
        return new Sentence().Add(reconsiderations).Add(lawsuits).ToString();
    }

    /// <summary>"{label}{n}件、占{p}%" — the share is left out when the whole is blank or 0.</summary>
    internal static string? Share(string label, decimal? value, decimal? whole)
    {
        var figure = Sentence.Figure(label, value, "件");
        return figure is null || whole is not { } w || w == 0 || value is not { } v
            ? figure
            : $"{figure}、占{NarrativeNumber.PercentText(v, w)}%";
    }
}
