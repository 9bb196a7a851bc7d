using System.Collections.Frozen;
using Gongkai.Domain.AnnualReports;

namespace Gongkai.Domain.Requests;

/// <summary>
/// Where each <see cref="Outcome"/> is counted in every national report format, and what a reply of that outcome
/// must carry. Row paths use the labels exactly as printed in the official tables (full-width punctuation).
/// <para>
/// The 2021 and 2019 rows are the official leaves of table 三 (国办公开办函〔2021〕30号, 〔2019〕60号). The pre-2019
/// 统计表 (国办发〔2014〕32号, rows from <see cref="StatisticsTableRows"/>) predates the 2019 Regulation; its mapping
/// is a decision recorded in docs/decisions/0001-outcome-mapping.md: internal-affairs and process information go to
/// 不是《条例》所指政府信息 (国办发〔2010〕5号 held them "一般不属于《条例》所指应公开的政府信息"); the 不予处理 grounds,
/// 行政查询事项 and 其他 go to 告知通过其他途径办理; 补正 outcomes to 告知作出更改补充.
/// </para>
/// </summary>
public static class OutcomeTaxonomy
{
    private const string Results = "三、本年度办理结果";
    private const string Withheld = "（三）不予公开";
    private const string Unavailable = "（四）无法提供";
    private const string NotProcessed = "（五）不予处理";
    private const string Other = "（六）其他处理";

    private static readonly FrozenDictionary<Outcome, Entry> Entries = new Dictionary<Outcome, Entry>
    {
        [Outcome.Disclosed] = new("予以公开", "第三十六条第（二）项", false,
            [Results, "（一）予以公开"], StatisticsTableRows.AnsweredDisclosed),
        [Outcome.DisclosedAlreadyPublic] = new("予以公开（已主动公开）", "第三十六条第（一）项", false,
            [Results, "（一）予以公开"], StatisticsTableRows.AnsweredAlreadyPublished),
        [Outcome.PartlyDisclosed] = new("部分公开", "第三十七条", true,
            [Results, "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"], StatisticsTableRows.AnsweredPartiallyDisclosed),
        [Outcome.WithheldStateSecret] = new("不予公开：属于国家秘密", "第十四条", true,
            [Results, Withheld, "1.属于国家秘密"], StatisticsTableRows.RefusedStateSecret),
        [Outcome.WithheldProhibitedByLaw] = new("不予公开：其他法律行政法规禁止公开", "第十四条", true,
            [Results, Withheld, "2.其他法律行政法规禁止公开"], StatisticsTableRows.RefusedOtherLegalGrounds),
        [Outcome.WithheldEndangersSecurityOrStability] = new("不予公开：危及“三安全一稳定”", "第十四条", true,
            [Results, Withheld, "3.危及“三安全一稳定”"], StatisticsTableRows.RefusedEndangersSecurity),
        [Outcome.WithheldTradeSecret] = new("不予公开：保护第三方合法权益（商业秘密）", "第十五条", true,
            [Results, Withheld, "4.保护第三方合法权益"], StatisticsTableRows.RefusedCommercialSecret),
        [Outcome.WithheldPersonalPrivacy] = new("不予公开：保护第三方合法权益（个人隐私）", "第十五条", true,
            [Results, Withheld, "4.保护第三方合法权益"], StatisticsTableRows.RefusedPersonalPrivacy),
        [Outcome.WithheldThirdPartyRights] = new("不予公开：保护第三方合法权益", "第十五条", true,
            [Results, Withheld, "4.保护第三方合法权益"], StatisticsTableRows.RefusedOtherLegalGrounds),
        [Outcome.WithheldInternalAffairs] = new("不予公开：属于三类内部事务信息", "第十六条第一款", true,
            [Results, Withheld, "5.属于三类内部事务信息"], StatisticsTableRows.RefusedNotGovernmentInformation),
        [Outcome.WithheldProcessInformation] = new("不予公开：属于四类过程性信息", "第十六条第二款", true,
            [Results, Withheld, "6.属于四类过程性信息"], StatisticsTableRows.RefusedNotGovernmentInformation),
        [Outcome.WithheldEnforcementCaseFile] = new("不予公开：属于行政执法案卷", "第十六条第二款", true,
            [Results, Withheld, "7.属于行政执法案卷"], StatisticsTableRows.RefusedOtherLegalGrounds),
        [Outcome.WithheldAdministrativeInquiry] = new("不予公开：属于行政查询事项", "第三十六条第（七）项", true,
            [Results, Withheld, "8.属于行政查询事项"], StatisticsTableRows.AnsweredToldOtherChannel),
        [Outcome.UnavailableDoesNotExist] = new("无法提供：本机关不掌握相关政府信息（经检索没有）", "第三十六条第（四）项", true,
            [Results, Unavailable, "1.本机关不掌握相关政府信息"], StatisticsTableRows.AnsweredDoesNotExist),
        [Outcome.UnavailableNotThisAgency] = new("无法提供：本机关不掌握相关政府信息（不属于本机关负责公开）", "第三十六条第（五）项", true,
            [Results, Unavailable, "1.本机关不掌握相关政府信息"], StatisticsTableRows.AnsweredNotThisAgency),
        [Outcome.UnavailableNeedsNewProduction] = new("无法提供：没有现成信息需要另行制作", "第三十八条", true,
            [Results, Unavailable, "2.没有现成信息需要另行制作"], StatisticsTableRows.AnsweredDoesNotExist),
        [Outcome.UnavailableStillUnclear] = new("无法提供：补正后申请内容仍不明确", "第三十条", true,
            [Results, Unavailable, "3.补正后申请内容仍不明确"], StatisticsTableRows.AnsweredToldToAmend),
        [Outcome.NotProcessedPetitionOrComplaint] = new("不予处理：信访举报投诉类申请", "第三十九条第一款", true,
            [Results, NotProcessed, "1.信访举报投诉类申请"], StatisticsTableRows.AnsweredToldOtherChannel),
        [Outcome.NotProcessedRepeatRequest] = new("不予处理：重复申请", "第三十六条第（六）项", true,
            [Results, NotProcessed, "2.重复申请"], StatisticsTableRows.AnsweredToldOtherChannel),
        [Outcome.NotProcessedPublishedMaterial] = new("不予处理：要求提供公开出版物", "第三十九条第二款", true,
            [Results, NotProcessed, "3.要求提供公开出版物"], StatisticsTableRows.AnsweredToldOtherChannel),
        [Outcome.NotProcessedExcessiveRequests] = new("不予处理：无正当理由大量反复申请", "第三十五条", true,
            [Results, NotProcessed, "4.无正当理由大量反复申请"], StatisticsTableRows.AnsweredToldOtherChannel),
        [Outcome.NotProcessedConfirmationOrReissue] = new("不予处理：要求行政机关确认或重新出具已获取信息", "第三十六条", true,
            [Results, NotProcessed, "5.要求行政机关确认或重新出具已获取信息"], StatisticsTableRows.AnsweredToldOtherChannel),
        [Outcome.OtherCorrectionLapsed] = new("其他处理：申请人逾期不补正", "第三十条", false,
            [Results, Other, "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"], StatisticsTableRows.AnsweredToldToAmend),
        [Outcome.OtherFeeLapsed] = new("其他处理：申请人逾期未缴纳信息处理费", "国办函〔2020〕109号", false,
            [Results, Other, "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"], StatisticsTableRows.AnsweredToldOtherChannel),
        [Outcome.OtherHandling] = new("其他处理", "第三十六条", true,
            [Results, Other, "3.其他"], StatisticsTableRows.AnsweredToldOtherChannel),
    }.ToFrozenDictionary();

    /// <summary>The outcome in Chinese, as an officer chooses it.</summary>
    public static string ChineseName(Outcome outcome) => Entries[outcome].ChineseName;

    /// <summary>The article a reply of this outcome rests on.</summary>
    public static string Article(Outcome outcome) => Entries[outcome].Article;

    /// <summary>
    /// Whether the reply must state reasons: everything but 予以公开 (第三十六条第（三）项 不予公开 "并说明理由",
    /// 第三十七条 部分公开 "说明理由", and the other notices, which must tell the applicant why).
    /// </summary>
    public static bool RequiresGrounds(Outcome outcome) => Entries[outcome].RequiresGrounds;

    /// <summary>The leaf row of table 三 in the 2021 format.</summary>
    public static IReadOnlyList<string> RowPath2021(Outcome outcome) => Entries[outcome].Row2021;

    /// <summary>The leaf row of table 三 in the 2019 (试行) format: as 2021, but one 其他处理 row.</summary>
    public static IReadOnlyList<string> RowPath2019(Outcome outcome) =>
        Entries[outcome].Row2021 is [Results, Other, _] ? [Results, Other] : Entries[outcome].Row2021;

    /// <summary>The 申请答复数 row of the pre-2019 统计表 (其中 rows of 不同意公开 end in their own label).</summary>
    public static IReadOnlyList<string> RowPath2014(Outcome outcome) => Entries[outcome].Row2014;

    private sealed record Entry(string ChineseName, string Article, bool RequiresGrounds, string[] Row2021, IReadOnlyList<string> Row2014);
}
