using Gongkai.Domain.Calendar;
using Gongkai.Domain.Requests;

namespace Gongkai.Domain.Catalogue;

/// <summary>
/// An entry of the register of 规章 and 行政规范性文件 an agency issues — information it must disclose proactively
/// (条例 第二十条第（一）项), within 20 working days of its making or change (第二十六条). The register is what table 二
/// 第二十条第（一）项 (2019, 2021), the 2014 统计表 rows 主动公开规范性文件数 / 制发规范性文件总数 and the 正文 figure
/// 主动公开规范性文件数 are counted from; see docs/decisions/0003-normative-documents.md.
/// </summary>
public sealed class NormativeDocument
{
    private NormativeDocument()
    {
        Title = string.Empty;
        DocumentNumber = string.Empty;
        RegisteredBy = string.Empty;
        LastChangedBy = string.Empty;
    }

    private NormativeDocument(Guid id, Guid agencyId, NormativeDocumentKind kind, string title, string documentNumber, DateOnly issuedOn, RecordedBy by)
    {
        Id = id;
        AgencyId = agencyId;
        Kind = kind;
        Title = title;
        DocumentNumber = documentNumber;
        IssuedOn = issuedOn;
        RegisteredBy = by.Actor;
        RegisteredAtUtc = by.AtUtc;
        LastChangedBy = by.Actor;
        LastChangedAtUtc = by.AtUtc;
    }

    /// <summary>Identity.</summary>
    public Guid Id { get; private set; }

    /// <summary>The issuing agency (制定机关).</summary>
    public Guid AgencyId { get; private set; }

    /// <summary>规章 or 行政规范性文件.</summary>
    public NormativeDocumentKind Kind { get; private set; }

    /// <summary>The title as issued, e.g. "某市城市道路管理办法".</summary>
    public string Title { get; private set; }

    /// <summary>文号, e.g. "某政规〔2024〕3号" or, for a rule, "市政府令第12号".</summary>
    public string DocumentNumber { get; private set; }

    /// <summary>The day it was issued (印发 / 公布之日 of the decision to issue) — 本年制发 counts this day.</summary>
    public DateOnly IssuedOn { get; private set; }

    /// <summary>The day it was made public (主动公开之日); null while not published.</summary>
    public DateOnly? PublishedOn { get; private set; }

    /// <summary>The day it was repealed (废止之日); null while not repealed.</summary>
    public DateOnly? RepealedOn { get; private set; }

    /// <summary>The decision repealing it (废止决定 and its 文号); null while not repealed.</summary>
    public string? RepealedBy { get; private set; }

    /// <summary>Who registered the document.</summary>
    public string RegisteredBy { get; private set; }

    /// <summary>When it was registered (UTC).</summary>
    public DateTime RegisteredAtUtc { get; private set; }

    /// <summary>Who recorded the last change (registration, publication, repeal).</summary>
    public string LastChangedBy { get; private set; }

    /// <summary>When the last change was recorded (UTC).</summary>
    public DateTime LastChangedAtUtc { get; private set; }

    /// <summary>Registers a document issued on <paramref name="issuedOn"/> (第二十条第（一）项).</summary>
    /// <exception cref="RuleViolationException">Title or 文号 missing.</exception>
    public static NormativeDocument Register(
        Guid id, Guid agencyId, NormativeDocumentKind kind, string title, string documentNumber, DateOnly issuedOn, RecordedBy by)
    {
        ArgumentNullException.ThrowIfNull(by);
        if (string.IsNullOrWhiteSpace(title))
        {
            throw new RuleViolationException("请填写文件名称（第二十条第（一）项）。", "第二十条第（一）项");
        }

        if (string.IsNullOrWhiteSpace(documentNumber))
        {
            throw new RuleViolationException("请填写文号。", "第二十条第（一）项");
        }

        return new NormativeDocument(id, agencyId, kind, title.Trim(), documentNumber.Trim(), issuedOn, by);
    }

    /// <summary>
    /// Corrects what was registered (an entry error in kind, title, 文号 or 制发日期); the register counts table 二 from
    /// these, so the correction is signed like every change.
    /// </summary>
    /// <exception cref="RuleViolationException">Title or 文号 missing, or an issue date after its publication or repeal.</exception>
    public void Correct(NormativeDocumentKind kind, string title, string documentNumber, DateOnly issuedOn, RecordedBy by)
    {
        ArgumentNullException.ThrowIfNull(by);
        if (string.IsNullOrWhiteSpace(title))
        {
            throw new RuleViolationException("请填写文件名称（第二十条第（一）项）。", "第二十条第（一）项");
        }

        if (string.IsNullOrWhiteSpace(documentNumber))
        {
            throw new RuleViolationException("请填写文号。", "第二十条第（一）项");
        }

        if (PublishedOn is { } published && published < issuedOn)
        {
            throw new RuleViolationException($"制发日期{ChineseDates.Iso(issuedOn)}晚于已登记的公开日期{ChineseDates.Iso(published)}。");
        }

        if (RepealedOn is { } repealed && repealed < issuedOn)
        {
            throw new RuleViolationException($"制发日期{ChineseDates.Iso(issuedOn)}晚于已登记的废止日期{ChineseDates.Iso(repealed)}。");
        }

        Kind = kind;
        Title = title.Trim();
        DocumentNumber = documentNumber.Trim();
        IssuedOn = issuedOn;
        Touch(by);
    }

    /// <summary>Records that the document was made public on <paramref name="on"/> (主动公开, 第二十条第（一）项, 第二十六条).</summary>
    /// <exception cref="RuleViolationException">Already published, or published before it was issued.</exception>
    public void Publish(DateOnly on, RecordedBy by)
    {
        ArgumentNullException.ThrowIfNull(by);
        if (PublishedOn is { } published)
        {
            throw new RuleViolationException($"该文件已于{ChineseDates.Iso(published)}公开。", "第二十六条");
        }

        EnsureNotBeforeIssue(on, "公开");
        PublishedOn = on;
        Touch(by);
    }

    /// <summary>Records the repeal (废止) decided by <paramref name="decision"/> and effective on <paramref name="on"/>.</summary>
    /// <exception cref="RuleViolationException">Already repealed, no decision named, or repealed before it was issued.</exception>
    public void Repeal(DateOnly on, string decision, RecordedBy by)
    {
        ArgumentNullException.ThrowIfNull(by);
        if (RepealedOn is { } repealed)
        {
            throw new RuleViolationException($"该文件已于{ChineseDates.Iso(repealed)}废止。");
        }

        if (string.IsNullOrWhiteSpace(decision))
        {
            throw new RuleViolationException("请写明废止决定（名称和文号）。");
        }

        EnsureNotBeforeIssue(on, "废止");
        RepealedOn = on;
        RepealedBy = decision.Trim();
        Touch(by);
    }

    /// <summary>Whether it is in force at the end of <paramref name="day"/>: issued by then and not repealed by then.</summary>
    public bool IsInForceOn(DateOnly day) => IssuedOn <= day && !(RepealedOn <= day);

    /// <summary>Whether it had been made public by the end of <paramref name="day"/>.</summary>
    public bool IsPublishedBy(DateOnly day) => PublishedOn <= day;

    private void EnsureNotBeforeIssue(DateOnly on, string what)
    {
        if (on < IssuedOn)
        {
            throw new RuleViolationException($"{what}日期{ChineseDates.Iso(on)}早于制发日期{ChineseDates.Iso(IssuedOn)}。");
        }
    }

    private void Touch(RecordedBy by)
    {
        LastChangedBy = by.Actor;
        LastChangedAtUtc = by.AtUtc;
    }
}
