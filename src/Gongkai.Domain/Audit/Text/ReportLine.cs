namespace Gongkai.Domain.Audit;

/// <summary>
/// One line of a report as read: the text as printed (<see cref="Original"/>, kept for evidence) and the
/// canonical form used for matching (<see cref="Normalized"/>, see <see cref="ChineseTextNormalizer"/>).
/// A row of a real table (HTML/DOCX) is also a line: its cells are joined by a tab and <see cref="TableIndex"/>
/// says which <see cref="DocumentTable"/> holds the structured cells.
/// </summary>
public sealed class ReportLine
{
    private readonly int[]? _originalIndex;

    internal ReportLine(int number, SourcePosition source, string original, NormalizedText normalized, int? tableIndex)
    {
        Number = number;
        Source = source;
        Original = original;
        Normalized = normalized.Text;
        _originalIndex = normalized.OriginalIndexMap;
        TableIndex = tableIndex;
    }

    /// <summary>1-based position of the line in <see cref="ReportText.Lines"/>. For plain text it equals <c>Source.Line</c>.</summary>
    public int Number { get; }

    /// <summary>Where the line starts in the source.</summary>
    public SourcePosition Source { get; }

    /// <summary>The text as printed (HTML: whitespace collapsed as a browser shows it).</summary>
    public string Original { get; }

    /// <summary>The canonical text for matching: half-width ASCII, simplified characters, single spaces.</summary>
    public string Normalized { get; }

    /// <summary>Index into <see cref="ReportText.Tables"/> when this line is a row of a real table; otherwise null.</summary>
    public int? TableIndex { get; }

    /// <summary>True when the line has no visible text.</summary>
    public bool IsBlank => Normalized.Length == 0;

    /// <summary>Maps a span of <see cref="Normalized"/> back to the span of <see cref="Original"/> it came from.</summary>
    public TextSpan ToOriginalSpan(TextSpan normalizedSpan) =>
        new NormalizedText(Normalized, _originalIndex, Original.Length).ToOriginalSpan(normalizedSpan);

    public override string ToString() => $"{Number}: {Original}";
}
