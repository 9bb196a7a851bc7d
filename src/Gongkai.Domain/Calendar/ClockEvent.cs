namespace Gongkai.Domain.Calendar;

/// <summary>What happened to a request that moves or stops its reply clock. Names are the deadline contract's; never renamed.</summary>
public enum ClockEventKind
{
    /// <summary>补正告知 sent (第三十条): the clock waits for the corrected request.</summary>
    CorrectionRequested,

    /// <summary>The corrected request received (第三十条): the 20 working days start again from this day.</summary>
    CorrectionReceived,

    /// <summary>The correction period passed without good reason (第三十条: 视为放弃申请): the request ends (其他处理 1).</summary>
    CorrectionLapsed,

    /// <summary>延长答复期限 approved by the head of the disclosure office (第三十三条第二款), ≤ 20 working days in total.</summary>
    ExtensionApproved,

    /// <summary>征求意见 of a third party (第三十二条) or of other agencies (第三十四条) sent: time not counted (第三十三条第三款).</summary>
    ConsultationStarted,

    /// <summary>The consulted party's opinion received (or its 15 working days over): counting resumes.</summary>
    ConsultationEnded,

    /// <summary>收费通知 (信息处理费, 国办函〔2020〕109号) sent: the wait for payment is not counted.</summary>
    FeeNoticeSent,

    /// <summary>The fee paid: counting resumes.</summary>
    FeePaid,

    /// <summary>The fee not paid in time (逾期未缴纳): the request ends (其他处理 2).</summary>
    FeeLapsed,

    /// <summary>延迟答复 (第三十五条): volume or frequency beyond reason; the agency sets a reasonable reply date.</summary>
    DelayedReplySet,
}

/// <summary>Whose opinion a consultation asks for.</summary>
public enum ConsultedParty
{
    /// <summary>第三方 (第三十二条): 15 working days to answer.</summary>
    ThirdParty,

    /// <summary>其他机关 (第三十四条): 15 working days; silence counts as consent.</summary>
    OtherAgency,
}

/// <summary>One event on the reply clock, with its legal date.</summary>
/// <param name="Kind">What happened.</param>
/// <param name="On">The legal date (Asia/Shanghai) it happened on.</param>
public sealed record ClockEvent(ClockEventKind Kind, DateOnly On)
{
    /// <summary>
    /// Working days: the length of an extension (required); for a correction notice the correction period granted;
    /// for a fee notice the payment period stated in it (both optional).
    /// </summary>
    public int? WorkingDays { get; init; }

    /// <summary>The reply date set under 第三十五条 (<see cref="ClockEventKind.DelayedReplySet"/> only).</summary>
    public DateOnly? Until { get; init; }

    /// <summary>Whose opinion is asked (<see cref="ClockEventKind.ConsultationStarted"/> only; optional).</summary>
    public ConsultedParty? Party { get; init; }
}
