using System.Text;
using Gongkai.Domain.AnnualReports;

namespace Gongkai.Domain.Audit.Extraction;

/// <summary>
/// The tolerant comparison form of a printed label, for reading published tables whose labels deviate locally from
/// the official ones (formats-and-law.md §1.8): on top of <see cref="LabelKey"/> (width, quotes, spaces) it drops the
/// numbering ("一、", "（三）", "1.", "其中："), anything in brackets ("（区分处理的，只计这一情形…）", "(不同渠道…计1条)")
/// and punctuation, and folds traditional characters. Two labels are <see cref="Similar"/> when their loose forms are
/// equal or, for labels of five characters or more, differ by one character (two from twelve) — 上年/本年结转,
/// 案卷/案件, 已获取/以获取 — a swap of two neighbouring characters counting as one (现有行效件数/现行有效件数).
/// </summary>
internal static class LooseLabel
{
    private const int CacheLimit = 20_000;
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> Cache = new(StringComparer.Ordinal);

    /// <summary>Brackets after <see cref="LabelKey"/> normalisation (full-width ones become ASCII); 〈〉 is how OCR reads （）.</summary>
    private const string OpeningBrackets = "([【〔〈";

    private const string ClosingBrackets = ")]】〕〉";

    private static bool Opens(char c) => OpeningBrackets.Contains(c, StringComparison.Ordinal);

    private static bool Closes(char c) => ClosingBrackets.Contains(c, StringComparison.Ordinal);

    /// <summary>The loose form of <paramref name="label"/> (short labels are cached; the cache is bounded).</summary>
    public static string Of(string label)
    {
        if (label.Length > 80)
        {
            return Compute(label);
        }

        if (Cache.TryGetValue(label, out var cached))
        {
            return cached;
        }

        var loose = Compute(label);
        if (Cache.Count < CacheLimit)
        {
            Cache.TryAdd(label, loose);
        }

        return loose;
    }

    private static string Compute(string label)
    {
        var key = LabelKey.Normalize(ChineseTextNormalizer.Normalize(label));
        var sb = new StringBuilder(key.Length);
        var depth = 0;
        foreach (var c in key)
        {
            switch (c)
            {
                case var open when Opens(open):
                    depth++;
                    continue;
                case var close when Closes(close):
                    depth = Math.Max(0, depth - 1);
                    continue;
            }

            if (depth > 0)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c) || ChineseTextNormalizer.IsCjkIdeograph(c))
            {
                sb.Append(c);
            }
            else if (c is '+' or '%')
            {
                sb.Append(c);
            }
            else if (c is '.' or '、' && sb.Length is > 0 and <= 4 && IsNumbering(sb.ToString()))
            {
                sb.Clear();
            }
        }

        var text = sb.ToString();
        if (text.StartsWith("其中", StringComparison.Ordinal) && text.Length > 2)
        {
            text = text[2..];
        }

        return text;
    }

    /// <summary>
    /// The loose form of what <paramref name="label"/> says in its first bracket — the remark of a label such as
    /// "（二）部分公开（区分处理的，只计这一情形，不计其他情形）" — to the closing bracket or, when a wrapped or OCR'd label
    /// lost it, to the end; empty without a bracket.
    /// </summary>
    public static string Remark(string label)
    {
        var key = LabelKey.Normalize(ChineseTextNormalizer.Normalize(label));
        var open = key.AsSpan().IndexOfAny(OpeningBrackets);
        if (open < 0)
        {
            return string.Empty;
        }

        var sb = new StringBuilder();
        var depth = 0;
        foreach (var c in key.AsSpan(open))
        {
            if (Opens(c))
            {
                depth++;
            }
            else if (Closes(c) && --depth == 0)
            {
                // the numbering "（二）" is a bracket too: a remark is what follows it when it holds no more than that
                if (sb.Length > 2)
                {
                    break;
                }

                sb.Clear();
            }
            else if (depth > 0 && (char.IsLetterOrDigit(c) || ChineseTextNormalizer.IsCjkIdeograph(c)))
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    /// <summary>The length of the longest run of characters two strings share.</summary>
    public static int LongestCommonRun(string a, string b)
    {
        var best = 0;
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = a[i - 1] == b[j - 1] ? previous[j - 1] + 1 : 0;
                best = Math.Max(best, current[j]);
            }

            (previous, current) = (current, previous);
            Array.Clear(current);
        }

        return best;
    }

    /// <summary>Whether two loose forms name the same label.</summary>
    public static bool Similar(string a, string b)
    {
        if (a.Length == 0 || b.Length == 0)
        {
            return false;
        }

        if (a == b)
        {
            return true;
        }

        var min = Math.Min(a.Length, b.Length);
        var max = Math.Max(a.Length, b.Length);
        if (min < 5 || max - min > 2)
        {
            return false;
        }

        var allowed = max >= 12 ? 2 : 1;
        return Distance(a, b, allowed) <= allowed;
    }

    private static bool IsNumbering(string text)
    {
        foreach (var c in text)
        {
            if (!char.IsDigit(c) && ChineseNumeral.DigitValue(c) < 0 && c != '十')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Edit distance counting a swap of two neighbouring characters as one edit (OCR and typing swap them: 现有行效 for
    /// 现行有效), or <paramref name="cap"/> + 1 once it is certainly above the cap.
    /// </summary>
    private static int Distance(string a, string b, int cap)
    {
        var beforePrevious = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    current[j] = Math.Min(current[j], beforePrevious[j - 2] + 1);
                }

                rowMin = Math.Min(rowMin, current[j]);
            }

            if (rowMin > cap)
            {
                return cap + 1;
            }

            (beforePrevious, previous, current) = (previous, current, beforePrevious);
        }

        return previous[b.Length];
    }
}
