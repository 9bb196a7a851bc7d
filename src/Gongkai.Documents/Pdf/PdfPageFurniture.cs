using System.Text.RegularExpressions;

namespace Gongkai.Documents.Pdf;

/// <summary>
/// Finds what is printed on a page but is not the report: page numbers ("第 1 页 / 共 3 页", "- 2 -", "3/10"), running
/// headers and footers (the same text, page numbers aside, in the top or bottom margin of two or more pages), and the
/// 索引号 block a government site prints above a document (索引号, 发布机构, 生成日期, 文号 …).
/// </summary>
internal static partial class PdfPageFurniture
{
    /// <summary>Share of the page height at top and bottom where headers and footers stand.</summary>
    private const double Margin = 0.1;

    private static readonly string[] IndexBlockLabels =
        ["索引号", "发布机构", "发文机关", "生成日期", "成文日期", "发布日期", "发文日期", "文号", "主题分类", "组配分类", "体裁分类",
         "公开方式", "公开范围", "公开时限", "信息来源", "有效性", "信息分类", "主题词", "服务对象", "所属机构", "信息名称"];

    /// <summary>Removes furniture lines from <paramref name="pages"/> (lines of each page, top to bottom); returns how many.</summary>
    public static int Remove(IReadOnlyList<(PdfPageContent Page, List<PdfLine> Lines)> pages)
    {
        var counts = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        foreach (var (page, lines) in pages)
        {
            foreach (var line in lines.Where(l => InMargin(l, page)))
            {
                var key = Key(line.Text);
                if (key.Length > 0)
                {
                    (counts.TryGetValue(key, out var set) ? set : counts[key] = []).Add(page.Number);
                }
            }
        }

        var removed = 0;
        foreach (var (page, lines) in pages)
        {
            removed += lines.RemoveAll(l => InMargin(l, page)
                && (PageNumber().IsMatch(l.Text) || (pages.Count > 1 && counts.TryGetValue(Key(l.Text), out var seen) && seen.Count >= 2)));
            removed += RemoveIndexBlock(lines);
        }

        return removed;
    }

    /// <summary>Whether a table is the 索引号 block drawn as a table.</summary>
    public static bool IsIndexBlock(PdfTable table) =>
        table.Cells.Count(c => IndexBlockLabels.Any(label => c.Text.StartsWith(label, StringComparison.Ordinal))) >= 3
        && table.Cells.Any(c => c.Text.StartsWith("索引号", StringComparison.Ordinal));

    private static int RemoveIndexBlock(List<PdfLine> lines)
    {
        var start = lines.FindIndex(l => l.Text.Replace(" ", "", StringComparison.Ordinal).Contains("索引号", StringComparison.Ordinal));
        if (start < 0)
        {
            return 0;
        }

        // the block: lines holding its labels, from the first to the last such line among the lines around 索引号
        var first = start;
        while (first > 0 && start - first < 6 && IsIndexLine(lines[first - 1]))
        {
            first--;
        }

        var last = start;
        while (last + 1 < lines.Count && last - start < 8 && IsIndexLine(lines[last + 1]))
        {
            last++;
        }

        lines.RemoveRange(first, last - first + 1);
        return last - first + 1;
    }

    private static bool IsIndexLine(PdfLine line)
    {
        var text = line.Text.Replace(" ", "", StringComparison.Ordinal);
        return IndexBlockLabels.Any(label => text.StartsWith(label, StringComparison.Ordinal) || text.Contains(label + "：", StringComparison.Ordinal) || text.Contains(label + ":", StringComparison.Ordinal));
    }

    private static bool InMargin(PdfLine line, PdfPageContent page) =>
        line.Bottom < page.Height * Margin || line.Top > page.Height * (1 - Margin);

    private static string Key(string text) => Digits().Replace(text.Replace(" ", "", StringComparison.Ordinal), "#");

    [GeneratedRegex(@"^\s*(?:第\s*\d+\s*页(?:\s*[/／,，、]?\s*共\s*\d+\s*页)?|[-—–－ ]*\d{1,4}[-—–－ ]*|\d{1,4}\s*[/／]\s*\d{1,4}|[Pp]age\s*\d+(?:\s*(?:of|/)\s*\d+)?|共\s*\d+\s*页\s*第\s*\d+\s*页)\s*$")]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();
}
