using System.Text.Json.Serialization;

namespace Gongkai.Domain.AnnualReports;

/// <summary>
/// How sure the auditor is that a value read from a published report stands at the address it was given. Only
/// <see cref="Read"/> is certain: a finding resting on anything else is never an error, only a warning that names
/// the doubt and where to look (docs/report-auditor.md, "Reading certainty"). Persisted and written to JSON as the
/// member name in kebab case ("read", "ambiguous", "inferred", "ocr", "loose-label").
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<ReadingCertainty>))]
public enum ReadingCertainty
{
    /// <summary>Read unambiguously: printed as its own cell or token, at a label that names exactly one address.</summary>
    [JsonStringEnumMemberName("read")]
    Read,

    /// <summary>
    /// Placed ambiguously: the value was printed, but more than one placement fits what was printed (a flattened row
    /// with fewer values than columns, a multi-column row with values missing). The address is a guess.
    /// </summary>
    [JsonStringEnumMemberName("ambiguous")]
    Ambiguous,

    /// <summary>
    /// Inferred: not printed as a value of its own but derived — a digit run split only because the table's own sums
    /// (or the next row's number) leave exactly one way to split it.
    /// </summary>
    [JsonStringEnumMemberName("inferred")]
    Inferred,

    /// <summary>Read by OCR from a page without a text layer; <see cref="SourceLocation.OcrConfidence"/> says how sure the engine was.</summary>
    [JsonStringEnumMemberName("ocr")]
    Ocr,

    /// <summary>The label it stands at matched an official label only loosely (a different wording, a typo beyond tolerance).</summary>
    [JsonStringEnumMemberName("loose-label")]
    LooseLabel,
}
