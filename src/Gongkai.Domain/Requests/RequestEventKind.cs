namespace Gongkai.Domain.Requests;

/// <summary>What an event of a request records. Persisted as strings; never renamed.</summary>
public enum RequestEventKind
{
    /// <summary>The request arrived (提交, 第二十九条).</summary>
    Submitted,

    /// <summary>Receipt confirmed with the applicant (第三十一条第（二）项 ordinary letter, 第（三）项 online / fax).</summary>
    ReceiptConfirmed,

    /// <summary>补正告知 (第三十条).</summary>
    CorrectionRequested,

    /// <summary>Corrected request received (第三十条).</summary>
    CorrectionReceived,

    /// <summary>逾期不补正, 视为放弃申请 (第三十条).</summary>
    CorrectionLapsed,

    /// <summary>延长答复期限 approved (第三十三条第二款).</summary>
    ExtensionApproved,

    /// <summary>征求意见 sent (第三十二条, 第三十四条).</summary>
    ConsultationStarted,

    /// <summary>征求意见 answered or lapsed.</summary>
    ConsultationEnded,

    /// <summary>收费通知 sent (国办函〔2020〕109号).</summary>
    FeeNoticeSent,

    /// <summary>信息处理费 paid.</summary>
    FeePaid,

    /// <summary>逾期未缴费: the agency stops handling the request.</summary>
    FeeLapsed,

    /// <summary>延迟答复 date set (第三十五条).</summary>
    DelayedReplySet,

    /// <summary>答复 with an outcome (第三十六条至第三十九条).</summary>
    Replied,

    /// <summary>送达: the reply delivered to the applicant.</summary>
    Delivered,

    /// <summary>归档 (第四十五条).</summary>
    Archived,
}
