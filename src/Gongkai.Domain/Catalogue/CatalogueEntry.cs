using Gongkai.Domain.Calendar;
using Gongkai.Domain.Requests;

namespace Gongkai.Domain.Catalogue;

/// <summary>
/// 政府信息公开目录条目: one piece of government information in an agency's 公开目录 (条例 第二十二条: agencies
/// compile and publish a 政府信息公开指南 and 政府信息公开目录), with the metadata the catalogue shows —
/// 索引号, 发布机构, 成文日期, 发布日期, 文号, 有效性, 主题分类 — its body and its attachments. It is drafted,
/// reviewed (保密审查, 第十七条) by a person other than its author, published (主动公开, 第十九条、第二十条、第二十六条), changed
/// (a change restarts 第二十六条's period and needs a new review), and may be withdrawn with a stated reason; it changes only through
/// the methods below, which throw <see cref="RuleViolationException"/> and change nothing when refused.
/// </summary>
public sealed class CatalogueEntry
{
    private readonly List<CatalogueAttachment> _attachments = [];

    private CatalogueEntry()
    {
        IndexNumber = string.Empty;
        Title = string.Empty;
        BodyHtml = string.Empty;
        BodyText = string.Empty;
        SearchTokens = string.Empty;
    }

    /// <summary>The longest title accepted.</summary>
    public const int MaxTitleLength = 300;

    /// <summary>Identity.</summary>
    public Guid Id { get; private set; }

    /// <summary>发布机构: the agency that publishes it.</summary>
    public Guid AgencyId { get; private set; }

    /// <summary>索引号: the catalogue number, unique, e.g. 11150800011537526D/2024-00012.</summary>
    public string IndexNumber { get; private set; }

    /// <summary>标题 (名称).</summary>
    public string Title { get; private set; }

    /// <summary>文号, e.g. 巴政办发〔2024〕12号; null when the information has none.</summary>
    public string? DocumentNumber { get; private set; }

    /// <summary>主题分类.</summary>
    public CatalogueCategory Category { get; private set; }

    /// <summary>有效性.</summary>
    public Validity Validity { get; private set; }

    /// <summary>成文日期: the date the document was signed; null for information that is not a document.</summary>
    public DateOnly? WrittenOn { get; private set; }

    /// <summary>发布日期: the day it was published; null until then.</summary>
    public DateOnly? PublishedOn { get; private set; }

    /// <summary>Where it stands in the publishing workflow.</summary>
    public CatalogueEntryStatus Status { get; private set; }

    /// <summary>The day it was withdrawn.</summary>
    public DateOnly? WithdrawnOn { get; private set; }

    /// <summary>Why it was withdrawn (shown to officers; kept for the record).</summary>
    public string? WithdrawalReason { get; private set; }

    /// <summary>The body as sanitised HTML.</summary>
    public string BodyHtml { get; private set; }

    /// <summary>The body as plain text.</summary>
    public string BodyText { get; private set; }

    /// <summary>The application-made search tokens of title, document number and body (<see cref="ChineseBigrams"/>).</summary>
    public string SearchTokens { get; private set; }

    /// <summary>The body.</summary>
    public CatalogueBody Body => CatalogueBody.Restore(BodyHtml, BodyText);

    /// <summary>附件.</summary>
    public IReadOnlyList<CatalogueAttachment> Attachments => _attachments;

    /// <summary>The reporting year the entry is counted in (its publication year), or null while a draft.</summary>
    public int? Year => PublishedOn?.Year;

    /// <summary>变更日期: the day the information was last changed after publication; null if never changed.</summary>
    public DateOnly? ChangedOn { get; private set; }

    /// <summary>Who drafted the entry ("姓名（登录名）"); empty for entries imported without a record of their author.</summary>
    public string DraftedBy { get; private set; } = string.Empty;

    /// <summary>Who last edited the content (the author of the version under review); empty when imported.</summary>
    public string RevisedBy { get; private set; } = string.Empty;

    /// <summary>When the content was last edited (UTC); null when imported.</summary>
    public DateTime? RevisedAtUtc { get; private set; }

    /// <summary>Who submitted the current version for review; null when not submitted.</summary>
    public string? SubmittedBy { get; private set; }

    /// <summary>When it was submitted (UTC).</summary>
    public DateTime? SubmittedAtUtc { get; private set; }

    /// <summary>Who reviewed the current version (保密审查); null until reviewed.</summary>
    public string? ReviewedBy { get; private set; }

    /// <summary>When it was reviewed (UTC).</summary>
    public DateTime? ReviewedAtUtc { get; private set; }

    /// <summary>Why the reviewer returned it (退回理由); null unless returned.</summary>
    public string? ReturnReason { get; private set; }

    /// <summary>Who published it; null until published through the review workflow.</summary>
    public string? PublishedBy { get; private set; }

    /// <summary>
    /// 第二十六条 "自该政府信息形成或者变更之日": the day the 20-working-day publication period runs from — the change date
    /// when the entry was changed, else 成文日期; null when neither is known (no deadline can be tracked).
    /// </summary>
    public DateOnly? DeadlineStartsOn => ChangedOn ?? WrittenOn;

    /// <summary>Whether its content may be edited now (draft, returned or approved; an approved entry then needs a new review).</summary>
    public bool IsEditable => Status is CatalogueEntryStatus.Draft or CatalogueEntryStatus.Returned or CatalogueEntryStatus.Approved;

    /// <summary>Drafts an entry; nothing is public until <see cref="Publish(DateOnly, RecordedBy)"/>.</summary>
    /// <exception cref="RuleViolationException">Index number, title or body missing, or title too long.</exception>
    public static CatalogueEntry Draft(
        Guid id, Guid agencyId, string indexNumber, string title, CatalogueBody body, CatalogueCategory category,
        DateOnly? writtenOn = null, string? documentNumber = null, Validity validity = Validity.NotApplicable,
        IEnumerable<CatalogueAttachment>? attachments = null)
    {
        if (string.IsNullOrWhiteSpace(indexNumber))
        {
            throw new RuleViolationException("目录条目须有索引号（第二十二条）。", "第二十二条");
        }

        var entry = new CatalogueEntry
        {
            Id = id,
            AgencyId = agencyId,
            IndexNumber = indexNumber.Trim(),
            Category = category,
            Status = CatalogueEntryStatus.Draft,
        };
        entry.SetContent(title, body, writtenOn, documentNumber, validity);
        entry._attachments.AddRange(attachments ?? []);
        return entry;
    }

    /// <summary>Drafts an entry in the back office, recording its author (who may then not review it, 第十七条).</summary>
    /// <exception cref="RuleViolationException">Index number, title or body missing, or title too long.</exception>
    public static CatalogueEntry Draft(
        Guid id, Guid agencyId, string indexNumber, string title, CatalogueBody body, CatalogueCategory category,
        DateOnly? writtenOn, string? documentNumber, Validity validity, RecordedBy by)
    {
        ArgumentNullException.ThrowIfNull(by);
        var entry = Draft(id, agencyId, indexNumber, title, body, category, writtenOn, documentNumber, validity);
        entry.DraftedBy = by.Actor;
        entry.RevisedBy = by.Actor;
        entry.RevisedAtUtc = by.AtUtc;
        return entry;
    }

    /// <summary>
    /// Changes a draft, returned or approved entry, recording who edited it; an approved entry goes back to draft and needs
    /// a new review (第十七条), a returned one stays returned until submitted again.
    /// </summary>
    /// <exception cref="RuleViolationException">Not editable (under review, published, withdrawn) or content invalid.</exception>
    public void Revise(string title, CatalogueBody body, CatalogueCategory category, DateOnly? writtenOn, string? documentNumber, Validity validity, RecordedBy by)
    {
        ArgumentNullException.ThrowIfNull(by);
        EnsureEditable();
        SetContent(title, body, writtenOn, documentNumber, validity);
        Category = category;
        MarkRevised(by);
    }

    /// <summary>
    /// 变更: edits a published entry. The information changed on <paramref name="changedOn"/>, so 第二十六条's 20 working
    /// days run again from that day; the changed version goes back to draft — off the portal — and is published again only
    /// after a new confidentiality review (第十七条): nothing unreviewed is ever public. The change is recorded
    /// (<see cref="ChangedOn"/>, the audit trail), never silent.
    /// </summary>
    /// <exception cref="RuleViolationException">Not published, change date before publication, or content invalid.</exception>
    public void Change(string title, CatalogueBody body, CatalogueCategory category, DateOnly? writtenOn, string? documentNumber, Validity validity, DateOnly changedOn, RecordedBy by)
    {
        ArgumentNullException.ThrowIfNull(by);
        if (Status != CatalogueEntryStatus.Published)
        {
            throw new RuleViolationException("只有已发布的条目才能登记变更；未发布的条目请直接修改。", "第二十六条");
        }

        if (changedOn < PublishedOn!.Value)
        {
            throw new RuleViolationException($"变更日期{ChineseDates.Iso(changedOn)}不能早于发布日期{ChineseDates.Iso(PublishedOn.Value)}。", "第二十六条");
        }

        SetContent(title, body, writtenOn, documentNumber, validity);
        Category = category;
        ChangedOn = changedOn;
        Status = CatalogueEntryStatus.Draft;
        MarkRevised(by);
    }

    /// <summary>Adds an uploaded attachment to an editable entry (an approved entry then needs a new review).</summary>
    /// <exception cref="RuleViolationException">Not editable, or an attachment of the same name already listed.</exception>
    public void AddAttachment(CatalogueAttachment attachment, RecordedBy by)
    {
        ArgumentNullException.ThrowIfNull(attachment);
        ArgumentNullException.ThrowIfNull(by);
        EnsureEditable();
        if (_attachments.Any(a => string.Equals(a.FileName, attachment.FileName, StringComparison.OrdinalIgnoreCase)))
        {
            throw new RuleViolationException($"已有同名附件“{attachment.FileName}”，请先删除或改名。");
        }

        _attachments.Add(attachment);
        MarkRevised(by);
    }

    /// <summary>Removes an attachment from an editable entry.</summary>
    /// <exception cref="RuleViolationException">Not editable, or no such attachment.</exception>
    public void RemoveAttachment(Guid attachmentId, RecordedBy by)
    {
        ArgumentNullException.ThrowIfNull(by);
        EnsureEditable();
        var attachment = _attachments.FirstOrDefault(a => a.Id == attachmentId && a.IsStored)
            ?? throw new RuleViolationException("没有找到该附件。");
        _attachments.Remove(attachment);
        MarkRevised(by);
    }

    /// <summary>送审: submits the current version for the confidentiality review (保密审查, 条例 第十七条).</summary>
    /// <exception cref="RuleViolationException">Already under review, approved, published or withdrawn.</exception>
    public void SubmitForReview(RecordedBy by)
    {
        ArgumentNullException.ThrowIfNull(by);
        if (Status is not (CatalogueEntryStatus.Draft or CatalogueEntryStatus.Returned))
        {
            throw new RuleViolationException($"“{Status.ChineseName()}”的条目不能送审；只有草稿或退回修改的条目才能送审。", "第十七条");
        }

        Status = CatalogueEntryStatus.SubmittedForReview;
        SubmittedBy = by.Actor;
        SubmittedAtUtc = by.AtUtc;
        ReviewedBy = null;
        ReviewedAtUtc = null;
    }

    /// <summary>
    /// 审查通过: the confidentiality review (条例 第十七条 "行政机关应当建立健全政府信息公开审查机制"; 保守国家秘密法) passes the
    /// version submitted. The reviewer must be a person other than its author (who drafted it or last edited it): a review
    /// by the author is no review (docs/back-office-catalogue.md).
    /// </summary>
    /// <exception cref="RuleViolationException">Not submitted, or reviewed by its author.</exception>
    public void Approve(RecordedBy by)
    {
        ArgumentNullException.ThrowIfNull(by);
        EnsureReviewable(by);
        Status = CatalogueEntryStatus.Approved;
        ReviewedBy = by.Actor;
        ReviewedAtUtc = by.AtUtc;
        ReturnReason = null;
    }

    /// <summary>退回: the reviewer returns the version submitted with a reason; the author edits and submits again (第十七条).</summary>
    /// <exception cref="RuleViolationException">Not submitted, reviewed by its author, or no reason.</exception>
    public void Return(string reason, RecordedBy by)
    {
        ArgumentNullException.ThrowIfNull(by);
        EnsureReviewable(by);
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new RuleViolationException("退回修改须说明理由。", "第十七条");
        }

        Status = CatalogueEntryStatus.Returned;
        ReviewedBy = by.Actor;
        ReviewedAtUtc = by.AtUtc;
        ReturnReason = reason.Trim();
    }

    /// <summary>
    /// 主动公开: publishes the reviewed entry on <paramref name="on"/> — visible on the portal at once. 第二十六条 asks for
    /// publication within 20 working days of the information being made or changed (<see cref="DaysLate(WorkingDayCalendar)"/>
    /// tells how late it was); 第十七条 asks for the review first.
    /// </summary>
    /// <exception cref="RuleViolationException">Not approved by a confidentiality review, or published before it was written or changed.</exception>
    public void Publish(DateOnly on, RecordedBy by)
    {
        ArgumentNullException.ThrowIfNull(by);
        if (Status != CatalogueEntryStatus.Approved)
        {
            throw Status switch
            {
                CatalogueEntryStatus.Published => new RuleViolationException("该条目已经发布。", "第二十六条"),
                CatalogueEntryStatus.Withdrawn => new RuleViolationException("已撤回的条目不能再次发布，请发布新的条目。", "第二十六条"),
                _ => new RuleViolationException("未经保密审查通过的条目不能发布，请先送审（第十七条）。", "第十七条"),
            };
        }

        EnsurePublishableOn(on);
        PublishedOn = on;
        PublishedBy = by.Actor;
        Status = CatalogueEntryStatus.Published;
    }

    /// <summary>
    /// Records the publication of an entry published before Gongkai kept the catalogue (imported history, demo data): the
    /// review of such an entry is on paper, outside Gongkai. The back office never calls this; it uses
    /// <see cref="Publish(DateOnly, RecordedBy)"/>, which requires the review.
    /// </summary>
    /// <exception cref="RuleViolationException">Not a draft, or published before it was written.</exception>
    public void RecordImportedPublication(DateOnly on)
    {
        if (Status != CatalogueEntryStatus.Draft)
        {
            throw new RuleViolationException(Status == CatalogueEntryStatus.Published ? "该条目已经发布。" : "已撤回的条目不能再次发布，请发布新的条目。", "第二十六条");
        }

        EnsurePublishableOn(on);
        PublishedOn = on;
        Status = CatalogueEntryStatus.Published;
    }

    /// <summary>撤回: takes a published entry off the portal; the reason is required and kept.</summary>
    /// <exception cref="RuleViolationException">Not published, no reason, or a date before publication.</exception>
    public void Withdraw(DateOnly on, string reason)
    {
        if (Status != CatalogueEntryStatus.Published)
        {
            throw new RuleViolationException("只有已发布的条目才能撤回。");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new RuleViolationException("撤回目录条目须说明理由。");
        }

        if (on < PublishedOn!.Value)
        {
            throw new RuleViolationException($"撤回日期{ChineseDates.Iso(on)}不能早于发布日期{ChineseDates.Iso(PublishedOn.Value)}。");
        }

        Status = CatalogueEntryStatus.Withdrawn;
        WithdrawnOn = on;
        WithdrawalReason = reason.Trim();
    }

    /// <summary>Records that the document was amended, repealed or expired (有效性), shown with the published entry.</summary>
    public void ChangeValidity(Validity validity)
    {
        if (validity == Validity.NotApplicable && Validity != Validity.NotApplicable)
        {
            throw new RuleViolationException("有效性已登记的文件不能改为“不适用”。");
        }

        Validity = validity;
    }

    /// <summary>
    /// 第二十六条: the last day to publish — the 20th working day after the day the information was made or changed
    /// (<see cref="DeadlineStartsOn"/>, day zero not counted); null when that day is unknown.
    /// </summary>
    public DateOnly? PublicationDeadline(WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return DeadlineStartsOn is { } start ? calendar.AddWorkingDays(start, 20) : null;
    }

    /// <summary>
    /// Working days from the day the information was made or changed (<see cref="DeadlineStartsOn"/>) to 发布日期 beyond the
    /// 20 of 第二十六条 (0 when on time or not applicable).
    /// </summary>
    public int DaysLate(WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return PublishedOn is { } published && Status != CatalogueEntryStatus.Draft ? Excess(calendar, published) : 0;
    }

    /// <summary>
    /// Working days beyond the 20 of 第二十六条 as of <paramref name="today"/>: for a published (or withdrawn) entry how late it
    /// was published, for one not yet published how late it is now (0 when on time or no start date).
    /// </summary>
    public int DaysLate(WorkingDayCalendar calendar, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return Status is CatalogueEntryStatus.Published or CatalogueEntryStatus.Withdrawn
            ? DaysLate(calendar)
            : Excess(calendar, today);
    }

    private int Excess(WorkingDayCalendar calendar, DateOnly until)
    {
        if (DeadlineStartsOn is not { } start || until <= start)
        {
            return 0;
        }

        return Math.Max(0, calendar.WorkingDaysAfter(start, until) - 20);
    }

    private void EnsurePublishableOn(DateOnly on)
    {
        if (WrittenOn is { } written && on < written)
        {
            throw new RuleViolationException($"发布日期{ChineseDates.Iso(on)}不能早于成文日期{ChineseDates.Iso(written)}。", "第二十六条");
        }

        if (ChangedOn is { } changed && on < changed)
        {
            throw new RuleViolationException($"发布日期{ChineseDates.Iso(on)}不能早于变更日期{ChineseDates.Iso(changed)}。", "第二十六条");
        }
    }

    private void EnsureEditable()
    {
        if (!IsEditable)
        {
            throw new RuleViolationException(Status switch
            {
                CatalogueEntryStatus.SubmittedForReview => "审查中的条目不能修改，请等待审查结果。",
                CatalogueEntryStatus.Published => "已发布的条目请通过“登记变更”修改。",
                _ => "已撤回的条目不能修改，请发布新的条目。",
            });
        }
    }

    private void EnsureReviewable(RecordedBy by)
    {
        if (Status != CatalogueEntryStatus.SubmittedForReview)
        {
            throw new RuleViolationException($"“{Status.ChineseName()}”的条目不在审查中。", "第十七条");
        }

        if (string.Equals(by.Actor, DraftedBy, StringComparison.Ordinal) || string.Equals(by.Actor, RevisedBy, StringComparison.Ordinal))
        {
            throw new RuleViolationException("保密审查须由作者以外的审核人进行，不能审查自己起草或修改的条目（第十七条）。", "第十七条");
        }
    }

    private void MarkRevised(RecordedBy by)
    {
        RevisedBy = by.Actor;
        RevisedAtUtc = by.AtUtc;
        ReopenForEditing();
    }

    private void ReopenForEditing()
    {
        if (Status == CatalogueEntryStatus.Approved)
        {
            Status = CatalogueEntryStatus.Draft;
            ReviewedBy = null;
            ReviewedAtUtc = null;
        }
    }

    private void SetContent(string title, CatalogueBody body, DateOnly? writtenOn, string? documentNumber, Validity validity)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (string.IsNullOrWhiteSpace(title))
        {
            throw new RuleViolationException("目录条目须有标题。");
        }

        if (title.Trim().Length > MaxTitleLength)
        {
            throw new RuleViolationException($"标题不能超过{MaxTitleLength}个字。");
        }

        if (string.IsNullOrWhiteSpace(body.Text))
        {
            throw new RuleViolationException("目录条目须有正文。");
        }

        Title = title.Trim();
        BodyHtml = body.Html;
        BodyText = body.Text;
        WrittenOn = writtenOn;
        DocumentNumber = string.IsNullOrWhiteSpace(documentNumber) ? null : documentNumber.Trim();
        Validity = validity;
        SearchTokens = ChineseBigrams.Column(Title, DocumentNumber, BodyText);
    }
}
