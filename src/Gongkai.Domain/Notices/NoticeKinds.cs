using System.Collections.Frozen;
using Gongkai.Domain.Requests;

namespace Gongkai.Domain.Notices;

/// <summary>Which notice each outcome is told with, and the Chinese name of each kind.</summary>
public static class NoticeKinds
{
    private static readonly FrozenDictionary<NoticeKind, string> Names = new Dictionary<NoticeKind, string>
    {
        [NoticeKind.Disclosed] = "予以公开告知书",
        [NoticeKind.AlreadyPublic] = "已主动公开告知书",
        [NoticeKind.PartlyDisclosed] = "部分公开告知书",
        [NoticeKind.Withheld] = "不予公开告知书",
        [NoticeKind.SpecialAccessRegime] = "依照有关法律法规办理告知书",
        [NoticeKind.DoesNotExist] = "政府信息不存在告知书",
        [NoticeKind.NotThisAgency] = "非本机关负责公开告知书",
        [NoticeKind.NeedsNewProduction] = "不予提供告知书（需另行制作）",
        [NoticeKind.StillUnclear] = "申请内容不明确告知书",
        [NoticeKind.PetitionOrComplaint] = "不作为政府信息公开申请处理告知书",
        [NoticeKind.RepeatRequest] = "不予重复处理告知书",
        [NoticeKind.PublishedMaterial] = "公开出版物获取途径告知书",
        [NoticeKind.ExcessiveRequests] = "不予处理告知书（大量反复申请）",
        [NoticeKind.ConfirmationOrReissue] = "不予处理告知书（确认或重新出具）",
        [NoticeKind.CorrectionLapsed] = "终止办理告知书（逾期不补正）",
        [NoticeKind.FeeLapsed] = "终止办理告知书（逾期未缴费）",
        [NoticeKind.OtherHandling] = "其他处理告知书",
        [NoticeKind.CorrectionRequest] = "补正告知书",
        [NoticeKind.Extension] = "延期答复告知书",
        [NoticeKind.DelayedReply] = "延迟答复告知书",
        [NoticeKind.ThirdPartyConsultation] = "征求第三方意见函",
        [NoticeKind.FeeNotice] = "收费通知书",
    }.ToFrozenDictionary();

    /// <summary>Every kind, in declaration order.</summary>
    public static IReadOnlyList<NoticeKind> All { get; } = Enum.GetValues<NoticeKind>();

    /// <summary>The kind's name as an officer sees it, e.g. "补正告知书".</summary>
    public static string ChineseName(NoticeKind kind) => Names[kind];

    /// <summary>
    /// The notice that tells the applicant <paramref name="outcome"/>: every outcome has one (第三十六条 requires a
    /// written reply for each type; 第三十条 and 国办函〔2020〕109号 end the handling with a notice too).
    /// </summary>
    public static NoticeKind For(Outcome outcome) => outcome switch
    {
        Outcome.Disclosed => NoticeKind.Disclosed,
        Outcome.DisclosedAlreadyPublic => NoticeKind.AlreadyPublic,
        Outcome.PartlyDisclosed => NoticeKind.PartlyDisclosed,
        Outcome.WithheldStateSecret or Outcome.WithheldProhibitedByLaw or Outcome.WithheldEndangersSecurityOrStability
            or Outcome.WithheldTradeSecret or Outcome.WithheldPersonalPrivacy or Outcome.WithheldThirdPartyRights
            or Outcome.WithheldInternalAffairs or Outcome.WithheldProcessInformation or Outcome.WithheldEnforcementCaseFile
            => NoticeKind.Withheld,
        Outcome.WithheldAdministrativeInquiry => NoticeKind.SpecialAccessRegime,
        Outcome.UnavailableDoesNotExist => NoticeKind.DoesNotExist,
        Outcome.UnavailableNotThisAgency => NoticeKind.NotThisAgency,
        Outcome.UnavailableNeedsNewProduction => NoticeKind.NeedsNewProduction,
        Outcome.UnavailableStillUnclear => NoticeKind.StillUnclear,
        Outcome.NotProcessedPetitionOrComplaint => NoticeKind.PetitionOrComplaint,
        Outcome.NotProcessedRepeatRequest => NoticeKind.RepeatRequest,
        Outcome.NotProcessedPublishedMaterial => NoticeKind.PublishedMaterial,
        Outcome.NotProcessedExcessiveRequests => NoticeKind.ExcessiveRequests,
        Outcome.NotProcessedConfirmationOrReissue => NoticeKind.ConfirmationOrReissue,
        Outcome.OtherCorrectionLapsed => NoticeKind.CorrectionLapsed,
        Outcome.OtherFeeLapsed => NoticeKind.FeeLapsed,
        Outcome.OtherHandling => NoticeKind.OtherHandling,
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "Unknown outcome."),
    };

    /// <summary>
    /// Whether a notice of <paramref name="kind"/> is a decision on the request and so must tell the applicant the
    /// remedies (行政复议, 行政诉讼): every reply of 第三十六条 to 第三十九条, the end of handling (第三十条, 国办函〔2020〕109号)
    /// and the fee notice (第四十二条). The procedural notices (补正, 延期, 延迟答复) and the letter to a third party do not.
    /// </summary>
    public static bool TellsRemedies(NoticeKind kind) =>
        kind is not (NoticeKind.CorrectionRequest or NoticeKind.Extension or NoticeKind.DelayedReply or NoticeKind.ThirdPartyConsultation);

    /// <summary>
    /// The legal ground a 不予公开 notice cites for <paramref name="outcome"/> ({法律依据}): the exemption article of
    /// the Regulation (第十四条, 第十五条, 第十六条) as <see cref="OutcomeTaxonomy.Article"/> records it; null for the
    /// other outcomes, whose notices either cite their article in the fixed wording or need the caller's basis.
    /// </summary>
    public static string? DefaultLegalBasis(Outcome outcome) =>
        For(outcome) == NoticeKind.Withheld ? $"《中华人民共和国政府信息公开条例》{OutcomeTaxonomy.Article(outcome)}" : null;
}
