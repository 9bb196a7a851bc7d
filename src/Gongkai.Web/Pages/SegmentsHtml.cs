using System.Net;
using System.Text;
using Gongkai.Domain.Catalogue;
using Microsoft.AspNetCore.Html;

namespace Gongkai.Web.Pages;

/// <summary>Renders highlighted segments: every segment encoded, matches in &lt;mark&gt;, no whitespace added between them.</summary>
public static class SegmentsHtml
{
    /// <summary>The HTML of the segments.</summary>
    public static IHtmlContent Render(IReadOnlyList<TextSegment> segments)
    {
        ArgumentNullException.ThrowIfNull(segments);
        var html = new StringBuilder();
        foreach (var s in segments)
        {
            var text = WebUtility.HtmlEncode(s.Text);
            html.Append(s.IsMatch ? "<mark>" + text + "</mark>" : text);
        }

        return new HtmlString(html.ToString());
    }
}
