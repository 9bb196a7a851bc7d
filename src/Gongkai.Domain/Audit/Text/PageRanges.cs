namespace Gongkai.Domain.Audit;

/// <summary>Page numbers for people: runs of consecutive pages joined ("第1、3–5页").</summary>
public static class PageRanges
{
    /// <summary>"第1、3–5页" for 1, 3, 4, 5 (the pages in ascending order).</summary>
    public static string Describe(IReadOnlyList<int> pages)
    {
        ArgumentNullException.ThrowIfNull(pages);
        var parts = new List<string>();
        for (var i = 0; i < pages.Count; i++)
        {
            var start = pages[i];
            while (i + 1 < pages.Count && pages[i + 1] == pages[i] + 1)
            {
                i++;
            }

            parts.Add(pages[i] == start ? $"{start}" : $"{start}–{pages[i]}");
        }

        return $"第{string.Join("、", parts)}页";
    }
}
