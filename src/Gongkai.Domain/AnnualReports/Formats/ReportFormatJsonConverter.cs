using System.Text.Json;
using System.Text.Json.Serialization;

namespace Gongkai.Domain.AnnualReports;

/// <summary>
/// Writes a <see cref="ReportFormat"/> as its contract name ("2021"), the spelling shared by the report JSON and the
/// audit JSON; reads that name and the member name ("Format2021") that report JSON carried before 2026-12, so a
/// document written then still reads. Anything else is a <see cref="JsonException"/> naming the value.
/// </summary>
public sealed class ReportFormatJsonConverter : JsonConverter<ReportFormat>
{
    /// <inheritdoc />
    public override ReportFormat Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.TokenType switch
        {
            JsonTokenType.String => reader.GetString(),
            JsonTokenType.Number when reader.TryGetInt32(out var year) => year.ToString(System.Globalization.CultureInfo.InvariantCulture),
            _ => null,
        };
        return ReportFormat.TryParseName(text, out var format)
            ? format
            : throw new JsonException($"报告格式“{text}”无法识别：应为 2008、2014、2019 或 2021。");
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, ReportFormat value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.Name);
}
