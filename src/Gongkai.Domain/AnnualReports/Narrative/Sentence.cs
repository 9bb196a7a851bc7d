namespace Gongkai.Domain.AnnualReports.Narrative;

/// <summary>
/// One drafted sentence: clauses joined by "，", ended by "。". A sentence without clauses writes nothing, so a
/// sentence whose figures are all blank disappears.
/// </summary>
internal sealed class Sentence
{
    private readonly List<string> _clauses = [];

    /// <summary>Whether no clause was added.</summary>
    public bool IsEmpty => _clauses.Count == 0;

    /// <summary>Adds a clause when it is not empty.</summary>
    public Sentence Add(string? clause)
    {
        if (!string.IsNullOrEmpty(clause))
        {
            _clauses.Add(clause);
        }

        return this;
    }

    /// <summary>The sentence, or an empty string when it has no clause.</summary>
    public override string ToString() => IsEmpty ? string.Empty : string.Join('，', _clauses) + "。";

    /// <summary>
    /// A clause "{label}{n}{unit}" for a figure that is not blank; null for a blank figure (never stated).
    /// </summary>
    public static string? Figure(string label, decimal? value, string unit) =>
        value is { } v ? $"{label}{NarrativeNumber.Of(v)}{unit}" : null;

    /// <summary>
    /// A lead figure followed by its parts: "{lead}，其中{part}、{part}" — the parts joined by
    /// <paramref name="separator"/>; without a lead, the parts alone without "其中". Blank figures are left out.
    /// </summary>
    public static string Breakdown(string? lead, IEnumerable<string?> parts, string separator = "、")
    {
        var stated = parts.Where(p => !string.IsNullOrEmpty(p)).ToArray();
        if (stated.Length == 0)
        {
            return lead ?? string.Empty;
        }

        var joined = string.Join(separator, stated);
        return lead is null ? joined : $"{lead}，其中{joined}";
    }

    /// <summary>The sum of <paramref name="values"/>; blank when any of them is blank or there are none.</summary>
    public static decimal? SumOrBlank(IEnumerable<decimal?> values)
    {
        decimal sum = 0;
        var any = false;
        foreach (var value in values)
        {
            if (value is not { } v)
            {
                return null;
            }

            sum += v;
            any = true;
        }

        return any ? sum : null;
    }
}
