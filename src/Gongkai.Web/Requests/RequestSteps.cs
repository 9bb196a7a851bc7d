using Gongkai.Domain;
using Gongkai.Domain.Calendar;
using Gongkai.Domain.Notices;
using Gongkai.Domain.Requests;
using Gongkai.Web.Admin;
using Microsoft.AspNetCore.Mvc;

namespace Gongkai.Web.Requests;

/// <summary>
/// One legal action on a request, as the officer typed it. Each subclass binds the fields of its own form on the
/// request page (the form field names are the page's stable contract: <c>On</c>, <c>Text</c>, <c>Days</c>, …) to
/// properties named after what they mean, and applies itself through the aggregate's guarded method.
/// </summary>
public abstract class RequestStep
{
    /// <summary>The steps by the handler name of their form (<c>?handler=Reply</c>).</summary>
    private static readonly Dictionary<string, Func<RequestStep>> ByHandler = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Assign"] = () => new AssignStep(),
        ["Documents"] = () => new DocumentsStep(),
        ["Confirm"] = () => new ConfirmStep(),
        ["Correction"] = () => new CorrectionStep(),
        ["CorrectionReceived"] = () => new CorrectionReceivedStep(),
        ["CorrectionLapsed"] = () => new CorrectionLapsedStep(),
        ["ProposeExtension"] = () => new ProposeExtensionStep(),
        ["ApproveExtension"] = () => new ApproveExtensionStep(),
        ["DeclineExtension"] = () => new DeclineExtensionStep(),
        ["Consultation"] = () => new ConsultationStep(),
        ["ConsultationEnded"] = () => new ConsultationEndedStep(),
        ["Fee"] = () => new FeeStep(),
        ["FeePaid"] = () => new FeePaidStep(),
        ["FeeLapsed"] = () => new FeeLapsedStep(),
        ["Delay"] = () => new DelayStep(),
        ["Reply"] = () => new ReplyStep(),
        ["Forward"] = () => new ForwardStep(),
        ["Deliver"] = () => new DeliverStep(),
        ["Archive"] = () => new ArchiveStep(),
    };

    /// <summary>The handler names of every step.</summary>
    public static IReadOnlyCollection<string> Handlers => ByHandler.Keys;

    /// <summary>A new, unbound step for the form <paramref name="handler"/>; null for an unknown name.</summary>
    public static RequestStep? For(string? handler) =>
        handler is not null && ByHandler.TryGetValue(handler, out var create) ? create() : null;

    /// <summary>Applies the step to <see cref="RequestStepContext.Request"/>; returns the success message.</summary>
    /// <exception cref="RuleViolationException">The law or the state refuses it.</exception>
    public abstract Task<string> ApplyAsync(RequestStepContext context, CancellationToken cancellationToken);
}

/// <summary>A step with a legal date (<c>On</c>; not given: today, as the form pre-fills it).</summary>
public abstract class DatedRequestStep : RequestStep
{
    /// <summary>The legal date of the action.</summary>
    [FromForm(Name = "On")]
    [RecordedDate(RecordedDateKind.Procedure)]
    public DateOnly? On { get; set; }

    /// <summary>The legal date, today when not given.</summary>
    protected DateOnly Day(RequestStepContext context) => On ?? context.Today;
}

/// <summary>A dated step that may issue its notice (告知书, the <c>Notice</c> checkbox).</summary>
public abstract class NoticedRequestStep : DatedRequestStep
{
    /// <summary>Whether to issue the notice with the action.</summary>
    [FromForm(Name = "Notice")]
    public bool Notice { get; set; }

    /// <summary>Issues the notice when asked.</summary>
    protected Task<string> WithNoticeAsync(RequestStepContext context, string done, NoticeKind kind, NoticeFields fields, CancellationToken cancellationToken) =>
        context.WithNoticeAsync(Notice, Day(context), done, kind, fields, cancellationToken);
}

/// <summary>分配承办人 (第四十五条): one of the request's agency's accounts.</summary>
public sealed class AssignStep : RequestStep
{
    /// <summary>The account.</summary>
    [FromForm(Name = "OfficerId")]
    public Guid? OfficerId { get; set; }

    /// <inheritdoc />
    public override async Task<string> ApplyAsync(RequestStepContext context, CancellationToken cancellationToken)
    {
        var chosen = (await context.AssignableAsync(cancellationToken)).FirstOrDefault(o => o.Id == OfficerId);
        if (chosen == default)
        {
            throw new RuleViolationException("请选择本机关的承办人。", "第四十五条");
        }

        context.Request.AssignTo(chosen.Id, chosen.Name, context.By);
        return $"已分配给{chosen.Name}承办。";
    }
}

/// <summary>登记申请材料 (第二十九条第二款).</summary>
public sealed class DocumentsStep : RequestStep
{
    /// <summary>The papers received.</summary>
    [FromForm(Name = "Text")]
    public string? Papers { get; set; }

    /// <inheritdoc />
    public override Task<string> ApplyAsync(RequestStepContext context, CancellationToken cancellationToken)
    {
        context.Request.RecordDocuments(Papers ?? string.Empty, context.By);
        return Task.FromResult("已登记申请材料。");
    }
}

/// <summary>确认收到申请之日 (第三十一条).</summary>
public sealed class ConfirmStep : DatedRequestStep
{
    /// <inheritdoc />
    public override Task<string> ApplyAsync(RequestStepContext context, CancellationToken cancellationToken)
    {
        context.Request.ConfirmReceipt(Day(context), context.By);
        return Task.FromResult($"已确认收到申请之日为{ChineseDates.Format(Day(context))}。");
    }
}

/// <summary>补正告知 (第三十条): the items to correct and the period granted.</summary>
public sealed class CorrectionStep : NoticedRequestStep
{
    /// <summary>需要补正的事项.</summary>
    [FromForm(Name = "Text")]
    public string? Items { get; set; }

    /// <summary>补正期限 in working days.</summary>
    [FromForm(Name = "Days")]
    public int? PeriodWorkingDays { get; set; }

    /// <inheritdoc />
    public override Task<string> ApplyAsync(RequestStepContext context, CancellationToken cancellationToken)
    {
        context.Request.RequestCorrection(context.Clock, Day(context), Items ?? string.Empty, PeriodWorkingDays, context.By);
        return WithNoticeAsync(context, "已记录补正告知。", NoticeKind.CorrectionRequest, new NoticeFields
        {
            CorrectionItems = Items,
            CorrectionPeriod = PeriodWorkingDays is { } d ? $"自收到本告知书之日起{d}个工作日内" : null,
        }, cancellationToken);
    }
}

/// <summary>收到补正 (第三十条): the reply period starts again.</summary>
public sealed class CorrectionReceivedStep : DatedRequestStep
{
    /// <inheritdoc />
    public override Task<string> ApplyAsync(RequestStepContext context, CancellationToken cancellationToken)
    {
        context.Request.ReceiveCorrection(context.Clock, Day(context), context.By);
        return Task.FromResult("已记录收到补正，答复期限自收到补正之日起重新计算。");
    }
}

/// <summary>逾期不补正 (第三十条): the application is deemed withdrawn.</summary>
public sealed class CorrectionLapsedStep : NoticedRequestStep
{
    /// <inheritdoc />
    public override Task<string> ApplyAsync(RequestStepContext context, CancellationToken cancellationToken)
    {
        context.Request.RecordCorrectionLapsed(context.Clock, Day(context), context.By);
        var period = context.Request.Events.LastOrDefault(e => e.Kind == RequestEventKind.CorrectionRequested)?.WorkingDays;
        return WithNoticeAsync(context, "已记录逾期不补正，视为放弃申请。", NoticeKind.CorrectionLapsed, new NoticeFields
        {
            CorrectionPeriod = period is { } d ? $"自收到补正告知书之日起{d}个工作日内" : "补正告知书所定期限",
        }, cancellationToken);
    }
}

/// <summary>提出延期申请: an officer proposes, the head of the office approves (第三十三条第二款).</summary>
public sealed class ProposeExtensionStep : DatedRequestStep
{
    /// <summary>延长工作日数.</summary>
    [FromForm(Name = "Days")]
    public int? WorkingDays { get; set; }

    /// <summary>理由.</summary>
    [FromForm(Name = "Text")]
    public string? Reason { get; set; }

    /// <inheritdoc />
    public override Task<string> ApplyAsync(RequestStepContext context, CancellationToken cancellationToken)
    {
        context.Request.ProposeExtension(context.Clock, Day(context), WorkingDays ?? 0, Reason ?? string.Empty, context.By);
        return Task.FromResult("已提出延期申请，待工作机构负责人批准。");
    }
}

/// <summary>
/// 批准延长答复期限 (第三十三条第二款 "经政府信息公开工作机构负责人同意"): only the 审核人 role, who approves the pending proposal
/// (no days given) or decides an extension directly.
/// </summary>
public sealed class ApproveExtensionStep : NoticedRequestStep
{
    /// <summary>The refusal for anyone but the head of the office.</summary>
    public const string ApproverOnly = "延长答复期限须经政府信息公开工作机构负责人（审核人）同意（第三十三条第二款）；经办人只能提出延期申请。";

    /// <summary>延长工作日数 (direct approval).</summary>
    [FromForm(Name = "Days")]
    public int? WorkingDays { get; set; }

    /// <summary>理由 (direct approval).</summary>
    [FromForm(Name = "Text")]
    public string? Reason { get; set; }

    /// <summary>第三十三条第二款: the approver's rule.</summary>
    public static void EnsureApprover(AdminScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (!scope.IsIn(Data.Officers.OfficerRole.Approver))
        {
            throw new RuleViolationException(ApproverOnly, "第三十三条第二款");
        }
    }

    /// <inheritdoc />
    public override Task<string> ApplyAsync(RequestStepContext context, CancellationToken cancellationToken)
    {
        EnsureApprover(context.Scope);
        var request = context.Request;
        if (request.HasPendingExtensionProposal && WorkingDays is null)
        {
            request.ApproveProposedExtension(context.Clock, Day(context), context.Scope.DisplayName, context.By);
        }
        else
        {
            request.ApproveExtension(context.Clock, Day(context), WorkingDays ?? 0, context.Scope.DisplayName, Reason ?? string.Empty, context.By);
        }

        var approval = request.Events[^1];
        var due = request.Deadline(context.Clock).DueOn;
        return WithNoticeAsync(context, "已批准延长答复期限。", NoticeKind.Extension, new NoticeFields
        {
            Grounds = approval.Note,
            ExtensionPeriod = $"{approval.WorkingDays}个工作日" + (due is { } d ? $"，至{ChineseDates.Format(d)}" : string.Empty),
        }, cancellationToken);
    }
}

/// <summary>不同意延期 (the approver returns the proposal).</summary>
public sealed class DeclineExtensionStep : RequestStep
{
    /// <inheritdoc />
    public override Task<string> ApplyAsync(RequestStepContext context, CancellationToken cancellationToken)
    {
        ApproveExtensionStep.EnsureApprover(context.Scope);
        context.Request.DeclineExtension(context.By);
        return Task.FromResult("已退回延期申请。");
    }
}

/// <summary>书面征求意见 (第三十二条 third party, 第三十四条 other agency); the time is not counted (第三十三条第三款).</summary>
public sealed class ConsultationStep : NoticedRequestStep
{
    /// <summary>征求对象 (default: a third party).</summary>
    [FromForm(Name = "Party")]
    public ConsultedParty? Party { get; set; }

    /// <summary>对象和事项.</summary>
    [FromForm(Name = "Text")]
    public string? WhomAndWhat { get; set; }

    /// <summary>The third party's name (heading of the letter).</summary>
    [FromForm(Name = "OtherAgency")]
    public string? ThirdPartyName { get; set; }

    /// <inheritdoc />
    public override Task<string> ApplyAsync(RequestStepContext context, CancellationToken cancellationToken)
    {
        var party = Party ?? ConsultedParty.ThirdParty;
        context.Request.StartConsultation(context.Clock, Day(context), party, WhomAndWhat ?? string.Empty, context.By);
        const string done = "已记录征求意见，征求意见期间不计入答复期限。";
        return party == ConsultedParty.ThirdParty
            ? WithNoticeAsync(context, done, NoticeKind.ThirdPartyConsultation, new NoticeFields { ThirdParty = ThirdPartyName, Grounds = WhomAndWhat }, cancellationToken)
            : Task.FromResult(done);
    }
}

/// <summary>征求意见结束: counting resumes.</summary>
public sealed class ConsultationEndedStep : DatedRequestStep
{
    /// <summary>The opinion received.</summary>
    [FromForm(Name = "Text")]
    public string? Opinion { get; set; }

    /// <inheritdoc />
    public override Task<string> ApplyAsync(RequestStepContext context, CancellationToken cancellationToken)
    {
        context.Request.EndConsultation(context.Clock, Day(context), Opinion, context.By);
        return Task.FromResult("已记录征求意见结束，答复期限恢复计算。");
    }
}

/// <summary>收费通知 (第四十二条, 国办函〔2020〕109号): the amount in 元 (<see cref="FeeAmount"/>), the period, basis and method.</summary>
public sealed class FeeStep : NoticedRequestStep
{
    /// <summary>金额（元）.</summary>
    [FromForm(Name = "AmountYuan")]
    public decimal? AmountYuan { get; set; }

    /// <summary>缴费期限 in working days.</summary>
    [FromForm(Name = "Days")]
    public int? PaymentWorkingDays { get; set; }

    /// <summary>计费依据.</summary>
    [FromForm(Name = "Text")]
    public string? Basis { get; set; }

    /// <summary>缴费方式 (the notice's 答复内容).</summary>
    [FromForm(Name = "ReplyContent")]
    public string? PaymentMethod { get; set; }

    /// <inheritdoc />
    public override Task<string> ApplyAsync(RequestStepContext context, CancellationToken cancellationToken)
    {
        var fen = FeeAmount.FenFromYuan(AmountYuan);
        context.Request.SendFeeNotice(context.Clock, Day(context), fen, PaymentWorkingDays, context.By);
        return WithNoticeAsync(context, "已记录收费通知。", NoticeKind.FeeNotice, new NoticeFields
        {
            Grounds = Basis,
            FeeAmountFen = fen,
            PaymentPeriod = PaymentWorkingDays is { } d ? $"收到本通知之日起{d}个工作日内" : null,
            Reply = PaymentMethod,
        }, cancellationToken);
    }
}

/// <summary>已缴费: counting resumes.</summary>
public sealed class FeePaidStep : DatedRequestStep
{
    /// <inheritdoc />
    public override Task<string> ApplyAsync(RequestStepContext context, CancellationToken cancellationToken)
    {
        context.Request.RecordFeePaid(context.Clock, Day(context), context.By);
        return Task.FromResult("已记录缴费，答复期限恢复计算。");
    }
}

/// <summary>逾期未缴费: the request is no longer handled (其他处理).</summary>
public sealed class FeeLapsedStep : NoticedRequestStep
{
    /// <inheritdoc />
    public override Task<string> ApplyAsync(RequestStepContext context, CancellationToken cancellationToken)
    {
        context.Request.RecordFeeLapsed(context.Clock, Day(context), context.By);
        var period = context.Request.Events.LastOrDefault(e => e.Kind == RequestEventKind.FeeNoticeSent)?.WorkingDays;
        return WithNoticeAsync(context, "已记录逾期未缴费，不再处理该申请。", NoticeKind.FeeLapsed, new NoticeFields
        {
            PaymentPeriod = period is { } d ? $"收到收费通知之日起{d}个工作日内" : "收费通知所定期限",
        }, cancellationToken);
    }
}

/// <summary>延迟答复 (第三十五条): the reply date and the reason; the date is required.</summary>
public sealed class DelayStep : NoticedRequestStep
{
    /// <summary>延迟答复期限.</summary>
    [FromForm(Name = "Until")]
    [RecordedDate(RecordedDateKind.Procedure)]
    public DateOnly? Until { get; set; }

    /// <summary>理由.</summary>
    [FromForm(Name = "Text")]
    public string? Reason { get; set; }

    /// <inheritdoc />
    public override Task<string> ApplyAsync(RequestStepContext context, CancellationToken cancellationToken)
    {
        if (Until is not { } until)
        {
            throw new RuleViolationException("请填写延迟答复的期限（第三十五条）。", "第三十五条");
        }

        context.Request.SetDelayedReply(context.Clock, Day(context), until, Reason ?? string.Empty, context.By);
        return WithNoticeAsync(context, $"已确定延迟答复期限至{ChineseDates.Format(until)}。", NoticeKind.DelayedReply, new NoticeFields
        {
            Grounds = Reason,
            DelayedUntil = ChineseDates.Format(until),
        }, cancellationToken);
    }
}

/// <summary>
/// 答复 (第三十六条至第三十九条): the outcome (required, 第三十六条) and its grounds; for 第三十六条第（五）项 the agency
/// responsible and its contact, which fill the notice's 答复内容 when it is left empty.
/// </summary>
public sealed class ReplyStep : NoticedRequestStep
{
    /// <summary>答复结果.</summary>
    [FromForm(Name = "Outcome")]
    public Outcome? Outcome { get; set; }

    /// <summary>理由和依据.</summary>
    [FromForm(Name = "Text")]
    public string? Grounds { get; set; }

    /// <summary>负责公开的机关 (第三十六条第（五）项).</summary>
    [FromForm(Name = "OtherAgency")]
    public string? ResponsibleAgency { get; set; }

    /// <summary>Its contact.</summary>
    [FromForm(Name = "Contact")]
    public string? Contact { get; set; }

    /// <summary>The notice's 答复内容.</summary>
    [FromForm(Name = "ReplyContent")]
    public string? ReplyContent { get; set; }

    /// <summary>The notice's 法律依据.</summary>
    [FromForm(Name = "LegalBasis")]
    public string? LegalBasis { get; set; }

    /// <inheritdoc />
    public override Task<string> ApplyAsync(RequestStepContext context, CancellationToken cancellationToken)
    {
        if (Outcome is not { } outcome || !Enum.IsDefined(outcome))
        {
            throw new RuleViolationException("请选择答复结果（第三十六条）。", "第三十六条");
        }

        var notThisAgency = outcome == Domain.Requests.Outcome.UnavailableNotThisAgency;
        if (notThisAgency)
        {
            context.Request.ReplyNotThisAgency(context.Clock, Day(context), Grounds ?? string.Empty, ResponsibleAgency, Contact, context.By);
        }
        else
        {
            context.Request.Reply(context.Clock, Day(context), outcome, Grounds, context.By);
        }

        var reply = ReplyContent;
        if (string.IsNullOrWhiteSpace(reply) && notThisAgency && !string.IsNullOrWhiteSpace(ResponsibleAgency))
        {
            reply = ResponsibleAgency.Trim() + (string.IsNullOrWhiteSpace(Contact) ? string.Empty : $"，联系方式：{Contact.Trim()}");
        }

        return WithNoticeAsync(context, $"已答复：{OutcomeTaxonomy.ChineseName(outcome)}。", NoticeKinds.For(outcome),
            new NoticeFields { Reply = reply, Grounds = Grounds, LegalBasis = LegalBasis }.ForOutcome(outcome), cancellationToken);
    }
}

/// <summary>内部转送记录: an internal note only (the Regulation has no 转送).</summary>
public sealed class ForwardStep : DatedRequestStep
{
    /// <summary>转送机关.</summary>
    [FromForm(Name = "OtherAgency")]
    public string? ToAgency { get; set; }

    /// <summary>说明.</summary>
    [FromForm(Name = "Text")]
    public string? Note { get; set; }

    /// <inheritdoc />
    public override Task<string> ApplyAsync(RequestStepContext context, CancellationToken cancellationToken)
    {
        context.Request.RecordForwarding(Day(context), ToAgency ?? string.Empty, Note, context.By);
        return Task.FromResult("已记录内部转送。仍须依第三十六条第（五）项答复申请人。");
    }
}

/// <summary>送达: the method and its evidence.</summary>
public sealed class DeliverStep : DatedRequestStep
{
    /// <summary>送达方式和凭证.</summary>
    [FromForm(Name = "Text")]
    public string? MethodAndEvidence { get; set; }

    /// <inheritdoc />
    public override Task<string> ApplyAsync(RequestStepContext context, CancellationToken cancellationToken)
    {
        context.Request.RecordDelivery(context.Clock, Day(context), MethodAndEvidence ?? string.Empty, context.By);
        return Task.FromResult("已记录送达。");
    }
}

/// <summary>归档 (第四十五条).</summary>
public sealed class ArchiveStep : DatedRequestStep
{
    /// <inheritdoc />
    public override Task<string> ApplyAsync(RequestStepContext context, CancellationToken cancellationToken)
    {
        context.Request.Archive(context.Clock, Day(context), context.By);
        return Task.FromResult("已归档。");
    }
}
