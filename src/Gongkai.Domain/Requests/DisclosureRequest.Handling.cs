using Gongkai.Domain.Calendar;

namespace Gongkai.Domain.Requests;

/// <summary>
/// The back office's handling of a request beyond the legal event log: assignment to an officer, the applicant's
/// papers, the officer's extension proposal awaiting the head of the office, the internal forwarding note, and the
/// actions the current state allows.
/// </summary>
public sealed partial class DisclosureRequest
{
    /// <summary>
    /// Assigns (or reassigns) the request to an officer (第四十五条: 办理 under a case-handling system). Only a request
    /// still being handled can be assigned.
    /// </summary>
    /// <exception cref="RuleViolationException">Archived or delivered, no officer named, or already this officer's.</exception>
    public void AssignTo(Guid officerId, string officerName, RecordedBy by)
    {
        ArgumentNullException.ThrowIfNull(by);
        EnsureOpen();
        if (Has(RequestEventKind.Delivered))
        {
            throw new RuleViolationException("该申请已送达，办理已经结束，不能再分配承办人（第四十五条）。", "第四十五条");
        }

        Require(officerName, "请选择承办人。", "第四十五条");
        if (officerId == Guid.Empty)
        {
            throw new RuleViolationException("请选择承办人。", "第四十五条");
        }

        if (AssignedOfficerId == officerId)
        {
            throw new RuleViolationException($"该申请已由{AssignedOfficerName}承办。", "第四十五条");
        }

        AssignedOfficerId = officerId;
        AssignedOfficerName = officerName.Trim();
    }

    /// <summary>
    /// Records the papers the applicant handed in or sent (申请表、身份证明 — 第二十九条第二款第（一）项), replacing the
    /// earlier list. Refused once the file is archived.
    /// </summary>
    /// <exception cref="RuleViolationException">Archived, or an empty list.</exception>
    public void RecordDocuments(string documents, RecordedBy by)
    {
        ArgumentNullException.ThrowIfNull(by);
        EnsureOpen();
        Require(documents, "请写明申请人提交的材料（如申请表、身份证明复印件）（第二十九条第二款）。", "第二十九条");
        ApplicantDocuments = documents.Trim();
    }

    /// <summary>
    /// An officer proposes to extend the reply period. Only 政府信息公开工作机构负责人 may agree (第三十三条第二款:
    /// 需要延长答复期限的，应当经政府信息公开工作机构负责人同意并告知申请人); the proposal is checked now as the
    /// approval would be, and waits for <see cref="ApproveProposedExtension"/>.
    /// </summary>
    /// <exception cref="RuleViolationException">The extension would be refused on approval (state, length, due date passed).</exception>
    public void ProposeExtension(StatutoryClock clock, DateOnly on, int workingDays, string reason, RecordedBy by)
    {
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(by);
        CheckExtension(clock, on, workingDays, reason);
        ProposedExtensionWorkingDays = workingDays;
        ProposedExtensionReason = reason.Trim();
        ProposedExtensionBy = by.Actor;
        ProposedExtensionOn = on;
    }

    /// <summary>The head of the disclosure office agrees to the pending proposal (第三十三条第二款).</summary>
    /// <exception cref="RuleViolationException">No proposal pending, or the extension is no longer possible.</exception>
    public void ApproveProposedExtension(StatutoryClock clock, DateOnly on, string approvedBy, RecordedBy by)
    {
        if (ProposedExtensionWorkingDays is not { } days)
        {
            throw new RuleViolationException("没有待批准的延期申请。", "第三十三条第二款");
        }

        ApproveExtension(clock, on, days, approvedBy, ProposedExtensionReason!, by);
    }

    /// <summary>The head of the disclosure office does not agree: the proposal is withdrawn; the period stays.</summary>
    /// <exception cref="RuleViolationException">No proposal pending.</exception>
    public void DeclineExtension(RecordedBy by)
    {
        ArgumentNullException.ThrowIfNull(by);
        EnsureOpen();
        if (!HasPendingExtensionProposal)
        {
            throw new RuleViolationException("没有待批准的延期申请。", "第三十三条第二款");
        }

        ClearExtensionProposal();
    }

    /// <summary>
    /// Notes that the request was passed on internally (转送) to the agency that holds the information. The
    /// Regulation has no transfer: this changes nothing in law, and the applicant must still be answered with
    /// <see cref="ReplyNotThisAgency"/> (第三十六条第（五）项).
    /// </summary>
    /// <exception cref="RuleViolationException">Archived, or no agency named.</exception>
    public void RecordForwarding(DateOnly on, string toAgency, string? note, RecordedBy by)
    {
        ArgumentNullException.ThrowIfNull(by);
        EnsureOpen();
        Require(toAgency, "请写明转送的机关名称。", "第三十六条第（五）项");
        if (on < SubmittedOn)
        {
            throw new RuleViolationException($"转送日期{ChineseDates.Iso(on)}早于提交之日{ChineseDates.Iso(SubmittedOn)}。");
        }

        ForwardedTo = toAgency.Trim();
        ForwardedOn = on;
        ForwardingNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
    }

    /// <summary>
    /// 答复 under 第三十六条第（五）项: the information is not this agency's to disclose — 告知申请人并说明理由；能够确定负责
    /// 公开该政府信息的行政机关的，告知申请人该行政机关的名称、联系方式. The grounds, and the responsible agency when
    /// known, are written into the reply.
    /// </summary>
    /// <exception cref="RuleViolationException">No grounds, or the request cannot be answered now.</exception>
    public void ReplyNotThisAgency(StatutoryClock clock, DateOnly on, string grounds, string? responsibleAgency, string? contact, RecordedBy by)
    {
        Require(grounds, "告知不属于本机关负责公开，须说明理由（第三十六条第（五）项）。", "第三十六条第（五）项");
        var text = grounds.Trim();
        if (!string.IsNullOrWhiteSpace(responsibleAgency))
        {
            text += $"\n负责公开该政府信息的行政机关：{responsibleAgency.Trim()}" +
                (string.IsNullOrWhiteSpace(contact) ? string.Empty : $"，联系方式：{contact.Trim()}") + "。";
        }

        Reply(clock, on, Requests.Outcome.UnavailableNotThisAgency, text, by);
    }

    /// <summary>
    /// Whether a consultation (第三十二条、第三十四条) was started and has not ended. Several may run at once (a third
    /// party and another agency); each answer ends one of them, as the clock counts them.
    /// </summary>
    public bool IsConsultationOpen =>
        _events.Count(e => e.Kind == RequestEventKind.ConsultationStarted) > _events.Count(e => e.Kind == RequestEventKind.ConsultationEnded);

    /// <summary>Whether a fee notice was sent and is neither paid nor lapsed.</summary>
    public bool IsFeeOpen =>
        _events.LastOrDefault(e => e.Kind is RequestEventKind.FeeNoticeSent or RequestEventKind.FeePaid or RequestEventKind.FeeLapsed)?.Kind == RequestEventKind.FeeNoticeSent;

    /// <summary>Whether the request is still being handled: not yet delivered nor archived.</summary>
    public bool IsOpen => !Has(RequestEventKind.Delivered) && !Has(RequestEventKind.Archived);

    /// <summary>
    /// The actions the current state allows. A form is shown for each; an action outside this set is refused by its
    /// method with the rule it breaks.
    /// </summary>
    public IReadOnlySet<RequestAction> AllowedActions(StatutoryClock clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        var status = Status(clock);
        var allowed = new HashSet<RequestAction>();
        if (status == RequestStatus.Archived)
        {
            return allowed;
        }

        allowed.UnionWith([RequestAction.RecordDocuments, RequestAction.RecordForwarding]);
        switch (status)
        {
            case RequestStatus.Delivered:
                allowed.Add(RequestAction.Archive);
                return allowed;
            case RequestStatus.Replied:
                allowed.UnionWith([RequestAction.Assign, RequestAction.RecordDelivery]);
                return allowed;
            case RequestStatus.Ended:
                // ended without a reply (逾期不补正, 逾期未缴费): a notice may be delivered, or the file closed as it is
                allowed.UnionWith([RequestAction.Assign, RequestAction.RecordDelivery, RequestAction.Archive]);
                return allowed;
        }

        allowed.Add(RequestAction.Assign);
        var delayed = Has(RequestEventKind.DelayedReplySet);
        var canExtend = !delayed && Deadline(clock).ExtensionWorkingDays < StatutoryClock.ExtensionCapWorkingDays;
        switch (status)
        {
            case RequestStatus.AwaitingConfirmation:
                allowed.Add(RequestAction.ConfirmReceipt);
                break;
            case RequestStatus.AwaitingCorrection:
                allowed.UnionWith([RequestAction.ReceiveCorrection, RequestAction.RecordCorrectionLapsed]);
                break;
            case RequestStatus.Paused:
                // Several pauses may overlap (a third party and another agency; a fee notice during a consultation).
                allowed.UnionWith([RequestAction.StartConsultation, RequestAction.SetDelayedReply]);
                AddOpenPauseActions(allowed);
                if (canExtend)
                {
                    allowed.UnionWith([RequestAction.ProposeExtension, RequestAction.ApproveExtension]);
                }

                break;
            case RequestStatus.InProgress:
                if (Channel == SubmissionChannel.Post && _events.Count == 1)
                {
                    allowed.Add(RequestAction.ConfirmReceipt);
                }

                if (!Has(RequestEventKind.CorrectionRequested) && !WasExtended && !delayed)
                {
                    allowed.Add(RequestAction.RequestCorrection);
                }

                if (canExtend)
                {
                    allowed.UnionWith([RequestAction.ProposeExtension, RequestAction.ApproveExtension]);
                }

                allowed.UnionWith([RequestAction.StartConsultation, RequestAction.SetDelayedReply, RequestAction.Reply]);
                AddOpenPauseActions(allowed);
                break;
        }

        return allowed;
    }

    /// <summary>
    /// What closes a pause that is still open, whatever the status shows: a consultation can be ended and a fee paid or
    /// lapsed even after a 延迟答复 date (第三十五条) made the clock run to that date again; a new fee notice only when none
    /// is outstanding (第四十二条).
    /// </summary>
    private void AddOpenPauseActions(HashSet<RequestAction> allowed)
    {
        if (IsConsultationOpen)
        {
            allowed.Add(RequestAction.EndConsultation);
        }

        if (IsFeeOpen)
        {
            allowed.UnionWith([RequestAction.RecordFeePaid, RequestAction.RecordFeeLapsed]);
        }
        else
        {
            allowed.Add(RequestAction.SendFeeNotice);
        }
    }

    private void CheckExtension(StatutoryClock clock, DateOnly on, int workingDays, string reason)
    {
        EnsureOpen();
        Require(reason, "延长答复期限须说明理由，以便告知申请人（第三十三条第二款）。", "第三十三条第二款");
        if (workingDays is < 1 or > StatutoryClock.ExtensionCapWorkingDays)
        {
            throw new RuleViolationException($"延长的期限须为1至{StatutoryClock.ExtensionCapWorkingDays}个工作日（第三十三条第二款）。", "第三十三条第二款");
        }

        if (Has(RequestEventKind.Replied))
        {
            throw new RuleViolationException("该申请已经答复，不能再延长答复期限。", "第三十三条第二款");
        }

        if (Channel.NeedsMutualConfirmation() && !Has(RequestEventKind.ReceiptConfirmed))
        {
            throw new RuleViolationException("尚未确认收到申请之日，请先确认（第三十一条第（三）项）。", "第三十一条");
        }

        var due = Deadline(clock).DueOn;
        if (due is { } d && on > d)
        {
            throw new RuleViolationException($"答复期限已于{ChineseDates.Iso(d)}届满，不能再延长（第三十三条第二款：延长须在期限内决定并告知申请人）。", "第三十三条第二款");
        }

        clock.Run(Receipt, ClockEvents().Append(new ClockEvent(ClockEventKind.ExtensionApproved, on) { WorkingDays = workingDays }).ToList());
    }

    private void ClearExtensionProposal()
    {
        ProposedExtensionWorkingDays = null;
        ProposedExtensionReason = null;
        ProposedExtensionBy = null;
        ProposedExtensionOn = null;
    }
}
