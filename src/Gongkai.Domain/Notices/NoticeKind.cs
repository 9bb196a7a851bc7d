namespace Gongkai.Domain.Notices;

/// <summary>
/// 告知书的种类: one written notice per reply type of 条例 第三十六条 to 第三十九条 as the outcome taxonomy
/// (<see cref="Requests.Outcome"/>, docs/decisions/0001-outcome-mapping.md) tells them apart, plus the procedural
/// notices of a request (补正, 延期, 延迟答复, 征求第三方意见, 收费). <see cref="NoticeKinds.For"/> maps every outcome to
/// its kind. Persisted as strings; never renamed.
/// </summary>
public enum NoticeKind
{
    /// <summary>予以公开告知书 — 第三十六条第（二）项: provide it, or say how, where and when to obtain it.</summary>
    Disclosed,

    /// <summary>已主动公开告知书 — 第三十六条第（一）项: tell how and where to obtain it.</summary>
    AlreadyPublic,

    /// <summary>部分公开告知书 — 第三十七条: the disclosable part, reasons for the rest.</summary>
    PartlyDisclosed,

    /// <summary>不予公开告知书 — 第三十六条第（三）项 with the ground of 第十四条、第十五条或第十六条.</summary>
    Withheld,

    /// <summary>依照有关法律、行政法规办理告知书 — 第三十六条第（七）项 (行政查询事项: 工商、不动产登记资料等).</summary>
    SpecialAccessRegime,

    /// <summary>政府信息不存在告知书 — 第三十六条第（四）项.</summary>
    DoesNotExist,

    /// <summary>非本机关负责公开告知书 — 第三十六条第（五）项: with reasons and, where it can be determined, the responsible agency.</summary>
    NotThisAgency,

    /// <summary>不予提供告知书 (没有现成信息需要另行制作) — 第三十八条.</summary>
    NeedsNewProduction,

    /// <summary>补正后申请内容仍不明确告知书 — 第三十条.</summary>
    StillUnclear,

    /// <summary>不作为政府信息公开申请处理告知书 (信访举报投诉类) — 第三十九条第一款.</summary>
    PetitionOrComplaint,

    /// <summary>不予重复处理告知书 — 第三十六条第（六）项.</summary>
    RepeatRequest,

    /// <summary>公开出版物获取途径告知书 — 第三十九条第二款.</summary>
    PublishedMaterial,

    /// <summary>不予处理告知书 (无正当理由大量反复申请) — 第三十五条.</summary>
    ExcessiveRequests,

    /// <summary>不予处理告知书 (要求确认或重新出具已获取信息).</summary>
    ConfirmationOrReissue,

    /// <summary>终止办理告知书 (逾期不补正, 视为放弃申请) — 第三十条.</summary>
    CorrectionLapsed,

    /// <summary>终止办理告知书 (逾期未缴纳信息处理费) — 国办函〔2020〕109号.</summary>
    FeeLapsed,

    /// <summary>其他处理告知书 (e.g. the applicant withdrew the request).</summary>
    OtherHandling,

    /// <summary>补正告知书 — 第二十九条第二款, 第三十条: everything to correct, once, with a reasonable period.</summary>
    CorrectionRequest,

    /// <summary>延期答复告知书 — 第三十三条: approved by the head of the disclosure office, at most 20 working days.</summary>
    Extension,

    /// <summary>延迟答复告知书 — 第三十五条: a reasonable later reply date.</summary>
    DelayedReply,

    /// <summary>征求第三方意见函 — 第三十二条: addressed to the third party, 15 working days to answer.</summary>
    ThirdPartyConsultation,

    /// <summary>收费通知书 — 第四十二条 and 《政府信息公开信息处理费管理办法》 (国办函〔2020〕109号).</summary>
    FeeNotice,
}
