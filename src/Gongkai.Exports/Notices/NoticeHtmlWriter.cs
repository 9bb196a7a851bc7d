using System.Text;
using Gongkai.Domain.Notices;

namespace Gongkai.Exports.Notices;

/// <summary>
/// A notice as one self-contained HTML page (inline CSS, no external resources), the input of the PDF printer and a
/// preview for officers: red letterhead, document number over a red rule, title, body, signature flush right.
/// </summary>
public sealed class NoticeHtmlWriter
{
    private const string Style = """
        @page { size: A4; }
        body { font-family: 'FangSong', 'STFangsong', 'Noto Serif CJK SC', 'Source Han Serif SC', serif; font-size: 16pt; line-height: 28pt; color: #000; margin: 0; }
        .letterhead { font-family: 'FZXiaoBiaoSong-B05S', 'Noto Serif CJK SC', 'Source Han Serif SC', serif; color: #f00; font-size: 30pt; line-height: 45pt; text-align: center; margin: 0 0 12pt; font-weight: bold; }
        .number { text-align: center; margin: 0 0 28pt; padding-bottom: 6pt; border-bottom: 1.5pt solid #f00; }
        h1 { font-family: 'FZXiaoBiaoSong-B05S', 'Noto Serif CJK SC', 'Source Han Serif SC', serif; font-size: 22pt; line-height: 35pt; text-align: center; font-weight: bold; margin: 0 0 28pt; }
        p { margin: 0; text-indent: 2em; text-align: justify; }
        p.addressee { text-indent: 0; }
        p.signature { text-indent: 0; text-align: right; padding-right: 2em; }
        p.gap { height: 28pt; }
        """;

    /// <summary>The HTML page of <paramref name="notice"/>.</summary>
    public string Page(NoticeText notice)
    {
        ArgumentNullException.ThrowIfNull(notice);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>")
            .Append(HtmlText.Encode(notice.Title)).Append("</title><style>").Append(Style).Append("</style></head><body>");
        html.Append("<div class=\"letterhead\">").Append(HtmlText.Encode(notice.Letterhead)).Append("</div>");
        html.Append("<div class=\"number\">").Append(HtmlText.Encode(notice.DocumentNumber)).Append("</div>");
        html.Append("<h1>").Append(HtmlText.Encode(notice.Title)).Append("</h1>");
        if (notice.Addressee is { } addressee)
        {
            html.Append("<p class=\"addressee\">").Append(HtmlText.Encode(addressee)).Append("</p>");
        }

        foreach (var paragraph in notice.Paragraphs)
        {
            html.Append("<p>").Append(HtmlText.Encode(paragraph)).Append("</p>");
        }

        html.Append("<p class=\"gap\"></p>");
        html.Append("<p class=\"signature\">").Append(HtmlText.Encode(notice.Signatory)).Append("</p>");
        html.Append("<p class=\"signature\">").Append(HtmlText.Encode(notice.DateLine)).Append("</p>");
        html.Append("</body></html>");
        return html.ToString();
    }
}
