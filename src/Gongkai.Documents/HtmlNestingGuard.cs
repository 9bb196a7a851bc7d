using System.Net;
using System.Text;

namespace Gongkai.Documents;

/// <summary>
/// Bounds the work on pathological HTML: a page nested deeper than <see cref="MaxDepth"/> elements (real report pages
/// nest a few dozen deep) is not parsed into a tree — DOM walks over such a tree cost depth × size — but read as text
/// with its tags removed, which is linear in its length.
/// </summary>
internal static class HtmlNestingGuard
{
    /// <summary>The deepest element nesting parsed as HTML.</summary>
    public const int MaxDepth = 2_000;

    private static readonly HashSet<string> SelfClosing =
        new(["br", "img", "hr", "meta", "link", "input", "area", "base", "col", "embed", "param", "source", "track", "wbr",
            "p", "li", "td", "th", "tr", "option", "dt", "dd", "tbody", "thead", "tfoot", "colgroup"], StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether the elements of <paramref name="html"/> nest deeper than <see cref="MaxDepth"/> (an upper estimate).</summary>
    public static bool IsTooDeep(string html)
    {
        var depth = 0;
        var i = html.IndexOf('<');
        while (i >= 0 && i < html.Length - 1)
        {
            var next = html[i + 1];
            var end = html.IndexOf('>', i + 1);
            if (end < 0)
            {
                break;
            }

            if (next == '/')
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (char.IsAsciiLetter(next) && html[end - 1] != '/')
            {
                var nameEnd = i + 1;
                while (nameEnd < end && char.IsAsciiLetterOrDigit(html[nameEnd]))
                {
                    nameEnd++;
                }

                if (!SelfClosing.Contains(html[(i + 1)..nameEnd]) && ++depth > MaxDepth)
                {
                    return true;
                }
            }

            i = html.IndexOf('<', end + 1);
        }

        return false;
    }

    /// <summary>The text of <paramref name="html"/> with tags, scripts and styles removed and entities decoded.</summary>
    public static string TextOf(string html)
    {
        var sb = new StringBuilder(html.Length / 2);
        var i = 0;
        while (i < html.Length)
        {
            var open = html.IndexOf('<', i);
            if (open < 0)
            {
                sb.Append(html, i, html.Length - i);
                break;
            }

            sb.Append(html, i, open - i);
            var close = html.IndexOf('>', open);
            if (close < 0)
            {
                break;
            }

            var tag = html.AsSpan(open + 1, Math.Min(7, close - open - 1));
            if (tag.StartsWith("script", StringComparison.OrdinalIgnoreCase) || tag.StartsWith("style", StringComparison.OrdinalIgnoreCase))
            {
                var endTag = html.IndexOf(tag.StartsWith("s", StringComparison.OrdinalIgnoreCase) && tag.Length > 1 && (tag[1] == 'c' || tag[1] == 'C') ? "</script" : "</style", close, StringComparison.OrdinalIgnoreCase);
                close = endTag < 0 ? html.Length - 1 : Math.Max(close, html.IndexOf('>', endTag) is var e and >= 0 ? e : html.Length - 1);
            }
            else if (IsBlock(tag))
            {
                sb.Append('\n');
            }

            i = close + 1;
        }

        return WebUtility.HtmlDecode(sb.ToString());
    }

    private static bool IsBlock(ReadOnlySpan<char> tag)
    {
        var t = tag.TrimStart('/');
        return t.StartsWith("p", StringComparison.OrdinalIgnoreCase) || t.StartsWith("br", StringComparison.OrdinalIgnoreCase)
            || t.StartsWith("div", StringComparison.OrdinalIgnoreCase) || t.StartsWith("tr", StringComparison.OrdinalIgnoreCase)
            || t.StartsWith("li", StringComparison.OrdinalIgnoreCase) || t.StartsWith("h", StringComparison.OrdinalIgnoreCase);
    }
}
