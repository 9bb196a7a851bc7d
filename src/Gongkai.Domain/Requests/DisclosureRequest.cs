using Gongkai.Domain.Calendar;

namespace Gongkai.Domain.Requests;

/// <summary>
/// 政府信息公开申请 (依申请公开, 条例 第二十七条至第四十五条): one request to one agency, with its append-only log of
/// <see cref="RequestEvent"/>s. Its state changes only through the methods below, each of which checks the rule it
/// rests on and appends one event; a refused action throws <see cref="RuleViolationException"/> and changes nothing.
/// </summary>
public sealed partial class DisclosureRequest
{
    private readonly RequestEventLog _events = [];

    private DisclosureRequest()
    {
        TrackingNumber = string.Empty;
        Applicant = null!;
        Description = string.Empty;
    }

    private DisclosureRequest(Guid id, Guid agencyId, string trackingNumber, SubmissionChannel channel, Applicant applicant, string description, string? formRequested)
    {
        Id = id;
        AgencyId = agencyId;
        TrackingNumber = trackingNumber;
        Channel = channel;
        Applicant = applicant;
        Description = description;
        FormRequested = formRequested;
    }

    /// <summary>Identity.</summary>
    public Guid Id { get; private set; }

    /// <summary>The agency (行政机关) the request is addressed to.</summary>
    public Guid AgencyId { get; private set; }

    /// <summary>The number given to the applicant to follow the request.</summary>
    public string TrackingNumber { get; private set; }

    /// <summary>How it arrived.</summary>
    public SubmissionChannel Channel { get; private set; }

    /// <summary>Who asks.</summary>
    public Applicant Applicant { get; private set; }

    /// <summary>第二十九条第二款第（二）项: 政府信息的名称、文号或者便于行政机关查询的其他特征性描述.</summary>
    public string Description { get; private set; }

    /// <summary>第二十九条第二款第（三）项: the form and manner of obtaining it (纸质、电子邮件、自行领取…).</summary>
    public string? FormRequested { get; private set; }

    /// <summary>The log, in the order recorded.</summary>
    public IReadOnlyList<RequestEvent> Events => _events;

    /// <summary>
    /// The officer (承办人) handling the request (第四十五条: 办理), or null while unassigned. Internal: kept out of the
    /// legal event log, so the applicant's tracking page never shows it; the audit trail records every change.
    /// </summary>
    public Guid? AssignedOfficerId { get; private set; }

    /// <summary>The name of the assigned officer as shown in the queue.</summary>
    public string? AssignedOfficerName { get; private set; }

    /// <summary>
    /// 申请材料: the papers the applicant handed in or sent with the request (申请表、身份证明复印件、营业执照、信封…),
    /// as the registering officer listed them (第二十九条第二款第（一）项 身份证明).
    /// </summary>
    public string? ApplicantDocuments { get; private set; }

    /// <summary>Working days of an extension an officer proposed and the head of the office has not yet decided.</summary>
    public int? ProposedExtensionWorkingDays { get; private set; }

    /// <summary>The reason of the pending extension proposal.</summary>
    public string? ProposedExtensionReason { get; private set; }

    /// <summary>Who proposed the pending extension.</summary>
    public string? ProposedExtensionBy { get; private set; }

    /// <summary>The day the pending extension was proposed.</summary>
    public DateOnly? ProposedExtensionOn { get; private set; }

    /// <summary>
    /// The agency the request was passed on to internally (转送), when it is not this agency's information. Not a legal
    /// transfer: the Regulation has none. The applicant is still answered under 第三十六条第（五）项.
    /// </summary>
    public string? ForwardedTo { get; private set; }

    /// <summary>The day of the internal forwarding note.</summary>
    public DateOnly? ForwardedOn { get; private set; }

    /// <summary>What was forwarded and how (公文号、联系人).</summary>
    public string? ForwardingNote { get; private set; }

    /// <summary>Whether an officer's extension proposal waits for the head of the disclosure office.</summary>
    public bool HasPendingExtensionProposal => ProposedExtensionWorkingDays is not null;

    /// <summary>
    /// Registers a request as it arrived (第二十九条): in person, by post, online, e-mail or fax, on
    /// <paramref name="submittedOn"/> — for a letter the day the agency signed for it.
    /// </summary>
    /// <exception cref="RuleViolationException">The description is missing, or the applicant kind or channel is not one the regulation knows.</exception>
    public static DisclosureRequest Register(
        Guid id, Guid agencyId, string trackingNumber, SubmissionChannel channel, Applicant applicant,
        string description, string? formRequested, DateOnly submittedOn, RecordedBy by)
    {
        ArgumentNullException.ThrowIfNull(applicant);
        if (!applicant.Kind.IsDefined())
        {
            throw new RuleViolationException("申请人类型须为自然人，或法人或其他组织（商业企业、科研机构、社会公益组织、法律服务机构、其他）。", "第二十九条");
        }

        if (!Enum.IsDefined(channel))
        {
            throw new RuleViolationException("提交方式须为当面、信函、网络、电子邮件或传真之一。", "第二十九条");
        }

        if (string.IsNullOrWhiteSpace(trackingNumber))
        {
            throw new ArgumentException("A tracking number is required.", nameof(trackingNumber));
        }

        if (string.IsNullOrWhiteSpace(description))
        {
            throw new RuleViolationException("须写明申请公开的政府信息的名称、文号或者便于查询的其他特征性描述（第二十九条第二款第（二）项）。", "第二十九条");
        }

        var request = new DisclosureRequest(id, agencyId, trackingNumber.Trim(), channel, applicant, description.Trim(), string.IsNullOrWhiteSpace(formRequested) ? null : formRequested.Trim());
        request.Append(RequestEventKind.Submitted, submittedOn, by, "第二十九条");
        return request;
    }

    /// <summary>
    /// Records the day the receipt was confirmed: both sides for an online, e-mail or fax request
    /// (第三十一条第（三）项), or the office with the applicant for an ordinary letter (第三十一条第（二）项).
    /// </summary>
    public void ConfirmReceipt(DateOnly on, RecordedBy by)
    {
        EnsureOpen();
        if (Channel == SubmissionChannel.InPerson)
        {
            throw new RuleViolationException("当面提交的申请以提交之日为收到申请之日，无需确认（第三十一条第（一）项）。", "第三十一条");
        }

        if (Has(RequestEventKind.ReceiptConfirmed))
        {
            throw new RuleViolationException("收到申请之日已经确认过。", "第三十一条");
        }

        if (on < SubmittedOn)
        {
            throw new RuleViolationException($"确认之日{ChineseDates.Iso(on)}不能早于提交之日{ChineseDates.Iso(SubmittedOn)}。", "第三十一条");
        }

        if (_events.Count > 1)
        {
            throw new RuleViolationException("办理已经开始，不能再补记确认收到之日。", "第三十一条");
        }

        Append(RequestEventKind.ReceiptConfirmed, on, by, Channel == SubmissionChannel.Post ? "第三十一条第（二）项" : "第三十一条第（三）项");
    }

    /// <summary>补正告知 (第三十条): once, listing everything to correct, with a reasonable period.</summary>
    public void RequestCorrection(StatutoryClock clock, DateOnly on, string itemsToCorrect, int? periodWorkingDays, RecordedBy by)
    {
        Require(itemsToCorrect, "补正告知须一次性写明需要补正的事项（第三十条）。", "第三十条");
        if (Status(clock) == RequestStatus.Paused)
        {
            // a consultation or fee notice means the request was understood; 补正 comes first (7 working days from receipt)
            throw new RuleViolationException("征求意见或收费期间不能再要求补正：补正应在收到申请之日起7个工作日内一次性告知（第三十条）。", "第三十条");
        }

        AppendClockEvent(clock, RequestEventKind.CorrectionRequested, on, by, "第三十条", new RequestEventDetails { Note = itemsToCorrect.Trim(), WorkingDays = periodWorkingDays });
    }

    /// <summary>The corrected request received (第三十条): the reply period starts again.</summary>
    public void ReceiveCorrection(StatutoryClock clock, DateOnly on, RecordedBy by) =>
        AppendClockEvent(clock, RequestEventKind.CorrectionReceived, on, by, "第三十条");

    /// <summary>No correction within the period without good reason: 视为放弃申请 (第三十条; 其他处理 1).</summary>
    public void RecordCorrectionLapsed(StatutoryClock clock, DateOnly on, RecordedBy by) =>
        AppendClockEvent(clock, RequestEventKind.CorrectionLapsed, on, by, "第三十条", new RequestEventDetails { Outcome = Requests.Outcome.OtherCorrectionLapsed });

    /// <summary>
    /// 延长答复期限 (第三十三条第二款): approved by the head of the disclosure office, at most 20 working days in all,
    /// and notified to the applicant.
    /// </summary>
    public void ApproveExtension(StatutoryClock clock, DateOnly on, int workingDays, string approvedBy, string reason, RecordedBy by)
    {
        Require(approvedBy, "延长答复期限须经政府信息公开工作机构负责人同意，请记录批准人（第三十三条第二款）。", "第三十三条第二款");
        Require(reason, "延长答复期限须说明理由，以便告知申请人（第三十三条第二款）。", "第三十三条第二款");
        if (workingDays is < 1 or > StatutoryClock.ExtensionCapWorkingDays)
        {
            throw new RuleViolationException($"延长的期限须为1至{StatutoryClock.ExtensionCapWorkingDays}个工作日（第三十三条第二款）。", "第三十三条第二款");
        }

        var due = Deadline(clock).DueOn;
        if (due is { } d && on > d)
        {
            throw new RuleViolationException($"答复期限已于{ChineseDates.Iso(d)}届满，不能再延长（第三十三条第二款：延长须在期限内决定并告知申请人）。", "第三十三条第二款");
        }

        AppendClockEvent(clock, RequestEventKind.ExtensionApproved, on, by, "第三十三条第二款", new RequestEventDetails { WorkingDays = workingDays, ApprovedBy = approvedBy.Trim(), Note = reason.Trim() });
        ClearExtensionProposal();
    }

    /// <summary>书面征求意见 of a third party (第三十二条) or of other agencies (第三十四条); the time is not counted.</summary>
    public void StartConsultation(StatutoryClock clock, DateOnly on, ConsultedParty party, string whomAndWhat, RecordedBy by)
    {
        Require(whomAndWhat, "请写明征求意见的对象和事项。", null);
        AppendClockEvent(clock, RequestEventKind.ConsultationStarted, on, by,
            party == ConsultedParty.ThirdParty ? "第三十二条" : "第三十四条", new RequestEventDetails { Party = party, Note = whomAndWhat.Trim() });
    }

    /// <summary>The consulted party answered (or its 15 working days passed): counting resumes.</summary>
    public void EndConsultation(StatutoryClock clock, DateOnly on, string? opinion, RecordedBy by) =>
        AppendClockEvent(clock, RequestEventKind.ConsultationEnded, on, by, "第三十三条第三款", new RequestEventDetails { Note = opinion?.Trim() });

    /// <summary>收费通知 (信息处理费, 第四十二条 and 国办函〔2020〕109号); the wait for payment is not counted.</summary>
    public void SendFeeNotice(StatutoryClock clock, DateOnly on, long amountFen, int? paymentWorkingDays, RecordedBy by)
    {
        if (amountFen <= 0)
        {
            throw new RuleViolationException("收费金额须大于零。", "第四十二条");
        }

        AppendClockEvent(clock, RequestEventKind.FeeNoticeSent, on, by, "第四十二条", new RequestEventDetails { AmountFen = amountFen, WorkingDays = paymentWorkingDays });
    }

    /// <summary>The fee paid: counting resumes.</summary>
    public void RecordFeePaid(StatutoryClock clock, DateOnly on, RecordedBy by) =>
        AppendClockEvent(clock, RequestEventKind.FeePaid, on, by, "第四十二条");

    /// <summary>Not paid in time: the agency no longer handles the request (其他处理 2).</summary>
    public void RecordFeeLapsed(StatutoryClock clock, DateOnly on, RecordedBy by) =>
        AppendClockEvent(clock, RequestEventKind.FeeLapsed, on, by, "第四十二条", new RequestEventDetails { Outcome = Requests.Outcome.OtherFeeLapsed });

    /// <summary>延迟答复 (第三十五条): a reasonable reply date for a request beyond reasonable volume or frequency.</summary>
    public void SetDelayedReply(StatutoryClock clock, DateOnly on, DateOnly until, string reason, RecordedBy by)
    {
        Require(reason, "确定延迟答复期限须说明理由（第三十五条）。", "第三十五条");
        AppendClockEvent(clock, RequestEventKind.DelayedReplySet, on, by, "第三十五条", new RequestEventDetails { Until = until, Note = reason.Trim() });
    }

    /// <summary>
    /// 答复 (第三十六条至第三十九条) with its outcome. Every outcome except 予以公开 must state its grounds.
    /// </summary>
    public void Reply(StatutoryClock clock, DateOnly on, Outcome outcome, string? grounds, RecordedBy by)
    {
        EnsureOpen();
        if (outcome is Requests.Outcome.OtherCorrectionLapsed or Requests.Outcome.OtherFeeLapsed)
        {
            throw new RuleViolationException("逾期不补正、逾期未缴费请分别记录为“逾期不补正”“逾期未缴费”，不作为答复。", OutcomeTaxonomy.Article(outcome));
        }

        if (OutcomeTaxonomy.RequiresGrounds(outcome) && string.IsNullOrWhiteSpace(grounds))
        {
            throw new RuleViolationException($"答复“{OutcomeTaxonomy.ChineseName(outcome)}”须说明理由和依据（{OutcomeTaxonomy.Article(outcome)}）。", OutcomeTaxonomy.Article(outcome));
        }

        var proof = Deadline(clock);
        if (Has(RequestEventKind.Replied))
        {
            throw new RuleViolationException("该申请已经答复，不能再次答复。", "第三十六条");
        }

        var status = Status(clock);
        if (proof.State == ClockState.Ended) // also once the notice of the end was delivered
        {
            throw new RuleViolationException($"该申请已于{ChineseDates.Iso(proof.EndedOn!.Value)}终止办理（{OutcomeTaxonomy.ChineseName(proof.EndedWith!.Value)}），不能再答复。", OutcomeTaxonomy.Article(proof.EndedWith.Value));
        }

        if (outcome != Requests.Outcome.OtherHandling)
        {
            switch (status)
            {
                case RequestStatus.AwaitingConfirmation:
                    throw new RuleViolationException("尚未确认收到申请之日，请先确认（第三十一条）。", "第三十一条");
                case RequestStatus.AwaitingCorrection:
                    throw new RuleViolationException("正在等待申请人补正：收到补正后再答复，或在补正期限届满后记录“逾期不补正”（第三十条）。", "第三十条");
                case RequestStatus.Paused:
                    throw new RuleViolationException("征求意见或缴费尚未结束，请先记录其结果再答复（第三十三条第三款）。", "第三十三条第三款");
            }
        }

        EnsureNotBefore(on, proof.ReceivedOn, "答复");
        Append(RequestEventKind.Replied, on, by, OutcomeTaxonomy.Article(outcome), new RequestEventDetails { Outcome = outcome, Note = string.IsNullOrWhiteSpace(grounds) ? null : grounds.Trim() });
    }

    /// <summary>送达: the reply, or the notice that the request is no longer handled, delivered to the applicant.</summary>
    public void RecordDelivery(StatutoryClock clock, DateOnly on, string methodAndEvidence, RecordedBy by)
    {
        EnsureOpen();
        Require(methodAndEvidence, "请记录送达方式和凭证（如邮件回执号、签收人）。", null);
        var status = Status(clock);
        if (status is not (RequestStatus.Replied or RequestStatus.Ended))
        {
            throw new RuleViolationException(status == RequestStatus.Delivered ? "已经记录过送达。" : "尚未答复，没有可送达的文书。", null);
        }

        EnsureNotBefore(on, _events[^1].LegalDate, "送达");
        Append(RequestEventKind.Delivered, on, by, null, new RequestEventDetails { Note = methodAndEvidence.Trim() });
    }

    /// <summary>归档 (第四十五条): closes the file; nothing can be added afterwards.</summary>
    public void Archive(StatutoryClock clock, DateOnly on, RecordedBy by)
    {
        EnsureOpen();
        var status = Status(clock);
        if (status is not (RequestStatus.Delivered or RequestStatus.Ended))
        {
            throw new RuleViolationException("答复送达后才能归档。", "第四十五条");
        }

        EnsureNotBefore(on, _events[^1].LegalDate, "归档");
        Append(RequestEventKind.Archived, on, by, "第四十五条");
    }

    /// <summary>The date the request arrived, as submitted (the letter's signing date for post).</summary>
    public DateOnly SubmittedOn => _events[0].LegalDate;

    /// <summary>The receipt facts 第三十一条 works on.</summary>
    public Receipt Receipt => new(Channel, SubmittedOn, Find(RequestEventKind.ReceiptConfirmed)?.LegalDate);

    /// <summary>The reply clock's result and its proof.</summary>
    public DeadlineProof Deadline(StatutoryClock clock) => clock.Run(Receipt, ClockEvents().ToList());

    /// <summary>Where the request stands.</summary>
    public RequestStatus Status(StatutoryClock clock)
    {
        if (Has(RequestEventKind.Archived))
        {
            return RequestStatus.Archived;
        }

        if (Has(RequestEventKind.Delivered))
        {
            return RequestStatus.Delivered;
        }

        if (Has(RequestEventKind.Replied))
        {
            return RequestStatus.Replied;
        }

        if (Channel.NeedsMutualConfirmation() && !Has(RequestEventKind.ReceiptConfirmed))
        {
            return RequestStatus.AwaitingConfirmation;
        }

        return Deadline(clock).State switch
        {
            ClockState.AwaitingCorrection => RequestStatus.AwaitingCorrection,
            ClockState.Paused => RequestStatus.Paused,
            ClockState.Ended => RequestStatus.Ended,
            _ => RequestStatus.InProgress,
        };
    }

    /// <summary>How the request ended: the reply's outcome or a lapse; null while open.</summary>
    public Outcome? Outcome => _events.LastOrDefault(e => e.Outcome is not null)?.Outcome;

    /// <summary>The day it was answered or ended.</summary>
    public DateOnly? ClosedOn => _events.LastOrDefault(e => e.Outcome is not null)?.LegalDate;

    /// <summary>Whether an extension was approved (延期办结 in the pre-2019 统计表).</summary>
    public bool WasExtended => Has(RequestEventKind.ExtensionApproved);

    /// <summary>Whether the reply is late: not given by the due date (on <paramref name="today"/> if still open).</summary>
    public bool IsOverdue(StatutoryClock clock, DateOnly today)
    {
        var due = Deadline(clock).DueOn;
        var reply = Find(RequestEventKind.Replied)?.LegalDate;
        return due is { } d && (reply ?? today) > d;
    }

    private IEnumerable<ClockEvent> ClockEvents() =>
        _events.Select(e => e.ToClockEvent()).OfType<ClockEvent>();

    private void AppendClockEvent(StatutoryClock clock, RequestEventKind kind, DateOnly on, RecordedBy by, string? article, RequestEventDetails? details = null)
    {
        EnsureOpen();
        if (Has(RequestEventKind.Replied))
        {
            throw new RuleViolationException("该申请已经答复，不能再记录办理期间的事项。", article);
        }

        if (Channel.NeedsMutualConfirmation() && !Has(RequestEventKind.ReceiptConfirmed))
        {
            throw new RuleViolationException("尚未确认收到申请之日，请先确认（第三十一条第（三）项）。", "第三十一条");
        }

        if (kind is not (RequestEventKind.CorrectionReceived or RequestEventKind.CorrectionLapsed)
            && Deadline(clock).State == ClockState.AwaitingCorrection)
        {
            // 第三十条: until the applicant corrects the request, what is asked is not clear; nothing else can be handled
            throw new RuleViolationException("申请人尚未补正：补正期间只能记录收到补正申请或补正逾期（第三十条）。", "第三十条");
        }

        var candidate = NewEvent(kind, on, by, article, details);
        clock.Run(Receipt, ClockEvents().Append(candidate.ToClockEvent()!).ToList());
        _events.Add(candidate);
    }

    private void Append(RequestEventKind kind, DateOnly on, RecordedBy by, string? article, RequestEventDetails? details = null)
    {
        _events.Add(NewEvent(kind, on, by, article, details));
    }

    private RequestEvent NewEvent(RequestEventKind kind, DateOnly on, RecordedBy by, string? article, RequestEventDetails? details) =>
        new(Id, _events.Count + 1, kind, on, by.AtUtc, by.Actor, article, details);

    private void EnsureOpen()
    {
        if (Has(RequestEventKind.Archived))
        {
            throw new RuleViolationException("该申请已归档，不能再办理。", "第四十五条");
        }
    }

    private static void EnsureNotBefore(DateOnly on, DateOnly earliest, string what)
    {
        if (on < earliest)
        {
            throw new RuleViolationException($"{what}日期{ChineseDates.Iso(on)}早于前一办理事项的日期{ChineseDates.Iso(earliest)}。");
        }
    }

    private static void Require(string? value, string message, string? article)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new RuleViolationException(message, article);
        }
    }

    private bool Has(RequestEventKind kind) => _events.Any(e => e.Kind == kind);

    private RequestEvent? Find(RequestEventKind kind) => _events.LastOrDefault(e => e.Kind == kind);
}
