namespace Gongkai.Domain.Audit;

/// <summary>A value read from a report with how sure the reader is and where it was read.</summary>
/// <param name="Value">The value.</param>
/// <param name="Confidence">0–1.</param>
/// <param name="Basis">How it was found, for logs: "title-line", "announcement", "body", "document-title", "place-name", "period", "date-line" …</param>
/// <param name="Evidence">Where it was read; null when derived.</param>
public sealed record MetadataValue<T>(T Value, double Confidence, string Basis, TextEvidence? Evidence);
