using AngleSharp.Dom;
using Gongkai.Domain.Audit;

namespace Gongkai.Documents;

/// <summary>
/// Finds the parts of a government web page that are not the report: navigation, header and footer bars,
/// breadcrumbs (当前位置：首页 &gt; …), share buttons (分享到), print/close links (打印本页 关闭窗口), QR codes
/// (扫一扫在手机打开当前页), link lists (相关链接, other years' reports). Heuristic, so it protects what matters:
/// an element holding a large share of the page's Chinese text, or the report title or publication date, is kept.
/// </summary>
internal static class HtmlPageFurniture
{
    private static readonly HashSet<string> DroppedTags =
    [
        "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "canvas", "nav", "aside", "button",
        "select", "input", "textarea", "map", "audio", "video", "link", "meta", "head",
    ];

    private static readonly HashSet<string> FurnitureTokens =
    [
        "nav", "navi", "menu", "menus", "navbar", "navigation", "subnav", "topnav", "mainnav", "breadcrumb", "breadcrumbs",
        "crumb", "crumbs", "share", "bdshare", "jiathis", "fenxiang", "footer", "header", "sidebar", "copyright", "banner",
        "logo", "qrcode", "ewm", "erweima", "toolbar", "pager", "pagination", "related", "xgxx", "xgwz", "xglj",
        "friendlink", "location", "position", "dqwz", "weizhi", "mianbaoxie", "gotop", "backtop", "fontsize", "search",
        "print", "close", "skip",
    ];

    private static readonly string[] FurnitureSubstrings =
        ["breadcrumb", "bdshare", "jiathis", "navbar", "sidebar", "copyright", "qrcode", "gotop", "backtop", "footer", "header"];

    private static readonly string[] BreadcrumbStarts = ["当前位置", "您现在的位置", "您当前的位置", "您的位置", "所在位置", "当前页面"];

    private static readonly string[] JunkPhrases =
    [
        "扫一扫在手机打开当前页", "扫一扫在手机上查看当前页面", "打印本页", "关闭窗口", "返回顶部", "分享到", "收藏本页",
        "打印", "关闭", "收藏", "分享", "字体", "字号", "默认", "大", "中", "小", "[", "]", ":", "|", "【", "】",
    ];

    /// <summary>The elements under <paramref name="root"/> to leave out, outermost only; nothing inside <paramref name="dataTables"/>.</summary>
    public static HashSet<IElement> Find(IElement root, HashSet<IElement> dataTables)
    {
        var dropped = new HashSet<IElement>();
        var total = Math.Max(ChineseCount(root.TextContent), 1);
        foreach (var element in root.QuerySelectorAll("*"))
        {
            if (HasDroppedAncestor(element, root, dropped) || IsInsideDataTable(element, dataTables))
            {
                continue;
            }

            if (IsFurniture(element, total))
            {
                dropped.Add(element);
            }
        }

        return dropped;
    }

    /// <summary>Elements the browser would not show (hidden attribute, display:none).</summary>
    public static bool IsHidden(IElement element)
    {
        if (element.HasAttribute("hidden") || (element.GetAttribute("aria-hidden") == "true" && element.TextContent.Length < 200))
        {
            return true;
        }

        var style = element.GetAttribute("style");
        if (style is null)
        {
            return false;
        }

        var compact = style.Replace(" ", string.Empty, StringComparison.Ordinal).ToLowerInvariant();
        return compact.Contains("display:none", StringComparison.Ordinal) || compact.Contains("visibility:hidden", StringComparison.Ordinal);
    }

    private static bool IsFurniture(IElement element, int total)
    {
        var tag = element.LocalName;
        if (DroppedTags.Contains(tag) || IsHidden(element))
        {
            return true;
        }

        var text = element.TextContent;
        var chinese = ChineseCount(text);
        var normalized = text.Length <= 400 ? ChineseTextNormalizer.Normalize(text) : string.Empty;

        if (normalized.Length > 0 && normalized.Length <= 120 && StartsWithAny(normalized, BreadcrumbStarts))
        {
            return true;
        }

        if (normalized.Length is > 0 and <= 40 && IsOnlyJunk(normalized))
        {
            return true;
        }

        if (chinese * 10 >= total * 4)
        {
            return false; // holds a large share of the page's text: the report itself
        }

        if (IsLinkList(element, text))
        {
            return true;
        }

        if (normalized.Length is > 0 and < 300 && SaysTitleOrDate(normalized))
        {
            return false; // the report title or its publication date, even inside a "header" block
        }

        if ((tag is "header" or "footer") && element.Closest("article, main") is null)
        {
            return true;
        }

        return HasFurnitureName(element);
    }

    private static bool SaysTitleOrDate(string normalized) =>
        (normalized.Contains("政府信息公开", StringComparison.Ordinal) && normalized.Contains("报告", StringComparison.Ordinal)
         && !normalized.Contains('>'))
        || normalized.Contains("发布时间", StringComparison.Ordinal) || normalized.Contains("发布日期", StringComparison.Ordinal);

    private static bool HasFurnitureName(IElement element)
    {
        foreach (var value in new[] { element.ClassName, element.Id })
        {
            if (string.IsNullOrEmpty(value))
            {
                continue;
            }

            var lower = value.ToLowerInvariant();
            foreach (var token in lower.Split([' ', '-', '_', '\t', '.'], StringSplitOptions.RemoveEmptyEntries))
            {
                if (FurnitureTokens.Contains(token.TrimEnd('0', '1', '2', '3', '4', '5', '6', '7', '8', '9')))
                {
                    return true;
                }
            }

            foreach (var part in FurnitureSubstrings)
            {
                if (lower.Contains(part, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Blocks that are mostly links: menus, "相关链接", lists of other reports.</summary>
    private static bool IsLinkList(IElement element, string text)
    {
        if (element.LocalName is not ("ul" or "ol" or "div" or "table" or "td" or "section" or "dl" or "p" or "span"))
        {
            return false;
        }

        var links = element.QuerySelectorAll("a");
        if (links.Length < 3)
        {
            return false;
        }

        var visible = CountVisible(text);
        if (visible == 0)
        {
            return false;
        }

        var linked = 0;
        foreach (var link in links)
        {
            linked += CountVisible(link.TextContent);
        }

        return linked * 10 >= visible * 7;
    }

    private static bool IsOnlyJunk(string normalized)
    {
        var rest = normalized;
        foreach (var phrase in JunkPhrases)
        {
            rest = rest.Replace(phrase, string.Empty, StringComparison.Ordinal);
        }

        return CountVisible(rest) == 0 && CountVisible(normalized) > 0;
    }

    private static bool HasDroppedAncestor(IElement element, IElement root, HashSet<IElement> dropped)
    {
        for (var parent = element.ParentElement; parent is not null && parent != root; parent = parent.ParentElement)
        {
            if (dropped.Contains(parent))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsInsideDataTable(IElement element, HashSet<IElement> dataTables)
    {
        for (var parent = element.ParentElement; parent is not null; parent = parent.ParentElement)
        {
            if (parent.LocalName == "table")
            {
                return dataTables.Contains(parent);
            }
        }

        return false;
    }

    private static bool StartsWithAny(string text, string[] prefixes)
    {
        foreach (var prefix in prefixes)
        {
            if (text.StartsWith(prefix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static int ChineseCount(string text)
    {
        var count = 0;
        foreach (var c in text)
        {
            if (ChineseTextNormalizer.IsCjkIdeograph(c))
            {
                count++;
            }
        }

        return count;
    }

    private static int CountVisible(string text)
    {
        var count = 0;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                count++;
            }
        }

        return count;
    }
}
