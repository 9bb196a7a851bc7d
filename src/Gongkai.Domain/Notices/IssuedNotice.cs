using Gongkai.Domain.Requests;

namespace Gongkai.Domain.Notices;

/// <summary>
/// A notice (告知书) issued on a request: its kind, document number, date, final text and printable files, kept with
/// the request (条例 第四十五条: 登记、审核、办理、答复、归档). Once issued its text and number never change; only a
/// missing PDF may be added later (<see cref="AttachPdf"/>).
/// </summary>
public sealed class IssuedNotice
{
    private IssuedNotice()
    {
        NumberPrefix = string.Empty;
        DocumentNumber = string.Empty;
        Letterhead = string.Empty;
        Title = string.Empty;
        Body = string.Empty;
        Signatory = string.Empty;
        DateLine = string.Empty;
        IssuedBy = string.Empty;
        Docx = [];
    }

    /// <summary>Identity.</summary>
    public Guid Id { get; private set; }

    /// <summary>The request it was issued on.</summary>
    public Guid RequestId { get; private set; }

    /// <summary>The issuing agency (the request's agency); numbers run per agency.</summary>
    public Guid AgencyId { get; private set; }

    /// <summary>What it tells.</summary>
    public NoticeKind Kind { get; private set; }

    /// <summary>发文机关代字 of the number.</summary>
    public string NumberPrefix { get; private set; }

    /// <summary>Year of the number (the year of <see cref="IssuedOn"/>).</summary>
    public int NumberYear { get; private set; }

    /// <summary>Sequence of the number in the agency's register of that year.</summary>
    public int NumberSequence { get; private set; }

    /// <summary>发文字号 as printed, e.g. 西政依复〔2025〕12号.</summary>
    public string DocumentNumber { get; private set; }

    /// <summary>成文日期 (legal date, Asia/Shanghai).</summary>
    public DateOnly IssuedOn { get; private set; }

    /// <summary>版头.</summary>
    public string Letterhead { get; private set; }

    /// <summary>The title.</summary>
    public string Title { get; private set; }

    /// <summary>The addressee line, if any.</summary>
    public string? Addressee { get; private set; }

    /// <summary>The body paragraphs, separated by '\n'.</summary>
    public string Body { get; private set; }

    /// <summary>落款机关.</summary>
    public string Signatory { get; private set; }

    /// <summary>成文日期 as printed.</summary>
    public string DateLine { get; private set; }

    /// <summary>The officer who issued it.</summary>
    public string IssuedBy { get; private set; }

    /// <summary>When it was issued (UTC).</summary>
    public DateTime IssuedAtUtc { get; private set; }

    /// <summary>The Word file.</summary>
    public byte[] Docx { get; private set; }

    /// <summary>The PDF; null when it was issued without a PDF printer.</summary>
    public byte[]? Pdf { get; private set; }

    /// <summary>The document number.</summary>
    public NoticeNumber Number => new(NumberPrefix, NumberYear, NumberSequence);

    /// <summary>The final text as issued.</summary>
    public NoticeText Text => new(Letterhead, DocumentNumber, Title, Addressee, Body.Split('\n'), Signatory, DateLine);

    /// <summary>Records a notice issued on <paramref name="request"/>.</summary>
    /// <exception cref="RuleViolationException">The number's year is not the year of issue, or the text does not carry the number.</exception>
    public static IssuedNotice Issue(
        Guid id, DisclosureRequest request, NoticeKind kind, NoticeNumber number, DateOnly issuedOn, NoticeText text,
        NoticeFiles files, RecordedBy by)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(number);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(by);
        if (number.Year != issuedOn.Year)
        {
            throw new RuleViolationException($"文号年份〔{number.Year}〕须与成文日期的年份（{issuedOn.Year}年）一致。");
        }

        if (text.DocumentNumber != number.ToString())
        {
            throw new RuleViolationException($"告知书正文的文号“{text.DocumentNumber}”与分配的文号“{number}”不一致。");
        }

        if (files.Docx is not { Length: > 0 })
        {
            throw new ArgumentException("The DOCX file is required.", nameof(files));
        }

        return new IssuedNotice
        {
            Id = id,
            RequestId = request.Id,
            AgencyId = request.AgencyId,
            Kind = kind,
            NumberPrefix = number.Prefix,
            NumberYear = number.Year,
            NumberSequence = number.Sequence,
            DocumentNumber = number.ToString(),
            IssuedOn = issuedOn,
            Letterhead = text.Letterhead,
            Title = text.Title,
            Addressee = text.Addressee,
            Body = string.Join('\n', text.Paragraphs),
            Signatory = text.Signatory,
            DateLine = text.DateLine,
            IssuedBy = by.Actor,
            IssuedAtUtc = by.AtUtc,
            Docx = files.Docx,
            Pdf = files.Pdf is { Length: > 0 } pdf ? pdf : null,
        };
    }

    /// <summary>Adds the PDF of a notice issued while no PDF printer was installed.</summary>
    /// <exception cref="RuleViolationException">It already has one: an issued notice is never replaced.</exception>
    public void AttachPdf(byte[] pdf)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        if (Pdf is not null)
        {
            throw new RuleViolationException($"告知书{DocumentNumber}已有PDF文件，已出具的文书不能替换。");
        }

        if (pdf.Length == 0)
        {
            throw new ArgumentException("The PDF is empty.", nameof(pdf));
        }

        Pdf = pdf;
    }
}
