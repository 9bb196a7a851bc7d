using System.Text.Json.Serialization;

namespace Gongkai.Domain.AnnualReports;

/// <summary>
/// Where a value was read in a published report, for the auditor: the 1-based line, the 0-based character offset from
/// the start of the decoded source (UTF-16 code units, as .NET strings count; for DOCX/PDF, of the extracted text),
/// the 1-based page for paged sources, and the text exactly as written there — "2.46万件", "9616余条", "-8",
/// "全部按时办结", or an empty string for a cell left blank.
/// </summary>
public sealed record SourceLocation
{
    /// <summary>A location.</summary>
    /// <param name="line">1-based line number in the source document.</param>
    /// <param name="offset">0-based character offset of <paramref name="text"/> from the start of the document.</param>
    /// <param name="text">The text exactly as written.</param>
    /// <param name="page">1-based page for paged sources (PDF); 0 when the source has no pages.</param>
    [JsonConstructor]
    public SourceLocation(int line, int offset, string text, int page = 0)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(line, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfNegative(page);
        ArgumentNullException.ThrowIfNull(text);
        Line = line;
        Offset = offset;
        Text = text;
        Page = page;
    }

    /// <summary>1-based line number.</summary>
    [JsonPropertyName("line"), JsonPropertyOrder(0)]
    public int Line { get; }

    /// <summary>0-based character offset from the start of the document.</summary>
    [JsonPropertyName("offset"), JsonPropertyOrder(1)]
    public int Offset { get; }

    /// <summary>The text exactly as written.</summary>
    [JsonPropertyName("text"), JsonPropertyOrder(2)]
    public string Text { get; }

    /// <summary>1-based page of a paged source; 0 (and omitted from JSON) when the source has no pages.</summary>
    [JsonPropertyName("page"), JsonPropertyOrder(3), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public int Page { get; }
}
