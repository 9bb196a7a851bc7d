using System.Text;

namespace Gongkai.Documents.Pdf;

/// <summary>Joins characters into text the way a reader sees it: no spaces between Chinese characters, one space for a gap between words.</summary>
internal static class PdfText
{
    /// <summary>True for CJK ideographs, kana, full-width forms and CJK punctuation.</summary>
    public static bool IsWide(char c) =>
        c is (>= '\u2E80' and <= '\u9FFF') or (>= '\uF900' and <= '\uFAFF') or (>= '\uFF00' and <= '\uFFEF') or (>= '\u3000' and <= '\u303F')
        or (>= '\uFE30' and <= '\uFE4F') or '“' or '”' or '‘' or '’' or '—' or '…' or '·';

    /// <summary>The glyphs of one line (already in reading order) as text.</summary>
    public static string Join(IReadOnlyList<PdfGlyph> glyphs)
    {
        var sb = new StringBuilder(glyphs.Count);
        for (var i = 0; i < glyphs.Count; i++)
        {
            var g = glyphs[i];
            if (i > 0)
            {
                var previous = glyphs[i - 1];
                var gap = g.Left - previous.Right;
                var size = Math.Max(1, Math.Min(g.Size, previous.Size));
                var threshold = previous.IsWide || g.IsWide ? size * 0.9 : size * 0.22;
                if (gap > threshold && sb.Length > 0 && sb[^1] != ' ')
                {
                    sb.Append(' ');
                }
            }

            sb.Append(g.Text);
        }

        return sb.ToString();
    }

    /// <summary>Lines of one cell joined: a label wrapped inside its cell is one label again ("（三）不予" + "公开").</summary>
    public static string JoinWrapped(IReadOnlyList<string> lines)
    {
        var sb = new StringBuilder();
        foreach (var line in lines)
        {
            var text = line.Trim();
            if (text.Length == 0)
            {
                continue;
            }

            // a figure wrapped in a narrow cell ("526" / "92") is one figure again
            if (sb.Length > 0 && !IsWide(sb[^1]) && !IsWide(text[0]) && !(char.IsDigit(sb[^1]) && char.IsDigit(text[0])))
            {
                sb.Append(' ');
            }

            sb.Append(text);
        }

        return sb.ToString();
    }
}
