namespace Gongkai.Domain.Requests;

/// <summary>Where a request stands; always computed from its events, never stored by hand.</summary>
public enum RequestStatus
{
    /// <summary>Online, e-mail or fax request not yet confirmed by both sides (第三十一条第（三）项): no date of receipt yet.</summary>
    AwaitingConfirmation,

    /// <summary>Being handled; the reply clock runs.</summary>
    InProgress,

    /// <summary>补正 asked for; waiting for the applicant (第三十条).</summary>
    AwaitingCorrection,

    /// <summary>Waiting for a consulted party or a fee payment; the clock is paused (第三十三条第三款).</summary>
    Paused,

    /// <summary>Answered; the reply is not yet delivered.</summary>
    Replied,

    /// <summary>Ended without a reply: correction or fee lapsed.</summary>
    Ended,

    /// <summary>The reply (or the notice of ending) delivered (送达).</summary>
    Delivered,

    /// <summary>Archived (归档, 第四十五条); nothing can be added.</summary>
    Archived,
}

/// <summary>Statuses in Chinese for officers and applicants.</summary>
public static class RequestStatusNames
{
    /// <summary>The status in Chinese.</summary>
    public static string ChineseName(this RequestStatus status) => status switch
    {
        RequestStatus.AwaitingConfirmation => "待确认收到",
        RequestStatus.InProgress => "办理中",
        RequestStatus.AwaitingCorrection => "待补正",
        RequestStatus.Paused => "暂停计时（征求意见或待缴费）",
        RequestStatus.Replied => "已答复",
        RequestStatus.Ended => "已终止办理",
        RequestStatus.Delivered => "已送达",
        RequestStatus.Archived => "已归档",
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };
}
