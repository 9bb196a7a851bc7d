using Gongkai.Domain.Calendar;
using Gongkai.Domain.Requests;

namespace Gongkai.Domain.Appeals;

/// <summary>
/// 行政诉讼 brought against an agency over its handling of a 政府信息公开申请 (条例 第五十一条; 《中华人民共和国行政诉讼法》
/// 第十二条 scope [U]), either directly (未经复议直接起诉) or after a reconsideration (复议后起诉, 行政诉讼法 第四十五条 [U]).
/// One case is one row however many instances it goes through: <see cref="Result"/> is the latest judgment recorded
/// (a later instance is recorded with <see cref="CorrectDecision"/>). Counted in table 四 (2019, 2021), 统计表
/// 五、行政诉讼数量 (2014) and the 正文 figure 行政诉讼数 (2008, 2014); see docs/decisions/0002-appeal-counting.md.
/// </summary>
public sealed class Litigation : AppealCase
{
    private Litigation()
    {
    }

    private Litigation(Guid id, Guid agencyId, Guid requestId, LitigationRoute route, Guid? reconsiderationId, string caseNumber, DateOnly filedOn, RecordedBy by)
        : base(id, agencyId, requestId, caseNumber, filedOn, by)
    {
        Route = route;
        ReconsiderationId = reconsiderationId;
    }

    /// <summary>Direct, or after reconsideration.</summary>
    public LitigationRoute Route { get; private set; }

    /// <summary>The <see cref="Reconsideration"/> that preceded the suit, when it is recorded in Gongkai.</summary>
    public Guid? ReconsiderationId { get; private set; }

    /// <summary>Registers a suit brought directly, without reconsideration (未经复议直接起诉, 行政诉讼法 第四十四条 [U]).</summary>
    /// <exception cref="RuleViolationException">No case number, or filed before the request was submitted.</exception>
    public static Litigation FileDirectly(Guid id, DisclosureRequest request, string caseNumber, DateOnly filedOn, RecordedBy by)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(by);
        var number = CaseDecision.RequireCaseNumber(caseNumber, "行政诉讼");
        EnsureNotBefore(filedOn, request.SubmittedOn, "政府信息公开申请提交");
        return new Litigation(id, request.AgencyId, request.Id, LitigationRoute.Direct, null, number, filedOn, by);
    }

    /// <summary>
    /// Registers a suit brought after reconsideration (复议后起诉, 行政诉讼法 第四十五条 [U]); <paramref name="reconsideration"/>
    /// is the preceding case when Gongkai holds it, null when it was handled elsewhere and not recorded.
    /// </summary>
    /// <exception cref="RuleViolationException">
    /// No case number; filed before the request or before the reconsideration; the reconsideration concerns another request.
    /// </exception>
    public static Litigation FileAfterReconsideration(
        Guid id, DisclosureRequest request, Reconsideration? reconsideration, string caseNumber, DateOnly filedOn, RecordedBy by)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(by);
        var number = CaseDecision.RequireCaseNumber(caseNumber, "行政诉讼");
        EnsureNotBefore(filedOn, request.SubmittedOn, "政府信息公开申请提交");
        if (reconsideration is not null)
        {
            if (reconsideration.RequestId != request.Id)
            {
                throw new RuleViolationException($"行政复议{reconsideration.CaseNumber}涉及的不是该政府信息公开申请。");
            }

            EnsureNotBefore(filedOn, reconsideration.FiledOn, $"行政复议{reconsideration.CaseNumber}申请");
        }

        return new Litigation(id, request.AgencyId, request.Id, LitigationRoute.AfterReconsideration, reconsideration?.Id, number, filedOn, by);
    }

    /// <inheritdoc/>
    private protected override AppealWording Wording => AppealWording.Litigation;

    private static void EnsureNotBefore(DateOnly filedOn, DateOnly earliest, string what)
    {
        if (filedOn < earliest)
        {
            throw new RuleViolationException($"起诉日期{ChineseDates.Iso(filedOn)}早于{what}日期{ChineseDates.Iso(earliest)}。", "第五十一条");
        }
    }
}
