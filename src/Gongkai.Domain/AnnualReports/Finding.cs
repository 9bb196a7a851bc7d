using System.Text.Json.Serialization;

namespace Gongkai.Domain.AnnualReports;

/// <summary>
/// 问题 — something a consistency rule (勾稽关系) found in a report: which rule, how serious, a Chinese message for the
/// officer or evaluator, and the cells it rests on.
/// </summary>
public sealed record Finding
{
    /// <summary>A finding.</summary>
    [JsonConstructor]
    public Finding(string ruleId, FindingSeverity severity, string message, IReadOnlyList<FindingEvidence> evidence)
    {
        RuleId = ruleId;
        Severity = severity;
        Message = message;
        Evidence = Array.AsReadOnly(evidence.ToArray());
    }

    /// <summary>The <see cref="IConsistencyRule.Id"/> of the rule.</summary>
    [JsonPropertyName("ruleId"), JsonPropertyOrder(0)]
    public string RuleId { get; }

    /// <summary>How serious it is.</summary>
    [JsonPropertyName("severity"), JsonPropertyOrder(1)]
    public FindingSeverity Severity { get; }

    /// <summary>What is wrong, in Chinese, naming the cells and the numbers.</summary>
    [JsonPropertyName("message"), JsonPropertyOrder(2)]
    public string Message { get; }

    /// <summary>The cells involved, as the report has them.</summary>
    [JsonPropertyName("evidence"), JsonPropertyOrder(3)]
    public IReadOnlyList<FindingEvidence> Evidence { get; }

    /// <summary>Whether <paramref name="address"/> is among the evidence.</summary>
    public bool Cites(CellAddress address) => Evidence.Any(e => e.Address.Equals(address));

    /// <inheritdoc/>
    public override string ToString() => $"[{Severity}] {RuleId}: {Message}";
}
