namespace Gongkai.Domain.AnnualReports.Generation;

/// <summary>What one unit contributes to one cell of a rolled-up report.</summary>
/// <param name="Unit">The unit.</param>
/// <param name="Value">The unit's value for the cell; null when blank in the unit's report.</param>
/// <param name="RecordIds">The records behind the unit's value, when computed.</param>
public sealed record UnitContribution(ReportingAgency Unit, decimal? Value, IReadOnlyList<string>? RecordIds);
