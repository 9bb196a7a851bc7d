namespace Gongkai.Domain.Catalogue;

/// <summary>A piece of text to show, and whether it matched the query (shown as &lt;mark&gt;).</summary>
public sealed record TextSegment(string Text, bool IsMatch);

/// <summary>
/// Text cut into matched and unmatched segments for display: the page encodes each segment, so highlighting never
/// needs raw HTML.
/// </summary>
public static class HighlightedText
{
    /// <summary>The whole text, with every occurrence of a term marked.</summary>
    public static IReadOnlyList<TextSegment> Mark(string text, IReadOnlyList<string> terms)
    {
        var segments = new List<TextSegment>();
        var marks = Marks(text, terms);
        var position = 0;
        foreach (var (start, length) in marks)
        {
            if (start > position)
            {
                segments.Add(new TextSegment(text[position..start], false));
            }

            segments.Add(new TextSegment(text.Substring(start, length), true));
            position = start + length;
        }

        if (position < text.Length)
        {
            segments.Add(new TextSegment(text[position..], false));
        }

        return segments;
    }

    /// <summary>A window of about <paramref name="length"/> characters around the first match, marked.</summary>
    public static IReadOnlyList<TextSegment> Snippet(string text, IReadOnlyList<string> terms, int length = 120)
    {
        var flat = text.Replace('\n', ' ');
        var first = Marks(flat, terms).Select(m => m.Start).DefaultIfEmpty(0).First();
        var start = Math.Max(0, first - length / 4);
        var end = Math.Min(flat.Length, start + length);
        var window = flat[start..end];
        var segments = Mark(window, terms).ToList();
        if (start > 0)
        {
            segments.Insert(0, new TextSegment("…", false));
        }

        if (end < flat.Length)
        {
            segments.Add(new TextSegment("…", false));
        }

        return segments;
    }

    private static List<(int Start, int Length)> Marks(string text, IReadOnlyList<string> terms)
    {
        var found = new List<(int Start, int Length)>();
        foreach (var term in terms.Where(t => t.Length > 0))
        {
            var index = 0;
            while ((index = text.IndexOf(term, index, StringComparison.OrdinalIgnoreCase)) >= 0)
            {
                found.Add((index, term.Length));
                index += term.Length;
            }
        }

        var merged = new List<(int Start, int Length)>();
        foreach (var (start, length) in found.OrderBy(f => f.Start))
        {
            if (merged.Count > 0 && start < merged[^1].Start + merged[^1].Length)
            {
                var last = merged[^1];
                merged[^1] = (last.Start, Math.Max(last.Start + last.Length, start + length) - last.Start);
            }
            else
            {
                merged.Add((start, length));
            }
        }

        return merged;
    }
}
