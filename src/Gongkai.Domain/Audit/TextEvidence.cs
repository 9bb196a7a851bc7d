namespace Gongkai.Domain.Audit;

/// <summary>Where in a <see cref="ReportText"/> a value was read: the line, the span in its normalised text, and that text.</summary>
public sealed record TextEvidence(int LineNumber, TextSpan Span, string Text)
{
    /// <summary>Evidence for a regex-like match on line <paramref name="line"/>.</summary>
    internal static TextEvidence Of(ReportLine line, int start, int length) =>
        new(line.Number, new TextSpan(start, length), line.Normalized.Substring(start, length));

    public override string ToString() => $"L{LineNumber}: {Text}";
}
