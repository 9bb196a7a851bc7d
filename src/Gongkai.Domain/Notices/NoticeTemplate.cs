using Gongkai.Domain.Requests;

namespace Gongkai.Domain.Notices;

/// <summary>
/// An agency's template for one <see cref="NoticeKind"/> (告知书模板): letterhead, document-number prefix, title, body
/// with placeholders, remedies. One per agency and kind; until an agency saves its own, <see cref="BuiltIn"/> gives
/// the default wording of <see cref="DefaultNoticeTemplates"/>. Changes only through <see cref="Revise"/>, which
/// refuses unknown placeholders (<see cref="NoticeTemplateText.Validate"/>).
/// </summary>
public sealed class NoticeTemplate
{
    private NoticeTemplate()
    {
        Letterhead = string.Empty;
        NumberPrefix = string.Empty;
        Title = string.Empty;
        Body = string.Empty;
        Remedies = string.Empty;
    }

    private NoticeTemplate(Guid id, Guid agencyId, NoticeKind kind, NoticeTemplateText text)
    {
        Id = id;
        AgencyId = agencyId;
        Kind = kind;
        Letterhead = text.Letterhead;
        NumberPrefix = text.NumberPrefix;
        Title = text.Title;
        Body = text.Body;
        Remedies = text.Remedies;
    }

    /// <summary>Identity; <see cref="Guid.Empty"/> for a built-in template not saved by the agency.</summary>
    public Guid Id { get; private set; }

    /// <summary>The agency whose template this is.</summary>
    public Guid AgencyId { get; private set; }

    /// <summary>The notice it makes.</summary>
    public NoticeKind Kind { get; private set; }

    /// <summary>版头: the agency's name as printed at the top.</summary>
    public string Letterhead { get; private set; }

    /// <summary>发文机关代字 of the document number.</summary>
    public string NumberPrefix { get; private set; }

    /// <summary>The title.</summary>
    public string Title { get; private set; }

    /// <summary>The body: one paragraph a line, the first the addressee, with {placeholders}.</summary>
    public string Body { get; private set; }

    /// <summary>The text of {救济途径}.</summary>
    public string Remedies { get; private set; }

    /// <summary>Who last saved it; null for a built-in template.</summary>
    public string? RevisedBy { get; private set; }

    /// <summary>When it was last saved (UTC); null for a built-in template.</summary>
    public DateTime? RevisedAtUtc { get; private set; }

    /// <summary>Whether this is the built-in wording, not saved by the agency.</summary>
    public bool IsBuiltIn => RevisedBy is null;

    /// <summary>The editable text.</summary>
    public NoticeTemplateText Text => new(Letterhead, NumberPrefix, Title, Body, Remedies);

    /// <summary>The built-in template of <paramref name="kind"/> for an agency named <paramref name="agencyName"/>.</summary>
    public static NoticeTemplate BuiltIn(Guid agencyId, string agencyName, NoticeKind kind)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(agencyName);
        var wording = DefaultNoticeTemplates.For(kind);
        return new NoticeTemplate(Guid.Empty, agencyId, kind,
            new NoticeTemplateText(agencyName.Trim(), DefaultNoticeTemplates.NumberPrefix, wording.Title, wording.Body, NoticeRemedies.Default));
    }

    /// <summary>An agency's own template of <paramref name="kind"/>.</summary>
    /// <exception cref="RuleViolationException">The text is refused (<see cref="NoticeTemplateText.Validate"/>).</exception>
    public static NoticeTemplate Create(Guid id, Guid agencyId, NoticeKind kind, NoticeTemplateText text, RecordedBy by)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(by);
        var normalised = text.Normalised();
        normalised.Validate(kind);
        return new NoticeTemplate(id, agencyId, kind, normalised) { RevisedBy = by.Actor, RevisedAtUtc = by.AtUtc };
    }

    /// <summary>Replaces the text; a notice already issued keeps the text it was issued with.</summary>
    /// <exception cref="RuleViolationException">The text is refused (<see cref="NoticeTemplateText.Validate"/>).</exception>
    public void Revise(NoticeTemplateText text, RecordedBy by)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(by);
        if (IsBuiltIn)
        {
            throw new InvalidOperationException("A built-in template is saved with Create, not revised.");
        }

        var normalised = text.Normalised();
        normalised.Validate(Kind);
        Letterhead = normalised.Letterhead;
        NumberPrefix = normalised.NumberPrefix;
        Title = normalised.Title;
        Body = normalised.Body;
        Remedies = normalised.Remedies;
        RevisedBy = by.Actor;
        RevisedAtUtc = by.AtUtc;
    }
}
