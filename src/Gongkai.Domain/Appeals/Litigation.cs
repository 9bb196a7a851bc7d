using Gongkai.Domain.AnnualReports;
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
public sealed class Litigation
{
    private List<AppealStage>? _stages = [];

    private Litigation()
    {
        CaseNumber = string.Empty;
        RegisteredBy = string.Empty;
    }

    private Litigation(Guid id, Guid agencyId, Guid requestId, LitigationRoute route, Guid? reconsiderationId, string caseNumber, DateOnly filedOn, RecordedBy by)
    {
        Id = id;
        AgencyId = agencyId;
        RequestId = requestId;
        Route = route;
        ReconsiderationId = reconsiderationId;
        CaseNumber = caseNumber;
        FiledOn = filedOn;
        RegisteredBy = by.Actor;
        RegisteredAtUtc = by.AtUtc;
    }

    /// <summary>Identity.</summary>
    public Guid Id { get; private set; }

    /// <summary>The defendant (被告): the agency whose disclosure work is challenged and whose report counts the case.</summary>
    public Guid AgencyId { get; private set; }

    /// <summary>The <see cref="DisclosureRequest"/> the case concerns.</summary>
    public Guid RequestId { get; private set; }

    /// <summary>Direct, or after reconsideration.</summary>
    public LitigationRoute Route { get; private set; }

    /// <summary>The <see cref="Reconsideration"/> that preceded the suit, when it is recorded in Gongkai.</summary>
    public Guid? ReconsiderationId { get; private set; }

    /// <summary>The court's case number (案号), e.g. "（2024）京0105行初123号".</summary>
    public string CaseNumber { get; private set; }

    /// <summary>The day the suit was brought (起诉之日).</summary>
    public DateOnly FiledOn { get; private set; }

    /// <summary>The result of the latest judgment or ruling recorded; null while pending.</summary>
    public AppealResult? Result { get; private set; }

    /// <summary>The day of that judgment or ruling; null while pending.</summary>
    public DateOnly? DecidedOn { get; private set; }

    /// <summary>Why the recorded decision was corrected (an entry error, a later instance); null unless it was.</summary>
    public string? CorrectionReason { get; private set; }

    /// <summary>Who registered the case.</summary>
    public string RegisteredBy { get; private set; }

    /// <summary>When the case was registered (UTC).</summary>
    public DateTime RegisteredAtUtc { get; private set; }

    /// <summary>Who recorded the decision (or its correction); null while pending.</summary>
    public string? DecisionRecordedBy { get; private set; }

    /// <summary>When the decision (or its correction) was recorded (UTC); null while pending.</summary>
    public DateTime? DecisionRecordedAtUtc { get; private set; }

    /// <summary>The stages recorded, in the order recorded (进展).</summary>
    public IReadOnlyList<AppealStage> Stages => _stages ??= [];

    /// <summary>Whether a decision is recorded.</summary>
    public bool IsDecided => Result is not null;

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

    /// <summary>Records the judgment or ruling: upheld (维持 / 驳回诉讼请求), corrected (撤销、确认违法、责令履行…) or other.</summary>
    /// <exception cref="RuleViolationException">Already decided (use <see cref="CorrectDecision"/>), 尚未审结 given, or decided before filing.</exception>
    public void Decide(AppealResult result, DateOnly decidedOn, RecordedBy by)
    {
        ArgumentNullException.ThrowIfNull(by);
        if (IsDecided)
        {
            throw new RuleViolationException("该行政诉讼已记录裁判结果；如记录有误或上诉后改判，请更正结果并说明理由。");
        }

        CaseDecision.EnsureDecidable(result, decidedOn, FiledOn, "行政诉讼");
        SetDecision(result, decidedOn, null, by);
    }

    /// <summary>
    /// Corrects the recorded result, with the reason (an entry error, a second-instance judgment, a retrial).
    /// <see cref="AppealResult.Pending"/> withdraws the decision (e.g. an appeal reopens the case).
    /// </summary>
    /// <exception cref="RuleViolationException">No decision recorded, no reason, or decided before filing.</exception>
    public void CorrectDecision(AppealResult result, DateOnly? decidedOn, string reason, RecordedBy by)
    {
        ArgumentNullException.ThrowIfNull(by);
        if (!IsDecided)
        {
            throw new RuleViolationException("该行政诉讼尚未记录裁判结果，无需更正。");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new RuleViolationException("更正行政诉讼结果须说明理由。");
        }

        if (result == AppealResult.Pending)
        {
            SetDecision(null, null, reason.Trim(), by);
            return;
        }

        var on = decidedOn ?? throw new RuleViolationException("请填写裁判日期。");
        CaseDecision.EnsureDecidable(result, on, FiledOn, "行政诉讼");
        SetDecision(result, on, reason.Trim(), by);
    }

    /// <summary>Records a stage of the case (受理, 开庭, 上诉 …); it does not change how the case counts.</summary>
    /// <exception cref="RuleViolationException">No name, or a day before the case was filed.</exception>
    public void RecordStage(string name, DateOnly on, string? note, RecordedBy by)
    {
        ArgumentNullException.ThrowIfNull(by);
        (_stages ??= []).Add(CaseDecision.Stage(name, on, note, FiledOn, DecidedOn, "行政诉讼", by));
    }

    /// <summary>
    /// Whether the case counts in <paramref name="year"/>: filed on or before 31 December and not decided before
    /// 1 January (docs/decisions/0002-appeal-counting.md).
    /// </summary>
    public bool CountsIn(ReportingYear year)
    {
        ArgumentNullException.ThrowIfNull(year);
        return CaseDecision.CountsIn(FiledOn, DecidedOn, year);
    }

    /// <summary>The column the case falls in for <paramref name="year"/>: its result if decided by 31 December, else 尚未审结.</summary>
    public AppealResult ResultIn(ReportingYear year)
    {
        ArgumentNullException.ThrowIfNull(year);
        return CaseDecision.ResultIn(Result, DecidedOn, year);
    }

    private static void EnsureNotBefore(DateOnly filedOn, DateOnly earliest, string what)
    {
        if (filedOn < earliest)
        {
            throw new RuleViolationException($"起诉日期{ChineseDates.Iso(filedOn)}早于{what}日期{ChineseDates.Iso(earliest)}。", "第五十一条");
        }
    }

    private void SetDecision(AppealResult? result, DateOnly? decidedOn, string? correctionReason, RecordedBy by)
    {
        Result = result;
        DecidedOn = decidedOn;
        CorrectionReason = correctionReason ?? CorrectionReason;
        DecisionRecordedBy = by.Actor;
        DecisionRecordedAtUtc = by.AtUtc;
    }
}
