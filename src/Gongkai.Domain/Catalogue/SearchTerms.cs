namespace Gongkai.Domain.Catalogue;

/// <summary>
/// What a reader typed into the search box, split at spaces into terms that must all occur (AND). Each term is
/// matched as the phrase of its <see cref="ChineseBigrams"/> tokens. A term of a single Han character cannot be
/// matched by the bigram index and is reported in <see cref="TooShort"/> instead of being searched.
/// </summary>
public sealed record SearchTerms
{
    private SearchTerms(IReadOnlyList<string> terms, IReadOnlyList<IReadOnlyList<string>> phrases, IReadOnlyList<string> tooShort, bool matchAll = true)
    {
        MatchAll = matchAll;
        Terms = terms;
        Phrases = phrases;
        TooShort = tooShort;
    }

    /// <summary>The longest query accepted, in characters.</summary>
    public const int MaxLength = 100;

    /// <summary>The terms searched, as typed (trimmed).</summary>
    public IReadOnlyList<string> Terms { get; }

    /// <summary>The token phrase of each searched term.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Phrases { get; }

    /// <summary>Terms left out because a single Han character is not indexed.</summary>
    public IReadOnlyList<string> TooShort { get; }

    /// <summary>Whether every phrase must occur (a typed query) or any of them (<see cref="Loose"/>).</summary>
    public bool MatchAll { get; }

    /// <summary>Whether there is anything to search.</summary>
    public bool IsEmpty => Phrases.Count == 0;

    /// <summary>Parses the query (at most <see cref="MaxLength"/> characters are read).</summary>
    public static SearchTerms Parse(string? query)
    {
        var text = (query ?? string.Empty).Trim();
        if (text.Length > MaxLength)
        {
            text = text[..MaxLength];
        }

        var terms = new List<string>();
        var phrases = new List<IReadOnlyList<string>>();
        var tooShort = new List<string>();
        foreach (var term in text.Split([' ', '\u3000', '\t'], StringSplitOptions.RemoveEmptyEntries).Distinct())
        {
            var tokens = ChineseBigrams.Tokens(term);
            if (tokens.Count == 0)
            {
                continue;
            }

            if (tokens.Count == 1 && tokens[0].Length == 1 && ChineseBigrams.IsHan(tokens[0]))
            {
                tooShort.Add(term);
                continue;
            }

            terms.Add(term);
            phrases.Add(tokens);
        }

        return new SearchTerms(terms, phrases, tooShort);
    }

    /// <summary>
    /// Terms for "is it already public?": every distinct bigram of a free description (up to <paramref name="maxTokens"/>)
    /// as its own term, any of which may match; ranking puts the entries sharing most of them first.
    /// </summary>
    public static SearchTerms Loose(string? description, int maxTokens = 40)
    {
        var tokens = ChineseBigrams.Tokens(description).Where(t => t.Length > 1).Distinct().Take(maxTokens).ToList();
        return new SearchTerms(tokens, tokens.Select(t => (IReadOnlyList<string>)[t]).ToList(), [], matchAll: false);
    }

    /// <summary>The query in FTS5 syntax: each term a quoted phrase, joined by AND (or OR). Tokens hold no quotes.</summary>
    public string ToFts5() => string.Join(MatchAll ? " AND " : " OR ", Phrases.Select(p => "\"" + string.Join(' ', p) + "\""));

    /// <summary>The query in PostgreSQL <c>to_tsquery('simple', …)</c> syntax: phrases with &lt;-&gt;, joined by &amp;.</summary>
    public string ToTsQuery() => string.Join(MatchAll ? " & " : " | ", Phrases.Select(p => "(" + string.Join(" <-> ", p.Select(t => "'" + t + "'")) + ")"));
}
