using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;

namespace Gongkai.Domain.AnnualReports;

/// <summary>
/// The machine-readable JSON form of a report's data and findings (schema: docs/annual-report-json.md):
/// <c>{"format", "year", "agency": {"code", "name"}, "cells": [...], "findings": [...]}</c>, with each cell exactly
/// <c>{"table", "rowPath", "columnPath", "value"}</c> plus the optional provenance "recordIds" and "source".
/// Chinese is written as is, not as \u escapes.
/// </summary>
public static class AnnualReportJson
{
    /// <summary>The serializer options used for both directions.</summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        NumberHandling = JsonNumberHandling.Strict,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip,
    };

    /// <summary>The JSON of <paramref name="report"/> with <paramref name="findings"/> (an empty list when none).</summary>
    public static string Serialize(AnnualReportData report, IEnumerable<Finding>? findings = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        var document = new AnnualReportDocument(report.Format, report.Year, report.Agency, report.Cells, (findings ?? []).ToArray());
        return JsonSerializer.Serialize(document, Options);
    }

    /// <summary>A report and its findings read from JSON.</summary>
    /// <exception cref="JsonException">The text is not a report document.</exception>
    public static (AnnualReportData Report, IReadOnlyList<Finding> Findings) Deserialize(string json)
    {
        var document = JsonSerializer.Deserialize<AnnualReportDocument>(json, Options)
                       ?? throw new JsonException("JSON 为 null，不是年度报告数据。");
        if (document.Agency is null || document.Cells is null)
        {
            throw new JsonException("年度报告数据缺少 agency 或 cells。");
        }

        var report = new AnnualReportData(document.Format, document.Year, document.Agency, document.Cells);
        return (report, document.Findings ?? []);
    }

    /// <summary>The top-level JSON object.</summary>
    private sealed record AnnualReportDocument(
        [property: JsonPropertyName("format"), JsonPropertyOrder(0)] ReportFormat Format,
        [property: JsonPropertyName("year"), JsonPropertyOrder(1)] int Year,
        [property: JsonPropertyName("agency"), JsonPropertyOrder(2)] ReportingAgency? Agency,
        [property: JsonPropertyName("cells"), JsonPropertyOrder(3)] IReadOnlyList<ReportCell>? Cells,
        [property: JsonPropertyName("findings"), JsonPropertyOrder(4)] IReadOnlyList<Finding>? Findings);
}
