using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Gongkai.Domain.Catalogue;

/// <summary>
/// The body (正文) of a catalogue entry: safe HTML for display and its plain text for search and snippets. It can
/// only be made from plain text (encoded here) or from HTML passed through an <see cref="IRichTextSanitizer"/>.
/// </summary>
public sealed partial record CatalogueBody
{
    private CatalogueBody(string html, string text)
    {
        Html = html;
        Text = text;
    }

    /// <summary>Sanitised HTML.</summary>
    public string Html { get; }

    /// <summary>The plain text of <see cref="Html"/>.</summary>
    public string Text { get; }

    /// <summary>A body from plain text: each non-empty line becomes a paragraph.</summary>
    public static CatalogueBody FromPlainText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.Replace("\r\n", "\n").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        var html = new StringBuilder();
        foreach (var line in lines)
        {
            html.Append("<p>").Append(WebUtility.HtmlEncode(line)).Append("</p>");
        }

        return new CatalogueBody(html.ToString(), string.Join("\n", lines));
    }

    /// <summary>A body from rich text, sanitised first.</summary>
    public static CatalogueBody FromHtml(string html, IRichTextSanitizer sanitizer)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(sanitizer);
        var safe = sanitizer.Sanitize(html);
        return new CatalogueBody(safe, TextOf(safe));
    }

    /// <summary>Restores a stored body (already sanitised when it was first made).</summary>
    public static CatalogueBody Restore(string html, string text) => new(html, text);

    private static string TextOf(string html)
    {
        var withBreaks = BlockEnd().Replace(html, "\n");
        var text = WebUtility.HtmlDecode(Tag().Replace(withBreaks, string.Empty));
        return string.Join("\n", text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0));
    }

    [GeneratedRegex(@"</(p|div|li|h[1-6]|tr)>|<br\s*/?>", RegexOptions.IgnoreCase)]
    private static partial Regex BlockEnd();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tag();
}
