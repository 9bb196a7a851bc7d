using System.Net;
using System.Text;

namespace Gongkai.Documents;

/// <summary>
/// Bounds the work on pathological HTML: a page nested deeper than <see cref="MaxDepth"/> elements (real report pages
/// nest a few dozen deep) is not parsed into a tree — DOM walks over such a tree cost depth × size, and recursive code
/// would exhaust the stack — but read as text with its tags removed, which is linear in its length.
/// <para>
/// <see cref="IsTooDeep"/> is a bounded, iterative scan of the tags that over-estimates the depth the HTML parser will
/// build: it keeps a stack of open elements, and pops it only where the parser does — an end tag whose element is
/// open and not behind an element it cannot close through (special elements, scope boundaries); end tags of elements
/// that are not open, which the parser ignores, are ignored. <c>&lt;x/&gt;</c> opens an element unless it is void (the
/// slash means nothing in HTML) or in SVG/MathML. Formatting elements (b, i, font …), which the parser reopens after
/// a block closes them, count until their own end tag. Elements whose end tag may be left out (p, li, td, tr …) are
/// not counted: they cannot nest in themselves without a counted element between. After parsing,
/// <see cref="DomIsTooDeep"/> measures the tree itself, iteratively, before any walk.
/// </para>
/// </summary>
public static class HtmlNestingGuard
{
    /// <summary>The deepest element nesting parsed as HTML.</summary>
    public const int MaxDepth = Guards.ReadingLimits.MaxHtmlDepth;

    private static readonly HashSet<string> Void = new(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
        "param", "source", "track", "wbr", "keygen", "basefont", "bgsound", "frame"], StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> OptionalEnd = new(["p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th",
        "tbody", "thead", "tfoot", "colgroup", "rb", "rt", "rp", "rtc", "html", "head", "body"], StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> Formatting = new(["a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small",
        "strike", "strong", "tt", "u"], StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> ScopeBoundary = new(["applet", "caption", "html", "table", "td", "th", "marquee",
        "object", "template", "svg", "math"], StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> Special = new(["address", "applet", "area", "article", "aside", "base", "basefont",
        "bgsound", "blockquote", "body", "br", "button", "caption", "center", "col", "colgroup", "dd", "details", "dir", "div",
        "dl", "dt", "embed", "fieldset", "figcaption", "figure", "footer", "form", "frame", "frameset", "h1", "h2", "h3", "h4",
        "h5", "h6", "head", "header", "hgroup", "hr", "html", "iframe", "img", "input", "keygen", "li", "link", "listing", "main",
        "marquee", "menu", "meta", "nav", "noembed", "noframes", "noscript", "object", "ol", "p", "param", "plaintext", "pre",
        "script", "search", "section", "select", "source", "style", "summary", "table", "tbody", "td", "template", "textarea",
        "tfoot", "th", "thead", "title", "tr", "track", "ul", "wbr", "xmp", "svg", "math"], StringComparer.OrdinalIgnoreCase);

    /// <summary>HTML elements that end SVG/MathML content: inside it, <c>&lt;x/&gt;</c> of these still opens an HTML element.</summary>
    private static readonly HashSet<string> BreaksOutOfForeign = new(["b", "big", "blockquote", "body", "br", "center", "code",
        "dd", "div", "dl", "dt", "em", "embed", "h1", "h2", "h3", "h4", "h5", "h6", "head", "hr", "i", "img", "li", "listing",
        "menu", "meta", "nobr", "ol", "p", "pre", "ruby", "s", "small", "span", "strong", "strike", "sub", "sup", "table", "tt",
        "u", "ul", "var", "font"], StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether the elements of <paramref name="html"/> may nest deeper than <see cref="MaxDepth"/> (an upper estimate).</summary>
    public static bool IsTooDeep(string html) => EstimatedDepth(html, MaxDepth) > MaxDepth;

    /// <summary>An upper estimate of the element nesting the parser builds from <paramref name="html"/>, stopping once past <paramref name="limit"/>.</summary>
    internal static int EstimatedDepth(string html, int limit)
    {
        var stack = new List<string>();
        var open = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var ignoredAt = new Dictionary<string, long>(StringComparer.OrdinalIgnoreCase);
        long version = 0;
        var formatting = 0;
        var foreign = 0;
        var deepest = 0;
        var cells = new Stack<int>(); // per open table: the formatting count when its open cell began, or -1
        var i = html.IndexOf('<');
        while (i >= 0 && i < html.Length - 1)
        {
            var end = html.IndexOf('>', i + 1);
            if (end < 0)
            {
                break;
            }

            var closing = html[i + 1] == '/';
            var nameStart = closing ? i + 2 : i + 1;
            var nameEnd = nameStart;
            while (nameEnd < end && (char.IsAsciiLetterOrDigit(html[nameEnd]) || html[nameEnd] is '-' or ':' or '_'))
            {
                nameEnd++;
            }

            if (nameEnd == nameStart || !char.IsAsciiLetter(html[nameStart]))
            {
                i = html.IndexOf('<', i + 1);
                continue;
            }

            var name = html[nameStart..nameEnd].ToLowerInvariant();
            if (cells.Count > 0 && name is "td" or "th" or "tr" or "table" or "tbody" or "thead" or "tfoot" && !(name == "table" && !closing))
            {
                // a cell ends: the parser clears the formatting elements opened in it (up to the cell's marker)
                if (cells.Peek() >= 0)
                {
                    formatting = Math.Min(formatting, cells.Pop());
                    cells.Push(-1);
                }

                if (!closing && name is "td" or "th")
                {
                    cells.Pop();
                    cells.Push(formatting);
                }
            }

            if (closing)
            {
                if (Formatting.Contains(name))
                {
                    if (open.TryGetValue(name, out var f) && f > 0)
                    {
                        open[name] = f - 1;
                        formatting--;
                    }
                }
                else if (open.TryGetValue(name, out var count) && count > 0
                         && !(ignoredAt.TryGetValue(name, out var at) && at == version)
                         && !PopTo(stack, open, cells, name, ref foreign))
                {
                    ignoredAt[name] = version;
                }
                else
                {
                    version++;
                }
            }
            else if (!Void.Contains(name) && !OptionalEnd.Contains(name)
                     && !(html[end - 1] == '/' && foreign > 0 && !BreaksOutOfForeign.Contains(name)))
            {
                open[name] = open.GetValueOrDefault(name) + 1;
                if (Formatting.Contains(name))
                {
                    formatting++;
                }
                else
                {
                    stack.Add(name);
                    version++;
                    if (name == "table")
                    {
                        cells.Push(-1);
                    }

                    if (name is "svg" or "math")
                    {
                        foreign++;
                    }
                }

                deepest = Math.Max(deepest, stack.Count + formatting);
                if (deepest > limit)
                {
                    return deepest;
                }
            }

            i = html.IndexOf('<', end + 1);
        }

        return deepest;
    }

    /// <summary>Pops up to and including the innermost open <paramref name="name"/>, unless an element the parser cannot close through lies above it.</summary>
    private static bool PopTo(List<string> stack, Dictionary<string, int> open, Stack<int> cells, string name, ref int foreign)
    {
        var special = Special.Contains(name);
        var at = stack.Count - 1;
        while (at >= 0 && !string.Equals(stack[at], name, StringComparison.Ordinal))
        {
            if (special ? ScopeBoundary.Contains(stack[at]) : Special.Contains(stack[at]))
            {
                return false;
            }

            at--;
        }

        if (at < 0)
        {
            return false;
        }

        for (var k = stack.Count - 1; k >= at; k--)
        {
            open[stack[k]]--;
            if (stack[k] == "table" && cells.Count > 0)
            {
                cells.Pop();
            }

            if (stack[k] is "svg" or "math")
            {
                foreign--;
            }
        }

        stack.RemoveRange(at, stack.Count - at);
        return true;
    }

    /// <summary>Whether the parsed tree under <paramref name="root"/> nests deeper than <see cref="MaxDepth"/> (measured iteratively).</summary>
    public static bool DomIsTooDeep(AngleSharp.Dom.INode root)
    {
        var stack = new Stack<(AngleSharp.Dom.INode Node, int Depth)>();
        stack.Push((root, 0));
        while (stack.Count > 0)
        {
            var (node, depth) = stack.Pop();
            if (depth > MaxDepth)
            {
                return true;
            }

            foreach (var child in node.ChildNodes)
            {
                if (child is AngleSharp.Dom.IElement)
                {
                    stack.Push((child, depth + 1));
                }
            }
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
