using System.Text.Json;
using System.Text.Json.Serialization;

namespace Gongkai.Domain.AnnualReports.Publishing;

/// <summary>The stored JSON of the printed text of a report's parts: <c>[{"heading", "text"}, …]</c>.</summary>
internal static class SectionTextJson
{
    public static string Serialize(IEnumerable<SectionText> sections) =>
        JsonSerializer.Serialize(sections.Select(s => new Entry(s.Section.Heading, s.Text)).ToArray(), AnnualReportJson.Options);

    public static IReadOnlyList<SectionText> Deserialize(string json, ReportLayout layout)
    {
        var stored = JsonSerializer.Deserialize<Entry[]>(json, AnnualReportJson.Options) ?? [];
        return stored
            .Select(s => new SectionText(
                layout.Sections.FirstOrDefault(l => LabelKey.Of(l.Heading) == LabelKey.Of(s.Heading)) ?? new ReportSection(s.Heading),
                s.Text))
            .ToArray();
    }

    private sealed record Entry(
        [property: JsonPropertyName("heading")] string Heading,
        [property: JsonPropertyName("text")] string Text);
}
