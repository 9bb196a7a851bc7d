using System.Text.RegularExpressions;

namespace Gongkai.Domain.Notices;

/// <summary>
/// The named placeholders a notice template may use, written in braces: {申请人}. The issuer fills those it can read
/// from the request and the agency (<see cref="FilledFromRecords"/>); the officer supplies the rest when issuing.
/// </summary>
public static partial class NoticePlaceholders
{
    /// <summary>申请人姓名或者名称 (第二十九条第二款第（一）项).</summary>
    public const string Applicant = "申请人";

    /// <summary>The day the request was submitted (for a letter: the day the agency signed for it).</summary>
    public const string SubmittedOn = "申请日期";

    /// <summary>The information asked for (第二十九条第二款第（二）项).</summary>
    public const string Description = "申请内容";

    /// <summary>The request's tracking number.</summary>
    public const string TrackingNumber = "受理编号";

    /// <summary>What the agency answers: how the information is provided, the search done, the channel to use.</summary>
    public const string Reply = "答复内容";

    /// <summary>The reasons (第三十六条第（三）项、第（五）项, 第三十七条 "说明理由").</summary>
    public const string Grounds = "理由";

    /// <summary>The legal provision relied on, e.g. 《中华人民共和国政府信息公开条例》第十四条.</summary>
    public const string LegalBasis = "法律依据";

    /// <summary>The items to correct, all at once (第三十条 "一次性告知").</summary>
    public const string CorrectionItems = "补正事项";

    /// <summary>The reasonable correction period (第三十条).</summary>
    public const string CorrectionPeriod = "补正期限";

    /// <summary>The extension (第三十三条, at most 20 working days).</summary>
    public const string ExtensionPeriod = "延长期限";

    /// <summary>The delayed reply date (第三十五条).</summary>
    public const string DelayedUntil = "延迟答复期限";

    /// <summary>The information processing fee (第四十二条).</summary>
    public const string FeeAmount = "收费金额";

    /// <summary>The payment period of a fee notice.</summary>
    public const string PaymentPeriod = "缴费期限";

    /// <summary>The third party consulted (第三十二条).</summary>
    public const string ThirdParty = "第三方";

    /// <summary>救济途径: 行政复议 (行政复议法 第二十条) and 行政诉讼 (行政诉讼法 第四十六条).</summary>
    public const string Remedies = "救济途径";

    /// <summary>The agency that signs.</summary>
    public const string Signatory = "落款机关";

    /// <summary>成文日期: the date the notice is made.</summary>
    public const string IssuedOn = "成文日期";

    /// <summary>The document number, e.g. 西政依复〔2025〕12号.</summary>
    public const string DocumentNumber = "文号";

    /// <summary>Every placeholder a template may use, in the order they are listed to officers.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        Applicant, SubmittedOn, Description, TrackingNumber, Reply, Grounds, LegalBasis, CorrectionItems,
        CorrectionPeriod, ExtensionPeriod, DelayedUntil, FeeAmount, PaymentPeriod, ThirdParty, Remedies, Signatory,
        IssuedOn, DocumentNumber,
    ];

    /// <summary>The placeholders the issuer fills from the request, the agency, the template and the number.</summary>
    public static IReadOnlyList<string> FilledFromRecords { get; } =
        [Applicant, SubmittedOn, Description, TrackingNumber, Remedies, Signatory, IssuedOn, DocumentNumber];

    /// <summary>Whether <paramref name="name"/> is a known placeholder.</summary>
    public static bool IsKnown(string name) => All.Contains(name);

    /// <summary>The placeholder names used in <paramref name="text"/>, in order of first use, without duplicates.</summary>
    public static IReadOnlyList<string> UsedIn(string text) =>
        Pattern().Matches(text ?? string.Empty).Select(m => m.Groups[1].Value).Distinct().ToList();

    /// <summary>Replaces every {name} in <paramref name="text"/> by <paramref name="valueOf"/>(name).</summary>
    internal static string Fill(string text, Func<string, string> valueOf) =>
        Pattern().Replace(text, m => valueOf(m.Groups[1].Value));

    [GeneratedRegex(@"\{([^{}\r\n]*)\}")]
    private static partial Regex Pattern();
}
