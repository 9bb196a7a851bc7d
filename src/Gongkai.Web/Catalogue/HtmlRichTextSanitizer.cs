using Ganss.Xss;
using Gongkai.Domain.Catalogue;

namespace Gongkai.Web.Catalogue;

/// <summary>Sanitises catalogue bodies with HtmlSanitizer: no script, no event handlers, no style, no external frames.</summary>
public sealed class HtmlRichTextSanitizer : IRichTextSanitizer
{
    private readonly HtmlSanitizer _sanitizer = new();

    /// <summary>Creates the sanitizer with the tags an official document needs.</summary>
    public HtmlRichTextSanitizer()
    {
        _sanitizer.AllowedAttributes.Remove("style");
        _sanitizer.AllowedTags.Remove("img");
    }

    /// <inheritdoc />
    public string Sanitize(string html) => _sanitizer.Sanitize(html);
}
