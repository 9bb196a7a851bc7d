namespace Gongkai.Domain.Requests;

/// <summary>
/// 办理结果: how a request ended, at the finest grain any national report format needs. Every value is one leaf row
/// of table 三 of the 2021 format (国办公开办函〔2021〕30号); a few leaves are split where the 2019 format or the
/// pre-2019 统计表 (国办发〔2014〕32号) tell them apart (已主动公开 vs 同意公开; 不存在 vs 非本机关; 商业秘密 vs
/// 个人隐私), so reports of any year come from the same records. <see cref="OutcomeTaxonomy"/> maps each value to the
/// row of every format. Persisted as strings; never renamed.
/// </summary>
public enum Outcome
{
    /// <summary>予以公开 — 第三十六条第（二）项: provided, or told how, where and when to obtain it.</summary>
    Disclosed,

    /// <summary>予以公开 — 第三十六条第（一）项: already proactively disclosed; told where to obtain it.</summary>
    DisclosedAlreadyPublic,

    /// <summary>部分公开 — 第三十七条: the disclosable part provided, reasons given for the rest.</summary>
    PartlyDisclosed,

    /// <summary>不予公开 1. 属于国家秘密 — 第十四条.</summary>
    WithheldStateSecret,

    /// <summary>不予公开 2. 其他法律行政法规禁止公开 — 第十四条.</summary>
    WithheldProhibitedByLaw,

    /// <summary>不予公开 3. 危及“三安全一稳定” (national, public, economic security; social stability) — 第十四条.</summary>
    WithheldEndangersSecurityOrStability,

    /// <summary>不予公开 4. 保护第三方合法权益 — 第十五条, on the ground of a trade secret (商业秘密).</summary>
    WithheldTradeSecret,

    /// <summary>不予公开 4. 保护第三方合法权益 — 第十五条, on the ground of personal privacy (个人隐私).</summary>
    WithheldPersonalPrivacy,

    /// <summary>不予公开 4. 保护第三方合法权益 — 第十五条, other lawful rights of a third party.</summary>
    WithheldThirdPartyRights,

    /// <summary>不予公开 5. 属于三类内部事务信息 (personnel, logistics, internal workflow) — 第十六条第一款.</summary>
    WithheldInternalAffairs,

    /// <summary>不予公开 6. 属于四类过程性信息 (discussion records, drafts, consultation letters, requests for instructions) — 第十六条第二款.</summary>
    WithheldProcessInformation,

    /// <summary>不予公开 7. 属于行政执法案卷 — 第十六条第二款.</summary>
    WithheldEnforcementCaseFile,

    /// <summary>不予公开 8. 属于行政查询事项 — information obtainable under a special inquiry regime (cf. 第三十六条第（七）项).</summary>
    WithheldAdministrativeInquiry,

    /// <summary>无法提供 1. 本机关不掌握相关政府信息 — 第三十六条第（四）项: after a search, it does not exist.</summary>
    UnavailableDoesNotExist,

    /// <summary>无法提供 1. 本机关不掌握相关政府信息 — 第三十六条第（五）项: not this agency's to disclose.</summary>
    UnavailableNotThisAgency,

    /// <summary>无法提供 2. 没有现成信息需要另行制作 — 第三十八条.</summary>
    UnavailableNeedsNewProduction,

    /// <summary>无法提供 3. 补正后申请内容仍不明确 — 第三十条.</summary>
    UnavailableStillUnclear,

    /// <summary>不予处理 1. 信访举报投诉类申请 — 第三十九条第一款.</summary>
    NotProcessedPetitionOrComplaint,

    /// <summary>不予处理 2. 重复申请 — 第三十六条第（六）项.</summary>
    NotProcessedRepeatRequest,

    /// <summary>不予处理 3. 要求提供公开出版物 — 第三十九条第二款.</summary>
    NotProcessedPublishedMaterial,

    /// <summary>不予处理 4. 无正当理由大量反复申请 — 第三十五条.</summary>
    NotProcessedExcessiveRequests,

    /// <summary>不予处理 5. 要求行政机关确认或重新出具已获取信息.</summary>
    NotProcessedConfirmationOrReissue,

    /// <summary>其他处理 1. 申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 — 第三十条 (视为放弃申请).</summary>
    OtherCorrectionLapsed,

    /// <summary>其他处理 2. 申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 — 国办函〔2020〕109号.</summary>
    OtherFeeLapsed,

    /// <summary>其他处理 3. 其他 (e.g. the applicant withdrew the request).</summary>
    OtherHandling,
}
