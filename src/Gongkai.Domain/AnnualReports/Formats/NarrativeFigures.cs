namespace Gongkai.Domain.AnnualReports;

/// <summary>
/// The figures stated in the narrative parts of a report under the 2007 Regulation (report years 2008–2018), modelled
/// as the pseudo-table "正文" so that every format exposes its numbers as cells the same way. A row path is
/// [part, figure]; the column path is ["数值"].
/// <para>
/// The parts are the six items of 《中华人民共和国政府信息公开条例》(2007) 第三十二条 ("政府信息公开工作年度报告应当包括
/// 下列内容"). Items （三） and （四） are confirmed verbatim by the 巴彦淖尔 2017 report (seeds/000); the wording of
/// （一）（二）（五）（六） is quoted from memory of the 2007 text — [U], check against the official text before showing it
/// to users as a quotation. No national form listed figures before 2014: the figure names below are Gongkai's own,
/// chosen to mirror the rows of the 2014 统计表 so a narrative can be checked against the table printed beside it
/// (<see cref="NarrativeMatchesTable"/>). Parts （五）and （六）are free text and carry no figures.
/// </para>
/// <para>
/// A narrative states what it chooses to state: a figure not stated is blank, and the rules over this table never
/// read a blank figure as 0.
/// </para>
/// </summary>
public static class NarrativeFigures
{
    /// <summary>The pseudo-table id.</summary>
    public const string TableId = "正文";

    /// <summary>The pseudo-table's descriptive title.</summary>
    public const string Title = "正文所述数字";

    /// <summary>The single column: the value stated in the text.</summary>
    public const string ValueColumn = "数值";

    /// <summary>第三十二条（一） — proactive disclosure.</summary>
    public const string ProactivePart = "（一）行政机关主动公开政府信息的情况";

    /// <summary>第三十二条（二） — disclosure on request and information withheld.</summary>
    public const string OnRequestPart = "（二）行政机关依申请公开政府信息和不予公开政府信息的情况";

    /// <summary>第三十二条（三） — fees and waivers.</summary>
    public const string FeesPart = "（三）政府信息公开的收费及减免情况";

    /// <summary>第三十二条（四） — reconsideration and litigation.</summary>
    public const string AppealsPart = "（四）因政府信息公开申请行政复议、提起行政诉讼的情况";

    /// <summary>第三十二条（五） — main problems and improvements (text only).</summary>
    public const string ProblemsPart = "（五）政府信息公开工作存在的主要问题及改进情况";

    /// <summary>第三十二条（六） — other matters (text only).</summary>
    public const string OtherMattersPart = "（六）其他需要报告的事项";

    /// <summary>The six parts in order.</summary>
    public static IReadOnlyList<string> Parts { get; } = [ProactivePart, OnRequestPart, FeesPart, AppealsPart, ProblemsPart, OtherMattersPart];

    /// <summary>主动公开政府信息数 (条).</summary>
    public static IReadOnlyList<string> ProactivelyPublished { get; } = [ProactivePart, "主动公开政府信息数"];

    /// <summary>主动公开规范性文件数 (条).</summary>
    public static IReadOnlyList<string> PublishedNormativeDocuments { get; } = [ProactivePart, "主动公开规范性文件数"];

    /// <summary>政府公报公开政府信息数 (条).</summary>
    public static IReadOnlyList<string> ViaGazette { get; } = [ProactivePart, "政府公报公开政府信息数"];

    /// <summary>政府网站公开政府信息数 (条).</summary>
    public static IReadOnlyList<string> ViaWebsite { get; } = [ProactivePart, "政府网站公开政府信息数"];

    /// <summary>政务微博公开政府信息数 (条).</summary>
    public static IReadOnlyList<string> ViaMicroblog { get; } = [ProactivePart, "政务微博公开政府信息数"];

    /// <summary>政务微信公开政府信息数 (条).</summary>
    public static IReadOnlyList<string> ViaWeChat { get; } = [ProactivePart, "政务微信公开政府信息数"];

    /// <summary>其他方式公开政府信息数 (条).</summary>
    public static IReadOnlyList<string> ViaOtherMeans { get; } = [ProactivePart, "其他方式公开政府信息数"];

    /// <summary>收到申请数 (件).</summary>
    public static IReadOnlyList<string> RequestsReceived { get; } = [OnRequestPart, "收到申请数"];

    /// <summary>当面申请数 (件).</summary>
    public static IReadOnlyList<string> ReceivedInPerson { get; } = [OnRequestPart, "当面申请数"];

    /// <summary>传真申请数 (件).</summary>
    public static IReadOnlyList<string> ReceivedByFax { get; } = [OnRequestPart, "传真申请数"];

    /// <summary>网络申请数 (件).</summary>
    public static IReadOnlyList<string> ReceivedOnline { get; } = [OnRequestPart, "网络申请数"];

    /// <summary>信函申请数 (件).</summary>
    public static IReadOnlyList<string> ReceivedByLetter { get; } = [OnRequestPart, "信函申请数"];

    /// <summary>按时办结数 (件).</summary>
    public static IReadOnlyList<string> ClosedOnTime { get; } = [OnRequestPart, "按时办结数"];

    /// <summary>延期办结数 (件).</summary>
    public static IReadOnlyList<string> ClosedAfterExtension { get; } = [OnRequestPart, "延期办结数"];

    /// <summary>答复数 (件).</summary>
    public static IReadOnlyList<string> RequestsAnswered { get; } = [OnRequestPart, "答复数"];

    /// <summary>属于已主动公开范围数 (件).</summary>
    public static IReadOnlyList<string> AnsweredAlreadyPublished { get; } = [OnRequestPart, "属于已主动公开范围数"];

    /// <summary>同意公开数 (件).</summary>
    public static IReadOnlyList<string> AnsweredDisclosed { get; } = [OnRequestPart, "同意公开数"];

    /// <summary>同意部分公开数 (件).</summary>
    public static IReadOnlyList<string> AnsweredPartiallyDisclosed { get; } = [OnRequestPart, "同意部分公开数"];

    /// <summary>不同意公开数 (件) — the information withheld (不予公开) the part is named after.</summary>
    public static IReadOnlyList<string> AnsweredRefused { get; } = [OnRequestPart, "不同意公开数"];

    /// <summary>不属于本行政机关公开数 (件).</summary>
    public static IReadOnlyList<string> AnsweredNotThisAgency { get; } = [OnRequestPart, "不属于本行政机关公开数"];

    /// <summary>申请信息不存在数 (件).</summary>
    public static IReadOnlyList<string> AnsweredDoesNotExist { get; } = [OnRequestPart, "申请信息不存在数"];

    /// <summary>收取费用金额 (万元).</summary>
    public static IReadOnlyList<string> FeesCollected { get; } = [FeesPart, "收取费用金额"];

    /// <summary>减免费用金额 (万元).</summary>
    public static IReadOnlyList<string> FeesWaived { get; } = [FeesPart, "减免费用金额"];

    /// <summary>行政复议数 (件).</summary>
    public static IReadOnlyList<string> Reconsiderations { get; } = [AppealsPart, "行政复议数"];

    /// <summary>行政诉讼数 (件).</summary>
    public static IReadOnlyList<string> Lawsuits { get; } = [AppealsPart, "行政诉讼数"];

    /// <summary>The single column path.</summary>
    public static IReadOnlyList<string> Column { get; } = [ValueColumn];

    /// <summary>The address of a figure.</summary>
    public static CellAddress At(IReadOnlyList<string> figure) => new(TableId, figure, Column);

    /// <summary>
    /// Each narrative figure paired with the 统计表 row that counts the same thing (2014 format). 减免费用金额 has no
    /// counterpart.
    /// </summary>
    public static IReadOnlyList<(IReadOnlyList<string> Figure, IReadOnlyList<string> StatisticsRow)> StatisticsCounterparts { get; } =
    [
        (ProactivelyPublished, StatisticsTableRows.ProactivelyPublished),
        (PublishedNormativeDocuments, StatisticsTableRows.PublishedNormativeDocuments),
        (ViaGazette, StatisticsTableRows.ViaGazette),
        (ViaWebsite, StatisticsTableRows.ViaWebsite),
        (ViaMicroblog, StatisticsTableRows.ViaMicroblog),
        (ViaWeChat, StatisticsTableRows.ViaWeChat),
        (ViaOtherMeans, StatisticsTableRows.ViaOtherMeans),
        (RequestsReceived, StatisticsTableRows.RequestsReceived),
        (ReceivedInPerson, StatisticsTableRows.ReceivedInPerson),
        (ReceivedByFax, StatisticsTableRows.ReceivedByFax),
        (ReceivedOnline, StatisticsTableRows.ReceivedOnline),
        (ReceivedByLetter, StatisticsTableRows.ReceivedByLetter),
        (ClosedOnTime, StatisticsTableRows.ClosedOnTime),
        (ClosedAfterExtension, StatisticsTableRows.ClosedAfterExtension),
        (RequestsAnswered, StatisticsTableRows.RequestsAnswered),
        (AnsweredAlreadyPublished, StatisticsTableRows.AnsweredAlreadyPublished),
        (AnsweredDisclosed, StatisticsTableRows.AnsweredDisclosed),
        (AnsweredPartiallyDisclosed, StatisticsTableRows.AnsweredPartiallyDisclosed),
        (AnsweredRefused, StatisticsTableRows.AnsweredRefused),
        (AnsweredNotThisAgency, StatisticsTableRows.AnsweredNotThisAgency),
        (AnsweredDoesNotExist, StatisticsTableRows.AnsweredDoesNotExist),
        (FeesCollected, StatisticsTableRows.FeesCollected),
        (Reconsiderations, StatisticsTableRows.Reconsiderations),
        (Lawsuits, StatisticsTableRows.Lawsuits),
    ];

    internal static ReportTable Build()
    {
        CellDefinition Figure(IReadOnlyList<string> path, string unit, CellValueKind kind = CellValueKind.Count) =>
            new(At(path), kind, unit);

        return new ReportTable(TableId, Title,
        [
            Figure(ProactivelyPublished, "条"), Figure(PublishedNormativeDocuments, "条"),
            Figure(ViaGazette, "条"), Figure(ViaWebsite, "条"), Figure(ViaMicroblog, "条"), Figure(ViaWeChat, "条"), Figure(ViaOtherMeans, "条"),
            Figure(RequestsReceived, "件"),
            Figure(ReceivedInPerson, "件"), Figure(ReceivedByFax, "件"), Figure(ReceivedOnline, "件"), Figure(ReceivedByLetter, "件"),
            Figure(ClosedOnTime, "件"), Figure(ClosedAfterExtension, "件"),
            Figure(RequestsAnswered, "件"),
            Figure(AnsweredAlreadyPublished, "件"), Figure(AnsweredDisclosed, "件"), Figure(AnsweredPartiallyDisclosed, "件"),
            Figure(AnsweredRefused, "件"), Figure(AnsweredNotThisAgency, "件"), Figure(AnsweredDoesNotExist, "件"),
            Figure(FeesCollected, "万元", CellValueKind.Amount), Figure(FeesWaived, "万元", CellValueKind.Amount),
            Figure(Reconsiderations, "件"), Figure(Lawsuits, "件"),
        ]);
    }
}
