using System.Text.Json.Serialization;

namespace Gongkai.Domain.AnnualReports;

/// <summary>How serious a finding is. Persisted as the member name.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<FindingSeverity>))]
public enum FindingSeverity
{
    /// <summary>The numbers contradict each other or the form; an error blocks publication of a generated report.</summary>
    Error,

    /// <summary>Very likely wrong, but a legitimate explanation exists (a recount, a merger, a different scope).</summary>
    Warning,

    /// <summary>Worth a look: typically a total left blank, so a relation could not be checked.</summary>
    Info,
}
