using Gongkai.Domain.AnnualReports;
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
public sealed class Reconsideration
{
    private List<AppealStage>? _stages = [];

    private Reconsideration()
    {
        CaseNumber = string.Empty;
        RegisteredBy = string.Empty;
    }

    private Reconsideration(Guid id, Guid agencyId, Guid requestId, string caseNumber, DateOnly filedOn, RecordedBy by)
    {
        Id = id;
        AgencyId = agencyId;
        RequestId = requestId;
        CaseNumber = caseNumber;
        FiledOn = filedOn;
        RegisteredBy = by.Actor;
        RegisteredAtUtc = by.AtUtc;
    }

    /// <summary>Identity.</summary>
    public Guid Id { get; private set; }

    /// <summary>The respondent (被申请人): the agency whose disclosure work is challenged and whose report counts the case.</summary>
    public Guid AgencyId { get; private set; }

    /// <summary>The <see cref="DisclosureRequest"/> the case concerns.</summary>
    public Guid RequestId { get; private set; }

    /// <summary>The 复议机关's case number (案号), e.g. "某府复〔2024〕12号".</summary>
    public string CaseNumber { get; private set; }

    /// <summary>The day the application for reconsideration was made (申请之日).</summary>
    public DateOnly FiledOn { get; private set; }

    /// <summary>The result of the 复议决定; null while pending.</summary>
    public AppealResult? Result { get; private set; }

    /// <summary>The day of the 复议决定; null while pending.</summary>
    public DateOnly? DecidedOn { get; private set; }

    /// <summary>Why the recorded decision was corrected; null unless it was.</summary>
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

    /// <summary>Records the 复议决定: upheld (维持), corrected (撤销、变更、确认违法、责令履行) or other (驳回申请、终止…).</summary>
    /// <exception cref="RuleViolationException">Already decided (use <see cref="CorrectDecision"/>), 尚未审结 given, or decided before filing.</exception>
    public void Decide(AppealResult result, DateOnly decidedOn, RecordedBy by)
    {
        ArgumentNullException.ThrowIfNull(by);
        if (IsDecided)
        {
            throw new RuleViolationException("该行政复议已记录决定；如记录有误，请更正决定并说明理由。");
        }

        CaseDecision.EnsureDecidable(result, decidedOn, FiledOn, "行政复议");
        SetDecision(result, decidedOn, null, by);
    }

    /// <summary>
    /// Corrects a recorded decision, with the reason (an entry error, a decision revoked). <see cref="AppealResult.Pending"/>
    /// withdraws the decision: the case is pending again.
    /// </summary>
    /// <exception cref="RuleViolationException">No decision recorded, no reason, or decided before filing.</exception>
    public void CorrectDecision(AppealResult result, DateOnly? decidedOn, string reason, RecordedBy by)
    {
        ArgumentNullException.ThrowIfNull(by);
        if (!IsDecided)
        {
            throw new RuleViolationException("该行政复议尚未记录决定，无需更正。");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new RuleViolationException("更正行政复议决定须说明理由。");
        }

        if (result == AppealResult.Pending)
        {
            SetDecision(null, null, reason.Trim(), by);
            return;
        }

        var on = decidedOn ?? throw new RuleViolationException("请填写行政复议决定日期。");
        CaseDecision.EnsureDecidable(result, on, FiledOn, "行政复议");
        SetDecision(result, on, reason.Trim(), by);
    }

    /// <summary>Records a stage of the case (受理, 开庭, 上诉 …); it does not change how the case counts.</summary>
    /// <exception cref="RuleViolationException">No name, or a day before the case was filed.</exception>
    public void RecordStage(string name, DateOnly on, string? note, RecordedBy by)
    {
        ArgumentNullException.ThrowIfNull(by);
        (_stages ??= []).Add(CaseDecision.Stage(name, on, note, FiledOn, DecidedOn, "行政复议", by));
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

    private void SetDecision(AppealResult? result, DateOnly? decidedOn, string? correctionReason, RecordedBy by)
    {
        Result = result;
        DecidedOn = decidedOn;
        CorrectionReason = correctionReason ?? CorrectionReason;
        DecisionRecordedBy = by.Actor;
        DecisionRecordedAtUtc = by.AtUtc;
    }
}
