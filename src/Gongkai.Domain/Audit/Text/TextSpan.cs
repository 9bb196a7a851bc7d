namespace Gongkai.Domain.Audit;

/// <summary>A run of characters inside one string: <see cref="Start"/> (0-based) and <see cref="Length"/>.</summary>
public readonly record struct TextSpan(int Start, int Length)
{
    /// <summary>The index just after the span.</summary>
    public int End => Start + Length;

    /// <summary>The spanned characters of <paramref name="text"/>.</summary>
    public string Slice(string text) => text.Substring(Start, Length);
}
