using System.Text.Json;

namespace Gongkai.Domain.AnnualReports.Publishing;

/// <summary>The stored JSON of a list of findings (the same shape as "findings" in docs/annual-report-json.md).</summary>
internal static class FindingListJson
{
    public static string Serialize(IEnumerable<Finding> findings) =>
        JsonSerializer.Serialize(findings.ToArray(), AnnualReportJson.Options);

    public static IReadOnlyList<Finding> Deserialize(string? json) =>
        string.IsNullOrEmpty(json) ? [] : JsonSerializer.Deserialize<Finding[]>(json, AnnualReportJson.Options) ?? [];
}
