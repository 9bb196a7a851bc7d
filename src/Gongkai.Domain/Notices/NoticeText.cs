namespace Gongkai.Domain.Notices;

/// <summary>
/// The final text of one notice, every placeholder filled: what the DOCX, HTML and PDF renderings print, and what is
/// kept with the request.
/// </summary>
/// <param name="Letterhead">版头 (机关名称).</param>
/// <param name="DocumentNumber">发文字号, e.g. 西政依复〔2025〕12号.</param>
/// <param name="Title">The title.</param>
/// <param name="Addressee">The first line, "张三：", or null when the body does not start with one.</param>
/// <param name="Paragraphs">The body paragraphs after the addressee.</param>
/// <param name="Signatory">落款机关.</param>
/// <param name="DateLine">成文日期 as printed, "2025年3月3日".</param>
public sealed record NoticeText(
    string Letterhead, string DocumentNumber, string Title, string? Addressee, IReadOnlyList<string> Paragraphs,
    string Signatory, string DateLine)
{
    /// <summary>All lines in reading order, for search and tests.</summary>
    public IEnumerable<string> Lines() =>
        new[] { Letterhead, DocumentNumber, Title }
            .Concat(Addressee is null ? [] : [Addressee])
            .Concat(Paragraphs)
            .Concat([Signatory, DateLine]);
}
