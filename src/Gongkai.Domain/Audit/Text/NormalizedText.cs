namespace Gongkai.Domain.Audit;

/// <summary>
/// The result of <see cref="ChineseTextNormalizer.NormalizeWithMap"/>: the canonical text plus, when the
/// normaliser changed lengths (collapsed spaces, expanded ㈠ to "(一)"), the map back to the original indexes.
/// </summary>
public readonly struct NormalizedText
{
    internal NormalizedText(string text, int[]? originalIndexMap, int originalLength)
    {
        Text = text;
        OriginalIndexMap = originalIndexMap;
        OriginalLength = originalLength;
    }

    /// <summary>The canonical text.</summary>
    public string Text { get; }

    /// <summary>For each character of <see cref="Text"/>, the index of the original character it came from; null when identical positions.</summary>
    internal int[]? OriginalIndexMap { get; }

    /// <summary>Length of the original text.</summary>
    public int OriginalLength { get; }

    /// <summary>The index in the original text of the character at <paramref name="index"/> in <see cref="Text"/>.</summary>
    public int ToOriginalIndex(int index)
    {
        if (OriginalIndexMap is null)
        {
            return Math.Clamp(index, 0, OriginalLength);
        }

        if (index >= OriginalIndexMap.Length)
        {
            return OriginalIndexMap.Length == 0 ? 0 : Math.Min(OriginalIndexMap[^1] + 1, OriginalLength);
        }

        return OriginalIndexMap[Math.Max(index, 0)];
    }

    /// <summary>The span of the original text that produced <paramref name="span"/> of <see cref="Text"/>.</summary>
    public TextSpan ToOriginalSpan(TextSpan span)
    {
        if (span.Length <= 0)
        {
            var at = ToOriginalIndex(span.Start);
            return new TextSpan(at, 0);
        }

        var start = ToOriginalIndex(span.Start);
        var last = ToOriginalIndex(span.End - 1);
        return new TextSpan(start, Math.Max(last + 1 - start, 1));
    }
}
