namespace Gongkai.Domain.Requests;

/// <summary>
/// How a request reached the agency (提交方式, 条例 第二十九条、第三十一条). Persisted as strings; never renamed.
/// </summary>
public enum SubmissionChannel
{
    /// <summary>当面提交: handed in at the office. 第三十一条第（一）项: received the day it is handed in.</summary>
    InPerson,

    /// <summary>
    /// 邮寄 / 信函: by post. 第三十一条第（二）项: received the day the agency signs for it; an ordinary letter that
    /// needs no signature is received the day the agency confirms it with the applicant.
    /// </summary>
    Post,

    /// <summary>网络: through the online form. 第三十一条第（三）项: received the day both sides confirm.</summary>
    Online,

    /// <summary>电子邮件: counts as an online channel (互联网渠道) for 第三十一条第（三）项 and in the annual report.</summary>
    Email,

    /// <summary>传真: to the disclosure office's fax. 第三十一条第（三）项: received the day both sides confirm.</summary>
    Fax,
}

/// <summary>What the annual report and the receipt rules make of a channel.</summary>
public static class SubmissionChannelRules
{
    /// <summary>Whether 第三十一条第（三）项 applies: the request is received on the day both sides confirm it.</summary>
    public static bool NeedsMutualConfirmation(this SubmissionChannel channel) =>
        channel is SubmissionChannel.Online or SubmissionChannel.Email or SubmissionChannel.Fax;

    /// <summary>The channel row of the pre-2019 统计表 (三（一）收到申请数: 当面 / 传真 / 网络 / 信函); e-mail is 网络.</summary>
    public static string StatisticalTableLabel(this SubmissionChannel channel) => channel switch
    {
        SubmissionChannel.InPerson => "当面",
        SubmissionChannel.Post => "信函",
        SubmissionChannel.Online or SubmissionChannel.Email => "网络",
        SubmissionChannel.Fax => "传真",
        _ => throw new ArgumentOutOfRangeException(nameof(channel)),
    };

    /// <summary>The channel in Chinese, as an officer or applicant says it.</summary>
    public static string ChineseName(this SubmissionChannel channel) => channel switch
    {
        SubmissionChannel.InPerson => "当面提交",
        SubmissionChannel.Post => "邮寄（信函）",
        SubmissionChannel.Online => "网络（在线申请）",
        SubmissionChannel.Email => "电子邮件",
        SubmissionChannel.Fax => "传真",
        _ => throw new ArgumentOutOfRangeException(nameof(channel)),
    };
}
