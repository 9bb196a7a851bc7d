namespace Gongkai.Domain.AnnualReports.Generation;

/// <summary>
/// One unit of a roll-up: a department or lower government (or the government's own office) with its records.
/// </summary>
/// <param name="Agency">The unit as it is named in the roll-up.</param>
/// <param name="Records">The unit's records (its own subtree, none of another unit's).</param>
public sealed record RollUpUnit(ReportingAgency Agency, ReportRecords Records);
