using Gongkai.Domain.Calendar;

namespace Gongkai.Domain.Requests;

/// <summary>
/// One entry of a request's append-only log (第四十五条: 登记、审核、办理、答复、归档): who did what, when (UTC instant),
/// with which legal date and article. Events are never changed or removed; everything about a request — status,
/// due date, overdue, the annual-report cell it falls in — is computed from them.
/// </summary>
public sealed class RequestEvent
{
    private RequestEvent()
    {
        Actor = string.Empty;
    }

    internal RequestEvent(Guid requestId, int sequence, RequestEventKind kind, DateOnly legalDate, DateTime occurredAtUtc, string actor, string? article,
        RequestEventDetails? details = null)
    {
        if (occurredAtUtc.Kind != DateTimeKind.Utc)
        {
            throw new ArgumentException("Event instants are UTC.", nameof(occurredAtUtc));
        }

        if (string.IsNullOrWhiteSpace(actor))
        {
            throw new RuleViolationException("事件须记录经办人。");
        }

        Id = Guid.NewGuid();
        RequestId = requestId;
        Sequence = sequence;
        Kind = kind;
        LegalDate = legalDate;
        OccurredAtUtc = occurredAtUtc;
        Actor = actor.Trim();
        Article = article;
        if (details is not null)
        {
            WorkingDays = details.WorkingDays;
            Until = details.Until;
            Outcome = details.Outcome;
            Party = details.Party;
            ApprovedBy = details.ApprovedBy;
            AmountFen = details.AmountFen;
            Note = details.Note;
        }
    }

    /// <summary>Identity of the event.</summary>
    public Guid Id { get; private set; }

    /// <summary>The request it belongs to.</summary>
    public Guid RequestId { get; private set; }

    /// <summary>1, 2, 3 … in the order recorded.</summary>
    public int Sequence { get; private set; }

    /// <summary>What happened.</summary>
    public RequestEventKind Kind { get; private set; }

    /// <summary>The date that counts in law (Asia/Shanghai), e.g. the day the correction notice was sent.</summary>
    public DateOnly LegalDate { get; private set; }

    /// <summary>When it was recorded (UTC).</summary>
    public DateTime OccurredAtUtc { get; private set; }

    /// <summary>Who recorded it (an officer's user name, or "申请人" for the applicant's own online actions).</summary>
    public string Actor { get; private set; }

    /// <summary>The article applied, e.g. "第三十三条第二款".</summary>
    public string? Article { get; private set; }

    /// <summary>Working days: extension length; correction period; fee payment period.</summary>
    public int? WorkingDays { get; private set; }

    /// <summary>The reply date set under 第三十五条.</summary>
    public DateOnly? Until { get; private set; }

    /// <summary>The outcome of a reply, or of a lapse.</summary>
    public Outcome? Outcome { get; private set; }

    /// <summary>Whose opinion a consultation asks.</summary>
    public ConsultedParty? Party { get; private set; }

    /// <summary>Who approved (工作机构负责人) an extension.</summary>
    public string? ApprovedBy { get; private set; }

    /// <summary>A fee in 分.</summary>
    public long? AmountFen { get; private set; }

    /// <summary>Reasons, grounds, items to correct, delivery method and evidence: the words the notice will carry.</summary>
    public string? Note { get; private set; }

    /// <summary>This event as the reply clock sees it, or null when it does not touch the clock.</summary>
    public ClockEvent? ToClockEvent()
    {
        ClockEventKind? kind = Kind switch
        {
            RequestEventKind.CorrectionRequested => ClockEventKind.CorrectionRequested,
            RequestEventKind.CorrectionReceived => ClockEventKind.CorrectionReceived,
            RequestEventKind.CorrectionLapsed => ClockEventKind.CorrectionLapsed,
            RequestEventKind.ExtensionApproved => ClockEventKind.ExtensionApproved,
            RequestEventKind.ConsultationStarted => ClockEventKind.ConsultationStarted,
            RequestEventKind.ConsultationEnded => ClockEventKind.ConsultationEnded,
            RequestEventKind.FeeNoticeSent => ClockEventKind.FeeNoticeSent,
            RequestEventKind.FeePaid => ClockEventKind.FeePaid,
            RequestEventKind.FeeLapsed => ClockEventKind.FeeLapsed,
            RequestEventKind.DelayedReplySet => ClockEventKind.DelayedReplySet,
            _ => null,
        };
        return kind is { } k ? new ClockEvent(k, LegalDate) { WorkingDays = WorkingDays, Until = Until, Party = Party } : null;
    }
}
