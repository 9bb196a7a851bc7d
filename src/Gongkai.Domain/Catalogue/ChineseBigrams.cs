using System.Globalization;
using System.Text;

namespace Gongkai.Domain.Catalogue;

/// <summary>
/// The application-made tokens of Chinese full-text search (DESIGN.md: search lives in the database). A run of Han
/// characters becomes its overlapping bigrams (城乡低保 → 城乡 乡低 低保), a lone Han character stays itself, and a
/// run of letters or digits becomes one lower-case word. Punctuation and spaces end a run, so no token spans them.
/// The same tokens are indexed by SQLite FTS5 (unicode61) and by PostgreSQL (<c>to_tsvector('simple', …)</c>), and a
/// query term becomes the phrase of its tokens: a two-character query is one token and hits the index.
/// </summary>
public static class ChineseBigrams
{
    /// <summary>The tokens of <paramref name="text"/>, in order.</summary>
    public static IReadOnlyList<string> Tokens(string? text)
    {
        var tokens = new List<string>();
        if (string.IsNullOrEmpty(text))
        {
            return tokens;
        }

        var han = new List<string>();
        var word = new StringBuilder();
        foreach (var element in TextElements(text))
        {
            if (IsHan(element))
            {
                FlushWord(word, tokens);
                han.Add(element);
            }
            else if (element.Length > 0 && char.IsLetterOrDigit(element, 0))
            {
                FlushHan(han, tokens);
                word.Append(element.ToLowerInvariant());
            }
            else
            {
                FlushHan(han, tokens);
                FlushWord(word, tokens);
            }
        }

        FlushHan(han, tokens);
        FlushWord(word, tokens);
        return tokens;
    }

    /// <summary>The tokens joined by spaces: the value of the search column.</summary>
    public static string Column(params string?[] texts) =>
        string.Join(' ', texts.SelectMany(t => Tokens(t)));

    /// <summary>Whether the text element is a Han character (CJK unified ideographs, extensions, compatibility).</summary>
    public static bool IsHan(string element)
    {
        var rune = Rune.GetRuneAt(element, 0).Value;
        return rune is (>= 0x4E00 and <= 0x9FFF) or (>= 0x3400 and <= 0x4DBF) or (>= 0xF900 and <= 0xFAFF)
            or (>= 0x20000 and <= 0x3134F);
    }

    private static IEnumerable<string> TextElements(string text)
    {
        var enumerator = StringInfo.GetTextElementEnumerator(text);
        while (enumerator.MoveNext())
        {
            yield return enumerator.GetTextElement();
        }
    }

    private static void FlushHan(List<string> han, List<string> tokens)
    {
        if (han.Count == 1)
        {
            tokens.Add(han[0]);
        }

        for (var i = 0; i + 1 < han.Count; i++)
        {
            tokens.Add(han[i] + han[i + 1]);
        }

        han.Clear();
    }

    private static void FlushWord(StringBuilder word, List<string> tokens)
    {
        if (word.Length > 0)
        {
            tokens.Add(word.ToString());
            word.Clear();
        }
    }
}
