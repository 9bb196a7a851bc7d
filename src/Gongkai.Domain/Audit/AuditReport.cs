using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using Gongkai.Domain.AnnualReports;
using Gongkai.Domain.Audit.Claims;

namespace Gongkai.Domain.Audit;

/// <summary>
/// What the auditor found in one published report: who published it, for which year, in which format and how sure
/// the reader is, every table cell read (the generator's cell model, with where each was read), the figures stated
/// in the narrative, and the findings. JSON (<see cref="ToJson"/>): exactly
/// {"file","agency","year","format","reading","confidence","cells":[…],"claims":[…],"findings":[…]}.
/// <para>
/// <see cref="Reading"/> says whether the file could be read at all: a file that could not be read
/// (<see cref="ReportReadStatus.Unreadable"/>, <see cref="ReportReadStatus.Empty"/>, <see cref="ReportReadStatus.ToolMissing"/>)
/// was not checked — its one finding explains why, as a warning, never as an error of the report.
/// </para>
/// </summary>
public sealed class AuditReport
{
    /// <summary>A report.</summary>
    public AuditReport(string file, string? agency, int? year, ReportFormat? format, double confidence,
        IReadOnlyList<ReportCell> cells, IReadOnlyList<NarrativeClaim> claims, IReadOnlyList<Finding> findings,
        ReportReadStatus reading = ReportReadStatus.Read)
    {
        Reading = reading;
        File = file;
        Agency = agency;
        Year = year;
        FormatValue = format;
        Confidence = confidence;
        Cells = cells;
        Claims = claims;
        Findings = findings;
    }

    /// <summary>The serializer options of <see cref="ToJson"/> (camel case, Chinese unescaped, indented).</summary>
    public static JsonSerializerOptions JsonOptions { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    /// <summary>The file (or source name) audited.</summary>
    [JsonPropertyName("file"), JsonPropertyOrder(0)]
    public string File { get; }

    /// <summary>The publishing agency read from the report, or null.</summary>
    [JsonPropertyName("agency"), JsonPropertyOrder(1)]
    public string? Agency { get; }

    /// <summary>The report year, or null.</summary>
    [JsonPropertyName("year"), JsonPropertyOrder(2)]
    public int? Year { get; }

    /// <summary>The format: "2008", "2014", "2019", "2021" or "unknown".</summary>
    [JsonPropertyName("format"), JsonPropertyOrder(3)]
    public string Format => ReportFormatGuess.NameOf(FormatValue);

    /// <summary>The format as a value; null when unknown.</summary>
    [JsonIgnore]
    public ReportFormat? FormatValue { get; }

    /// <summary>What came of reading the file: "read", "not-a-report", "empty", "unreadable" or "tool-missing".</summary>
    [JsonPropertyName("reading"), JsonPropertyOrder(4)]
    public ReportReadStatus Reading { get; }

    /// <summary>True when the file was read (whether or not it turned out to be a report); false when it was not checked.</summary>
    [JsonIgnore]
    public bool WasRead => Reading is ReportReadStatus.Read or ReportReadStatus.NotAReport;

    /// <summary>How sure the reader is of the format (0–1).</summary>
    [JsonPropertyName("confidence"), JsonPropertyOrder(5)]
    public double Confidence { get; }

    /// <summary>The cells read: table cells, and for 2008/2014 the 正文 figures.</summary>
    [JsonPropertyName("cells"), JsonPropertyOrder(6)]
    public IReadOnlyList<ReportCell> Cells { get; }

    /// <summary>The figures stated in the narrative.</summary>
    [JsonPropertyName("claims"), JsonPropertyOrder(7)]
    public IReadOnlyList<NarrativeClaim> Claims { get; }

    /// <summary>The findings, shared rules first, then the auditor's own.</summary>
    [JsonPropertyName("findings"), JsonPropertyOrder(8)]
    public IReadOnlyList<Finding> Findings { get; }

    /// <summary>How many findings have <paramref name="severity"/>.</summary>
    public int Count(FindingSeverity severity) => Findings.Count(f => f.Severity == severity);

    /// <summary>The JSON form.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, JsonOptions);
}
