namespace Gongkai.Domain.Notices;

/// <summary>
/// 救济途径: the sentence a decision notice ends with, telling the applicant how to challenge it. 行政复议 within
/// sixty days of learning of the act (《中华人民共和国行政复议法》第二十条, as revised in 2023); 行政诉讼 within six
/// months (《中华人民共和国行政诉讼法》第四十六条). Both periods run here from receipt of the notice, the day the
/// applicant learns of the decision. The article numbers are cited from memory, not from the project's checked
/// sources (docs/notices.md marks them); an agency may edit the sentence in its templates, e.g. to name its
/// reconsideration body.
/// </summary>
public static class NoticeRemedies
{
    /// <summary>The built-in remedies sentence.</summary>
    public const string Default =
        "如对本告知不服，可以自收到本告知书之日起六十日内依照《中华人民共和国行政复议法》第二十条的规定申请行政复议，"
        + "或者自收到本告知书之日起六个月内依照《中华人民共和国行政诉讼法》第四十六条的规定向人民法院提起行政诉讼。";
}
