using System.Collections.Frozen;

namespace Gongkai.Domain.Notices;

/// <summary>
/// The built-in wording of every notice kind, used until an agency saves its own template. Each wording quotes the
/// rule of the Regulation (《中华人民共和国政府信息公开条例》, 国务院令第711号) it rests on — see
/// <see cref="NoticeWording.Article"/> — and tells the applicant what that rule requires the agency to tell
/// (docs/notices.md lists them). The first line of a body is the addressee.
/// </summary>
public static class DefaultNoticeTemplates
{
    /// <summary>The built-in document-number prefix: 依申请公开〔2025〕12号 (docs/decisions/0005-notice-numbering.md).</summary>
    public const string NumberPrefix = "依申请公开";

    private const string Regulation = "《中华人民共和国政府信息公开条例》";
    private const string Received = "本机关于{申请日期}收到您提出的政府信息公开申请（受理编号：{受理编号}），您申请获取：{申请内容}。";
    private const string Closing = "特此告知。";
    private const string Remedies = "{救济途径}";

    private static readonly FrozenDictionary<NoticeKind, NoticeWording> Wordings = new Dictionary<NoticeKind, NoticeWording>
    {
        [NoticeKind.Disclosed] = Reply("政府信息公开申请答复书", "第三十六条第（二）项",
            $"经审查，您申请获取的政府信息属于可以公开的政府信息。根据{Regulation}第三十六条第（二）项的规定，本机关决定予以公开。",
            "{答复内容}"),
        [NoticeKind.AlreadyPublic] = Reply("政府信息公开申请答复书", "第三十六条第（一）项",
            $"经查，您申请获取的政府信息已经主动公开。根据{Regulation}第三十六条第（一）项的规定，现告知您获取该政府信息的方式、途径：",
            "{答复内容}"),
        [NoticeKind.PartlyDisclosed] = Reply("政府信息部分公开告知书", "第三十七条",
            $"经审查，您申请获取的政府信息中含有不应当公开或者不属于政府信息的内容，但是能够作区分处理。根据{Regulation}第三十七条的规定，本机关向您提供可以公开的内容：",
            "{答复内容}",
            "对不予公开的内容，依据{法律依据}的规定不予公开，理由是：{理由}"),
        [NoticeKind.Withheld] = Reply("政府信息不予公开告知书", "第三十六条第（三）项",
            "经审查，您申请获取的政府信息属于不予公开的范围，理由是：{理由}",
            $"根据{{法律依据}}和{Regulation}第三十六条第（三）项的规定，本机关决定不予公开。"),
        [NoticeKind.SpecialAccessRegime] = Reply("政府信息公开申请答复书", "第三十六条第（七）项",
            "经审查，您申请获取的信息属于有关法律、行政法规对信息的获取有特别规定的情形，理由是：{理由}",
            $"根据{Regulation}第三十六条第（七）项的规定，请您依照{{法律依据}}的规定办理：{{答复内容}}"),
        [NoticeKind.DoesNotExist] = Reply("政府信息不存在告知书", "第三十六条第（四）项",
            "本机关对您申请的政府信息进行了检索，检索情况如下：{答复内容}",
            $"经检索，本机关没有制作或者获取您申请公开的政府信息。根据{Regulation}第三十六条第（四）项的规定，现告知您该政府信息不存在。"),
        [NoticeKind.NotThisAgency] = Reply("非本机关负责公开告知书", "第三十六条第（五）项",
            "经审查，您申请获取的政府信息不属于本机关负责公开，理由是：{理由}",
            $"根据{Regulation}第三十六条第（五）项的规定，现告知您负责公开该政府信息的行政机关及其联系方式：{{答复内容}}"),
        [NoticeKind.NeedsNewProduction] = Reply("政府信息公开申请答复书", "第三十八条",
            "经审查，本机关没有您申请获取的现成信息，需要对现有政府信息进行加工、分析，理由是：{理由}",
            $"根据{Regulation}第三十八条的规定，本机关不予提供。"),
        [NoticeKind.StillUnclear] = Reply("政府信息公开申请答复书", "第三十条",
            "本机关已告知您对申请作出补正。经审查，补正后的申请内容仍不明确：{理由}",
            $"根据{Regulation}第三十条的规定，本机关无法按照您的申请提供政府信息。您可以在写明所需政府信息的名称、文号或者便于查询的其他特征性描述后重新提出申请。"),
        [NoticeKind.PetitionOrComplaint] = Reply("政府信息公开申请答复书", "第三十九条第一款",
            "经审查，您以政府信息公开申请的形式提出的事项属于信访、投诉、举报等活动，理由是：{理由}",
            $"根据{Regulation}第三十九条第一款的规定，本机关不作为政府信息公开申请处理。您可以通过以下渠道提出：{{答复内容}}"),
        [NoticeKind.RepeatRequest] = Reply("不予重复处理告知书", "第三十六条第（六）项",
            "经查，本机关已就您申请公开的相同政府信息作出答复，您重复申请公开相同政府信息：{理由}",
            $"根据{Regulation}第三十六条第（六）项的规定，本机关不予重复处理。"),
        [NoticeKind.PublishedMaterial] = Reply("政府信息公开申请答复书", "第三十九条第二款",
            "经审查，您要求提供的是政府公报、报刊、书籍等公开出版物：{理由}",
            $"根据{Regulation}第三十九条第二款的规定，现告知您获取的途径：{{答复内容}}"),
        [NoticeKind.ExcessiveRequests] = Reply("政府信息公开申请不予处理告知书", "第三十五条",
            "您申请公开政府信息的数量、频次明显超过合理范围。本机关要求您说明理由后，认为申请理由不合理：{理由}",
            $"根据{Regulation}第三十五条的规定，本机关对您的申请不予处理。"),
        [NoticeKind.ConfirmationOrReissue] = Reply("政府信息公开申请不予处理告知书", "第三十六条",
            "经审查，您要求本机关确认或者重新出具您已经获取的信息，不属于申请获取政府信息：{理由}",
            "根据{法律依据}的规定，本机关对您的申请不予处理。"),
        [NoticeKind.CorrectionLapsed] = Reply("政府信息公开申请终止办理告知书", "第三十条",
            "本机关已一次性告知您需要补正的事项和补正期限（{补正期限}），您无正当理由逾期未补正。",
            $"根据{Regulation}第三十条的规定，视为您放弃申请，本机关不再处理该政府信息公开申请。"),
        [NoticeKind.FeeLapsed] = Reply("政府信息公开申请终止办理告知书", "国办函〔2020〕109号",
            "本机关已向您发出收费通知，您未在收费通知要求的期限（{缴费期限}）内缴纳信息处理费。",
            $"根据{Regulation}第四十二条和《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）的规定，本机关不再处理您的政府信息公开申请。"),
        [NoticeKind.OtherHandling] = Reply("政府信息公开申请答复书", "第三十六条",
            "经审查，本机关对您的申请作如下处理：{答复内容}",
            "理由是：{理由}"),
        [NoticeKind.CorrectionRequest] = new("政府信息公开申请补正告知书", "第三十条",
            Lines(
                "{申请人}：",
                Received,
                $"经审查，您的申请内容不明确，不符合{Regulation}第二十九条第二款的要求。根据该条例第三十条的规定，请您对以下事项作出补正：",
                "{补正事项}",
                "补正期限：{补正期限}。答复期限自本机关收到补正的申请之日起计算。您无正当理由逾期不补正的，视为放弃申请，本机关将不再处理该政府信息公开申请。",
                Closing)),
        [NoticeKind.Extension] = new("政府信息公开申请延期答复告知书", "第三十三条",
            Lines(
                "{申请人}：",
                Received,
                "因{理由}，本机关不能在法定期限内作出答复。",
                $"经本机关政府信息公开工作机构负责人同意，根据{Regulation}第三十三条的规定，答复期限延长{{延长期限}}。延长的期限最长不超过20个工作日。",
                Closing)),
        [NoticeKind.DelayedReply] = new("政府信息公开申请延迟答复告知书", "第三十五条",
            Lines(
                "{申请人}：",
                Received,
                $"您申请公开政府信息的数量、频次明显超过合理范围。本机关认为您的申请理由合理，但是无法在{Regulation}第三十三条规定的期限内答复：{{理由}}",
                $"根据{Regulation}第三十五条的规定，本机关确定延迟答复的期限为{{延迟答复期限}}。",
                Closing)),
        [NoticeKind.ThirdPartyConsultation] = new("政府信息公开征求第三方意见函", "第三十二条",
            Lines(
                "{第三方}：",
                "本机关于{申请日期}收到政府信息公开申请（受理编号：{受理编号}），申请获取：{申请内容}。",
                "经审查，公开该政府信息可能损害贵方的合法权益：{理由}",
                $"根据{Regulation}第三十二条的规定，现书面征求贵方意见。请贵方自收到本征求意见函之日起15个工作日内提出意见；不同意公开的，请说明理由。逾期未提出意见的，由本机关依照{Regulation}的规定决定是否公开。",
                "特此函告。")),
        [NoticeKind.FeeNotice] = new("政府信息公开信息处理费收费通知书", "第四十二条",
            Lines(
                "{申请人}：",
                Received,
                $"您申请公开政府信息的数量、频次明显超过合理范围。根据{Regulation}第四十二条和《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）的规定，本机关对您的申请收取信息处理费。",
                "计费依据：{理由}",
                "收费金额：{收费金额}。",
                "请您于{缴费期限}缴纳，缴费方式：{答复内容}",
                "您逾期未缴纳信息处理费的，本机关将不再处理您的政府信息公开申请。",
                Remedies,
                Closing)),
    }.ToFrozenDictionary();

    /// <summary>The built-in wording of <paramref name="kind"/>.</summary>
    public static NoticeWording For(NoticeKind kind) => Wordings[kind];

    private static NoticeWording Reply(string title, string article, params string[] decision) =>
        new(title, article, Lines(["{申请人}：", Received, .. decision, Remedies, Closing]));

    private static string Lines(params string[] lines) => string.Join('\n', lines);
}
