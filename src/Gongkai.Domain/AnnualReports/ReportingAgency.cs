using System.Text.Json.Serialization;

namespace Gongkai.Domain.AnnualReports;

/// <summary>The agency (行政机关) a report is for.</summary>
/// <param name="Code">
/// The agency's stable code in Gongkai's agency tree (typically its 统一社会信用代码); for a report read from
/// elsewhere, whatever identifies the publisher, e.g. its site's host name.
/// </param>
/// <param name="Name">The agency's name as printed, e.g. "西宁市人民政府".</param>
public sealed record ReportingAgency(
    [property: JsonPropertyName("code")] string Code,
    [property: JsonPropertyName("name")] string Name);
