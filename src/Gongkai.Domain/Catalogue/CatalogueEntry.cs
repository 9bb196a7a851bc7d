using Gongkai.Domain.Calendar;

namespace Gongkai.Domain.Catalogue;

/// <summary>
/// 政府信息公开目录条目: one piece of government information in an agency's 公开目录 (条例 第二十二条: agencies
/// compile and publish a 政府信息公开指南 and 政府信息公开目录), with the metadata the catalogue shows —
/// 索引号, 发布机构, 成文日期, 发布日期, 文号, 有效性, 主题分类 — its body and its attachments. It is drafted,
/// published (主动公开, 第十九条、第二十条、第二十六条), and may be withdrawn with a stated reason; it changes only through
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

    /// <summary>Draft, published or withdrawn.</summary>
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

    /// <summary>Drafts an entry; nothing is public until <see cref="Publish"/>.</summary>
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

    /// <summary>Changes title, body and metadata of a draft (a published entry is withdrawn and published anew).</summary>
    public void Revise(string title, CatalogueBody body, DateOnly? writtenOn, string? documentNumber, Validity validity)
    {
        if (Status != CatalogueEntryStatus.Draft)
        {
            throw new RuleViolationException("已发布或已撤回的条目不能直接修改，请撤回后发布新的条目。");
        }

        SetContent(title, body, writtenOn, documentNumber, validity);
    }

    /// <summary>
    /// 主动公开: publishes the entry on <paramref name="on"/>. 第二十六条 asks for publication within 20 working days of
    /// the information being made or changed; <see cref="DaysLate"/> tells how late it was.
    /// </summary>
    /// <exception cref="RuleViolationException">Not a draft, or published before it was written.</exception>
    public void Publish(DateOnly on)
    {
        if (Status != CatalogueEntryStatus.Draft)
        {
            throw new RuleViolationException(Status == CatalogueEntryStatus.Published ? "该条目已经发布。" : "已撤回的条目不能再次发布，请发布新的条目。", "第二十六条");
        }

        if (WrittenOn is { } written && on < written)
        {
            throw new RuleViolationException($"发布日期{ChineseDates.Iso(on)}不能早于成文日期{ChineseDates.Iso(written)}。", "第二十六条");
        }

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

    /// <summary>Working days from 成文日期 to 发布日期 beyond the 20 of 第二十六条 (0 when on time or not applicable).</summary>
    public int DaysLate(WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        if (WrittenOn is not { } written || PublishedOn is not { } published || published <= written)
        {
            return 0;
        }

        var count = calendar.WorkingDaysAfter(written, published);
        return Math.Max(0, count - 20);
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
