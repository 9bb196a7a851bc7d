namespace Gongkai.Domain.AnnualReports;

/// <summary>
/// 政府信息公开情况统计表 — the national statistics table of report years 2014–2018, created by
/// 《国务院办公厅关于加强和规范政府信息公开情况统计报送工作的通知》(国办发〔2014〕32号). Table id "统计表"; one value column
/// "统计数"; 58 data rows.
/// <para>
/// Row wording, numbering and the "其中" rows are those printed in the 西宁市 2017 report (seeds/001), with the
/// half-width punctuation of its web copy restored to full width; the seed wins where it differs from
/// formats-and-law.md §3.2. A row path runs from the part ("一、主动公开情况") through the numbered item down to the
/// leaf as printed — a "其中" row and "制发规范性文件总数" sit under the row they are printed beneath. Units: 万元 and
/// 人次 are printed in the seed; 条 / 件 for 一（一）and its two sub-rows are [V] from a second copy of the table
/// (formats-and-law.md §3.2); every other unit is unknown and left null.
/// </para>
/// </summary>
public static class StatisticsTableRows
{
    /// <summary>The table id.</summary>
    public const string TableId = "统计表";

    /// <summary>The table title as printed.</summary>
    public const string Title = "政府信息公开情况统计表";

    /// <summary>The single value column (the table's other columns are the label and the unit).</summary>
    public const string ValueColumn = "统计数";

    private const string Proactive = "一、主动公开情况";
    private const string ProactiveCount = "（一）主动公开政府信息数（不同渠道和方式公开相同信息计1条）";
    private const string ProactiveChannels = "（二）通过不同渠道和方式公开政府信息的情况";
    private const string Responses = "二、回应解读情况";
    private const string ResponseChannels = "（二）通过不同渠道和方式回应解读的情况";
    private const string PressConferenceLabel = "1.参加或举办新闻发布会总次数";
    private const string OnlineInterviewLabel = "2.政府网站在线访谈次数";
    private const string OnRequest = "三、依申请公开情况";
    private const string Received = "（一）收到申请数";
    private const string Closed = "（二）申请办结数";
    private const string Answered = "（三）申请答复数";
    private const string RefusedLabel = "4.不同意公开答复数";
    private const string ReconsiderationLabel = "四、行政复议数量";
    private const string LitigationLabel = "五、行政诉讼数量";
    private const string Organisation = "八、机构建设和保障经费情况";
    private const string StaffLabel = "（三）从事政府信息公开工作人员数";
    private const string Meetings = "九、政府信息公开会议和培训情况";

    /// <summary>一（一）主动公开政府信息数 (条).</summary>
    public static IReadOnlyList<string> ProactivelyPublished { get; } = [Proactive, ProactiveCount];

    /// <summary>其中：主动公开规范性文件数 (条).</summary>
    public static IReadOnlyList<string> PublishedNormativeDocuments { get; } = [Proactive, ProactiveCount, "其中：主动公开规范性文件数"];

    /// <summary>制发规范性文件总数 (件) — printed beneath 一（一）, but documents issued, not information published.</summary>
    public static IReadOnlyList<string> IssuedNormativeDocuments { get; } = [Proactive, ProactiveCount, "制发规范性文件总数"];

    /// <summary>一（二）1.政府公报公开政府信息数.</summary>
    public static IReadOnlyList<string> ViaGazette { get; } = [Proactive, ProactiveChannels, "1.政府公报公开政府信息数"];

    /// <summary>一（二）2.政府网站公开政府信息数.</summary>
    public static IReadOnlyList<string> ViaWebsite { get; } = [Proactive, ProactiveChannels, "2.政府网站公开政府信息数"];

    /// <summary>一（二）3.政务微博公开政府信息数.</summary>
    public static IReadOnlyList<string> ViaMicroblog { get; } = [Proactive, ProactiveChannels, "3.政务微博公开政府信息数"];

    /// <summary>一（二）4.政务微信公开政府信息数.</summary>
    public static IReadOnlyList<string> ViaWeChat { get; } = [Proactive, ProactiveChannels, "4.政务微信公开政府信息数"];

    /// <summary>一（二）5.其他方式公开政府信息数.</summary>
    public static IReadOnlyList<string> ViaOtherMeans { get; } = [Proactive, ProactiveChannels, "5.其他方式公开政府信息数"];

    /// <summary>二（一）回应公众关注热点或重大舆情数.</summary>
    public static IReadOnlyList<string> HotIssuesResponded { get; } = [Responses, "（一）回应公众关注热点或重大舆情数（不同方式回应同一热点或舆情计1次）"];

    /// <summary>二（二）1.参加或举办新闻发布会总次数.</summary>
    public static IReadOnlyList<string> PressConferences { get; } = [Responses, ResponseChannels, PressConferenceLabel];

    /// <summary>其中：主要负责同志参加新闻发布会次数.</summary>
    public static IReadOnlyList<string> PressConferencesWithPrincipal { get; } = [Responses, ResponseChannels, PressConferenceLabel, "其中：主要负责同志参加新闻发布会次数"];

    /// <summary>二（二）2.政府网站在线访谈次数.</summary>
    public static IReadOnlyList<string> OnlineInterviews { get; } = [Responses, ResponseChannels, OnlineInterviewLabel];

    /// <summary>其中：主要负责同志参加政府网站在线访谈次数.</summary>
    public static IReadOnlyList<string> OnlineInterviewsWithPrincipal { get; } = [Responses, ResponseChannels, OnlineInterviewLabel, "其中：主要负责同志参加政府网站在线访谈次数"];

    /// <summary>二（二）3.政策解读稿件发布数.</summary>
    public static IReadOnlyList<string> InterpretationArticles { get; } = [Responses, ResponseChannels, "3.政策解读稿件发布数"];

    /// <summary>二（二）4.微博微信回应事件数.</summary>
    public static IReadOnlyList<string> MicroblogWeChatResponses { get; } = [Responses, ResponseChannels, "4.微博微信回应事件数"];

    /// <summary>二（二）5.其他方式回应事件数.</summary>
    public static IReadOnlyList<string> OtherResponses { get; } = [Responses, ResponseChannels, "5.其他方式回应事件数"];

    /// <summary>三（一）收到申请数.</summary>
    public static IReadOnlyList<string> RequestsReceived { get; } = [OnRequest, Received];

    /// <summary>三（一）1.当面申请数.</summary>
    public static IReadOnlyList<string> ReceivedInPerson { get; } = [OnRequest, Received, "1.当面申请数"];

    /// <summary>三（一）2.传真申请数.</summary>
    public static IReadOnlyList<string> ReceivedByFax { get; } = [OnRequest, Received, "2.传真申请数"];

    /// <summary>三（一）3.网络申请数.</summary>
    public static IReadOnlyList<string> ReceivedOnline { get; } = [OnRequest, Received, "3.网络申请数"];

    /// <summary>三（一）4.信函申请数.</summary>
    public static IReadOnlyList<string> ReceivedByLetter { get; } = [OnRequest, Received, "4.信函申请数"];

    /// <summary>三（二）申请办结数.</summary>
    public static IReadOnlyList<string> RequestsClosed { get; } = [OnRequest, Closed];

    /// <summary>三（二）1.按时办结数.</summary>
    public static IReadOnlyList<string> ClosedOnTime { get; } = [OnRequest, Closed, "1.按时办结数"];

    /// <summary>三（二）2.延期办结数.</summary>
    public static IReadOnlyList<string> ClosedAfterExtension { get; } = [OnRequest, Closed, "2.延期办结数"];

    /// <summary>三（三）申请答复数.</summary>
    public static IReadOnlyList<string> RequestsAnswered { get; } = [OnRequest, Answered];

    /// <summary>三（三）1.属于已主动公开范围数.</summary>
    public static IReadOnlyList<string> AnsweredAlreadyPublished { get; } = [OnRequest, Answered, "1.属于已主动公开范围数"];

    /// <summary>三（三）2.同意公开答复数.</summary>
    public static IReadOnlyList<string> AnsweredDisclosed { get; } = [OnRequest, Answered, "2.同意公开答复数"];

    /// <summary>三（三）3.同意部分公开答复数.</summary>
    public static IReadOnlyList<string> AnsweredPartiallyDisclosed { get; } = [OnRequest, Answered, "3.同意部分公开答复数"];

    /// <summary>三（三）4.不同意公开答复数.</summary>
    public static IReadOnlyList<string> AnsweredRefused { get; } = [OnRequest, Answered, RefusedLabel];

    /// <summary>其中：涉及国家秘密.</summary>
    public static IReadOnlyList<string> RefusedStateSecret { get; } = [OnRequest, Answered, RefusedLabel, "其中：涉及国家秘密"];

    /// <summary>涉及商业秘密.</summary>
    public static IReadOnlyList<string> RefusedCommercialSecret { get; } = [OnRequest, Answered, RefusedLabel, "涉及商业秘密"];

    /// <summary>涉及个人隐私.</summary>
    public static IReadOnlyList<string> RefusedPersonalPrivacy { get; } = [OnRequest, Answered, RefusedLabel, "涉及个人隐私"];

    /// <summary>危及国家安全、公共安全、经济安全和社会稳定.</summary>
    public static IReadOnlyList<string> RefusedEndangersSecurity { get; } = [OnRequest, Answered, RefusedLabel, "危及国家安全、公共安全、经济安全和社会稳定"];

    /// <summary>不是《条例》所指政府信息.</summary>
    public static IReadOnlyList<string> RefusedNotGovernmentInformation { get; } = [OnRequest, Answered, RefusedLabel, "不是《条例》所指政府信息"];

    /// <summary>法律法规规定的其他情形.</summary>
    public static IReadOnlyList<string> RefusedOtherLegalGrounds { get; } = [OnRequest, Answered, RefusedLabel, "法律法规规定的其他情形"];

    /// <summary>三（三）5.不属于本行政机关公开数.</summary>
    public static IReadOnlyList<string> AnsweredNotThisAgency { get; } = [OnRequest, Answered, "5.不属于本行政机关公开数"];

    /// <summary>三（三）6.申请信息不存在数.</summary>
    public static IReadOnlyList<string> AnsweredDoesNotExist { get; } = [OnRequest, Answered, "6.申请信息不存在数"];

    /// <summary>三（三）7.告知作出更改补充数.</summary>
    public static IReadOnlyList<string> AnsweredToldToAmend { get; } = [OnRequest, Answered, "7.告知作出更改补充数"];

    /// <summary>三（三）8.告知通过其他途径办理数.</summary>
    public static IReadOnlyList<string> AnsweredToldOtherChannel { get; } = [OnRequest, Answered, "8.告知通过其他途径办理数"];

    /// <summary>四、行政复议数量.</summary>
    public static IReadOnlyList<string> Reconsiderations { get; } = [ReconsiderationLabel];

    /// <summary>四（一）维持具体行政行为数.</summary>
    public static IReadOnlyList<string> ReconsiderationsUpheld { get; } = [ReconsiderationLabel, "（一）维持具体行政行为数"];

    /// <summary>四（二）被依法纠错数.</summary>
    public static IReadOnlyList<string> ReconsiderationsCorrected { get; } = [ReconsiderationLabel, "（二）被依法纠错数"];

    /// <summary>四（三）其他情形数.</summary>
    public static IReadOnlyList<string> ReconsiderationsOther { get; } = [ReconsiderationLabel, "（三）其他情形数"];

    /// <summary>五、行政诉讼数量.</summary>
    public static IReadOnlyList<string> Lawsuits { get; } = [LitigationLabel];

    /// <summary>五（一）维持具体行政行为或者驳回原告诉讼请求数.</summary>
    public static IReadOnlyList<string> LawsuitsUpheld { get; } = [LitigationLabel, "（一）维持具体行政行为或者驳回原告诉讼请求数"];

    /// <summary>五（二）被依法纠错数.</summary>
    public static IReadOnlyList<string> LawsuitsCorrected { get; } = [LitigationLabel, "（二）被依法纠错数"];

    /// <summary>五（三）其他情形数.</summary>
    public static IReadOnlyList<string> LawsuitsOther { get; } = [LitigationLabel, "（三）其他情形数"];

    /// <summary>六、举报投诉数量.</summary>
    public static IReadOnlyList<string> Complaints { get; } = ["六、举报投诉数量"];

    /// <summary>七、依申请公开信息收取的费用 (万元).</summary>
    public static IReadOnlyList<string> FeesCollected { get; } = ["七、依申请公开信息收取的费用"];

    /// <summary>八（一）政府信息公开工作专门机构数.</summary>
    public static IReadOnlyList<string> DedicatedOffices { get; } = [Organisation, "（一）政府信息公开工作专门机构数"];

    /// <summary>八（二）设置政府信息公开查阅点数.</summary>
    public static IReadOnlyList<string> ReadingPoints { get; } = [Organisation, "（二）设置政府信息公开查阅点数"];

    /// <summary>八（三）从事政府信息公开工作人员数.</summary>
    public static IReadOnlyList<string> Staff { get; } = [Organisation, StaffLabel];

    /// <summary>八（三）1.专职人员数.</summary>
    public static IReadOnlyList<string> FullTimeStaff { get; } = [Organisation, StaffLabel, "1.专职人员数（不包括政府公报及政府网站工作人员数）"];

    /// <summary>八（三）2.兼职人员数.</summary>
    public static IReadOnlyList<string> PartTimeStaff { get; } = [Organisation, StaffLabel, "2.兼职人员数"];

    /// <summary>八（四）政府信息公开专项经费 (万元).</summary>
    public static IReadOnlyList<string> DedicatedFunding { get; } = [Organisation, "（四）政府信息公开专项经费（不包括用于政府公报编辑管理及政府网站建设维护等方面的经费）"];

    /// <summary>九（一）召开政府信息公开工作会议或专题会议数.</summary>
    public static IReadOnlyList<string> MeetingsHeld { get; } = [Meetings, "（一）召开政府信息公开工作会议或专题会议数"];

    /// <summary>九（二）举办各类培训班数.</summary>
    public static IReadOnlyList<string> TrainingCourses { get; } = [Meetings, "（二）举办各类培训班数"];

    /// <summary>九（三）接受培训人员数 (人次).</summary>
    public static IReadOnlyList<string> Trainees { get; } = [Meetings, "（三）接受培训人员数"];

    /// <summary>The single column path.</summary>
    public static IReadOnlyList<string> Column { get; } = [ValueColumn];

    /// <summary>The address of a row of this table.</summary>
    public static CellAddress At(IReadOnlyList<string> row) => new(TableId, row, Column);

    internal static ReportTable Build()
    {
        CellDefinition Row(IReadOnlyList<string> path, string? unit = null, CellValueKind kind = CellValueKind.Count) =>
            new(At(path), kind, unit);

        return new ReportTable(TableId, Title,
        [
            Row(ProactivelyPublished, "条"),
            Row(PublishedNormativeDocuments, "条"),
            Row(IssuedNormativeDocuments, "件"),
            Row(ViaGazette), Row(ViaWebsite), Row(ViaMicroblog), Row(ViaWeChat), Row(ViaOtherMeans),
            Row(HotIssuesResponded),
            Row(PressConferences), Row(PressConferencesWithPrincipal),
            Row(OnlineInterviews), Row(OnlineInterviewsWithPrincipal),
            Row(InterpretationArticles), Row(MicroblogWeChatResponses), Row(OtherResponses),
            Row(RequestsReceived), Row(ReceivedInPerson), Row(ReceivedByFax), Row(ReceivedOnline), Row(ReceivedByLetter),
            Row(RequestsClosed), Row(ClosedOnTime), Row(ClosedAfterExtension),
            Row(RequestsAnswered), Row(AnsweredAlreadyPublished), Row(AnsweredDisclosed), Row(AnsweredPartiallyDisclosed),
            Row(AnsweredRefused),
            Row(RefusedStateSecret), Row(RefusedCommercialSecret), Row(RefusedPersonalPrivacy),
            Row(RefusedEndangersSecurity), Row(RefusedNotGovernmentInformation), Row(RefusedOtherLegalGrounds),
            Row(AnsweredNotThisAgency), Row(AnsweredDoesNotExist), Row(AnsweredToldToAmend), Row(AnsweredToldOtherChannel),
            Row(Reconsiderations), Row(ReconsiderationsUpheld), Row(ReconsiderationsCorrected), Row(ReconsiderationsOther),
            Row(Lawsuits), Row(LawsuitsUpheld), Row(LawsuitsCorrected), Row(LawsuitsOther),
            Row(Complaints),
            Row(FeesCollected, "万元", CellValueKind.Amount),
            Row(DedicatedOffices), Row(ReadingPoints), Row(Staff), Row(FullTimeStaff), Row(PartTimeStaff),
            Row(DedicatedFunding, "万元", CellValueKind.Amount),
            Row(MeetingsHeld), Row(TrainingCourses), Row(Trainees, "人次"),
        ]);
    }
}
