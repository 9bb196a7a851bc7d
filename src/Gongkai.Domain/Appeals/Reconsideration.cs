using Gongkai.Domain.Calendar;
using Gongkai.Domain.Requests;

namespace Gongkai.Domain.Appeals;

/// <summary>
/// 行政复议 brought against an agency over its handling of a 政府信息公开申请 — the applicant's remedy under 条例
/// 第五十一条 ("认为行政机关在政府信息公开工作中侵犯其合法权益的……也可以依法申请行政复议或者提起行政诉讼") and
/// 《中华人民共和国行政复议法》 (2023 修订; 第十一条 scope, 第二十条 sixty days to apply [U]; 第二十三条 makes
/// reconsideration compulsory before suing over a refusal to disclose from 2024-01-01 [U]). Counted in table 四 (2019,
/// 2021), 统计表 四、行政复议数量 (2014) and the 正文 figure 行政复议数 (2008, 2014); see
/// docs/decisions/0002-appeal-counting.md.
/// </summary>
public sealed class Reconsideration : AppealCase
{
    private Reconsideration()
    {
    }

    private Reconsideration(Guid id, Guid agencyId, Guid requestId, string caseNumber, DateOnly filedOn, RecordedBy by)
        : base(id, agencyId, requestId, caseNumber, filedOn, by)
    {
    }

    /// <summary>
    /// Registers a reconsideration against the agency that handles <paramref name="request"/> (the respondent), filed on
    /// <paramref name="filedOn"/> (条例 第五十一条).
    /// </summary>
    /// <exception cref="RuleViolationException">No case number, or filed before the request was submitted.</exception>
    public static Reconsideration File(Guid id, DisclosureRequest request, string caseNumber, DateOnly filedOn, RecordedBy by)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(by);
        var number = CaseDecision.RequireCaseNumber(caseNumber, "行政复议");
        if (filedOn < request.SubmittedOn)
        {
            throw new RuleViolationException(
                $"行政复议申请日期{ChineseDates.Iso(filedOn)}早于政府信息公开申请提交日期{ChineseDates.Iso(request.SubmittedOn)}。", "第五十一条");
        }

        return new Reconsideration(id, request.AgencyId, request.Id, number, filedOn, by);
    }

    /// <inheritdoc/>
    private protected override AppealWording Wording => AppealWording.Reconsideration;
}
