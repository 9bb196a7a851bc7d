namespace Gongkai.Domain.Requests;

/// <summary>
/// What an officer can do next with a request (<see cref="DisclosureRequest.AllowedActions"/>). The back office shows
/// one form per allowed action; the aggregate's guarded methods remain the authority.
/// </summary>
public enum RequestAction
{
    /// <summary>分配承办人 (<see cref="DisclosureRequest.AssignTo"/>).</summary>
    Assign,

    /// <summary>登记申请材料 (<see cref="DisclosureRequest.RecordDocuments"/>).</summary>
    RecordDocuments,

    /// <summary>确认收到申请之日 (第三十一条).</summary>
    ConfirmReceipt,

    /// <summary>补正告知 (第三十条).</summary>
    RequestCorrection,

    /// <summary>收到补正 (第三十条).</summary>
    ReceiveCorrection,

    /// <summary>逾期不补正 (第三十条).</summary>
    RecordCorrectionLapsed,

    /// <summary>提议延长答复期限 (an officer; 第三十三条第二款).</summary>
    ProposeExtension,

    /// <summary>批准延长答复期限 (the head of the disclosure office; 第三十三条第二款).</summary>
    ApproveExtension,

    /// <summary>征求第三方或其他机关意见 (第三十二条、第三十四条).</summary>
    StartConsultation,

    /// <summary>征求意见结束.</summary>
    EndConsultation,

    /// <summary>发出收费通知 (第四十二条, 国办函〔2020〕109号).</summary>
    SendFeeNotice,

    /// <summary>已缴费.</summary>
    RecordFeePaid,

    /// <summary>逾期未缴费.</summary>
    RecordFeeLapsed,

    /// <summary>确定延迟答复期限 (第三十五条).</summary>
    SetDelayedReply,

    /// <summary>答复 (第三十六条至第三十九条).</summary>
    Reply,

    /// <summary>内部转送记录 (not a legal act; the reply is 第三十六条第（五）项).</summary>
    RecordForwarding,

    /// <summary>送达.</summary>
    RecordDelivery,

    /// <summary>归档 (第四十五条).</summary>
    Archive,
}
