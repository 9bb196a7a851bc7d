namespace Gongkai.Domain.AnnualReports.Generation;

/// <summary>
/// A government's report aggregating its units (as 西宁 aggregates 四区三县 and its departments), with each unit's own
/// report so a supervisor (政务公开办) sees who contributed what. Every cell of the combined report is the sum of the
/// units' values for it (blank only when blank in every unit).
/// </summary>
public sealed class RolledUpReport
{
    internal RolledUpReport(GeneratedReport combined, IReadOnlyList<GeneratedReport> units)
    {
        Combined = combined;
        Units = units;
    }

    /// <summary>The combined report of the root agency, with its findings.</summary>
    public GeneratedReport Combined { get; }

    /// <summary>Each unit's report, in the order the units were given (cross-year rules are not run on them).</summary>
    public IReadOnlyList<GeneratedReport> Units { get; }

    /// <summary>Each unit's value for <paramref name="cell"/>, in unit order.</summary>
    public IReadOnlyList<UnitContribution> ContributionsTo(CellAddress cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        return Units.Select(u =>
        {
            var c = u.Data.Find(cell);
            return new UnitContribution(u.Data.Agency, c?.Value, c?.RecordIds);
        }).ToArray();
    }
}
