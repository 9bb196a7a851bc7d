using Gongkai.Domain.AnnualReports;
using Gongkai.Domain.Requests;

namespace Gongkai.Domain.Appeals;

/// <summary>
/// What a 行政复议 and a 行政诉讼 over a 政府信息公开申请 have in common (条例 第五十一条): a case number, the day it was
/// brought, one decision recorded and corrected only with a reason, the stages recorded, and how it counts in a report
/// year (docs/decisions/0002-appeal-counting.md). <see cref="Reconsideration"/> and <see cref="Litigation"/> add how
/// they are brought; their wording differs (<see cref="AppealWording"/>).
/// </summary>
public abstract class AppealCase
{
    private List<AppealStage>? _stages = [];

    /// <summary>For the persistence layer.</summary>
    private protected AppealCase()
    {
        CaseNumber = string.Empty;
        RegisteredBy = string.Empty;
    }

    private protected AppealCase(Guid id, Guid agencyId, Guid requestId, string caseNumber, DateOnly filedOn, RecordedBy by)
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

    /// <summary>The agency whose disclosure work is challenged (被申请人 / 被告) and whose report counts the case.</summary>
    public Guid AgencyId { get; private set; }

    /// <summary>The <see cref="DisclosureRequest"/> the case concerns.</summary>
    public Guid RequestId { get; private set; }

    /// <summary>The case number (案号) given by the 复议机关 or the court.</summary>
    public string CaseNumber { get; private set; }

    /// <summary>The day the case was brought (申请之日 / 起诉之日).</summary>
    public DateOnly FiledOn { get; private set; }

    /// <summary>The result of the decision (the latest judgment, for a suit); null while pending.</summary>
    public AppealResult? Result { get; private set; }

    /// <summary>The day of that decision; null while pending.</summary>
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

    /// <summary>The case's wording in messages.</summary>
    private protected abstract AppealWording Wording { get; }

    /// <summary>Records the decision: upheld (维持 / 驳回), corrected (撤销、变更、确认违法、责令履行…) or other.</summary>
    /// <exception cref="RuleViolationException">Already decided (use <see cref="CorrectDecision"/>), 尚未审结 given, or decided before filing.</exception>
    public void Decide(AppealResult result, DateOnly decidedOn, RecordedBy by)
    {
        ArgumentNullException.ThrowIfNull(by);
        if (IsDecided)
        {
            throw new RuleViolationException(Wording.AlreadyDecided);
        }

        CaseDecision.EnsureDecidable(result, decidedOn, FiledOn, Wording.Kind);
        SetDecision(result, decidedOn, null, by);
    }

    /// <summary>
    /// Corrects the recorded decision, with the reason (an entry error, a decision revoked, a later instance).
    /// <see cref="AppealResult.Pending"/> withdraws the decision: the case is pending again.
    /// </summary>
    /// <exception cref="RuleViolationException">No decision recorded, no reason, or decided before filing.</exception>
    public void CorrectDecision(AppealResult result, DateOnly? decidedOn, string reason, RecordedBy by)
    {
        ArgumentNullException.ThrowIfNull(by);
        if (!IsDecided)
        {
            throw new RuleViolationException(Wording.NothingToCorrect);
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new RuleViolationException(Wording.ReasonRequired);
        }

        if (result == AppealResult.Pending)
        {
            SetDecision(null, null, reason.Trim(), by);
            return;
        }

        var on = decidedOn ?? throw new RuleViolationException(Wording.DateRequired);
        CaseDecision.EnsureDecidable(result, on, FiledOn, Wording.Kind);
        SetDecision(result, on, reason.Trim(), by);
    }

    /// <summary>Records a stage of the case (受理, 开庭, 上诉 …); it does not change how the case counts.</summary>
    /// <exception cref="RuleViolationException">No name, or a day before the case was filed.</exception>
    public void RecordStage(string name, DateOnly on, string? note, RecordedBy by)
    {
        ArgumentNullException.ThrowIfNull(by);
        (_stages ??= []).Add(CaseDecision.Stage(name, on, note, FiledOn, DecidedOn, Wording.Kind, by));
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

/// <summary>How messages name a kind of case and its decision.</summary>
/// <param name="Kind">"行政复议" or "行政诉讼".</param>
/// <param name="AlreadyDecided">Refusal of a second decision.</param>
/// <param name="NothingToCorrect">Refusal of a correction while pending.</param>
/// <param name="ReasonRequired">Refusal of a correction without a reason.</param>
/// <param name="DateRequired">Refusal of a corrected decision without its day.</param>
internal sealed record AppealWording(string Kind, string AlreadyDecided, string NothingToCorrect, string ReasonRequired, string DateRequired)
{
    public static AppealWording Reconsideration { get; } = new("行政复议",
        "该行政复议已记录决定；如记录有误，请更正决定并说明理由。", "该行政复议尚未记录决定，无需更正。",
        "更正行政复议决定须说明理由。", "请填写行政复议决定日期。");

    public static AppealWording Litigation { get; } = new("行政诉讼",
        "该行政诉讼已记录裁判结果；如记录有误或上诉后改判，请更正结果并说明理由。", "该行政诉讼尚未记录裁判结果，无需更正。",
        "更正行政诉讼结果须说明理由。", "请填写裁判日期。");
}
