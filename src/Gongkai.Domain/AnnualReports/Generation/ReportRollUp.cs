namespace Gongkai.Domain.AnnualReports.Generation;

/// <summary>
/// 汇总: a government's annual report over its departments and lower governments (条例 第五十条 — 各级人民政府 report on
/// the work of their area), computed from the union of the units' records by <see cref="AnnualReportGenerator"/>, plus
/// each unit's report on its own records.
/// </summary>
public static class ReportRollUp
{
    /// <summary>
    /// The report of <paramref name="root"/> over <paramref name="units"/> (include the root's own office as a unit
    /// when it has records of its own), in <paramref name="format"/> or the year's default.
    /// </summary>
    /// <exception cref="RuleViolationException">Two units share an agency code or the records of an agency.</exception>
    public static RolledUpReport Generate(
        ReportingAgency root, ReportingYear year, IReadOnlyList<RollUpUnit> units, ReportFormat? format = null, AnnualReportData? previousYear = null,
        OpeningCarryOver? opening = null)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(year);
        ArgumentNullException.ThrowIfNull(units);
        var duplicateCode = units.GroupBy(u => u.Agency.Code).FirstOrDefault(g => g.Count() > 1);
        if (duplicateCode is not null)
        {
            throw new RuleViolationException($"汇总单位“{duplicateCode.First().Agency.Name}”（{duplicateCode.Key}）出现了不止一次。", "第五十条");
        }

        var owners = new Dictionary<Guid, RollUpUnit>();
        foreach (var unit in units)
        {
            foreach (var agencyId in unit.Records.AgencyIds)
            {
                if (!owners.TryAdd(agencyId, unit))
                {
                    throw new RuleViolationException(
                        $"同一机关的记录同时计入了“{owners[agencyId].Agency.Name}”和“{unit.Agency.Name}”，汇总会重复计算。", "第五十条");
                }
            }
        }

        var reportFormat = format ?? ReportFormat.DefaultFor(year.Year);
        var unitReports = units.Select(u => AnnualReportGenerator.Generate(u.Agency, year, u.Records, reportFormat)).ToArray();
        var combined = AnnualReportGenerator.Generate(root, year, ReportRecords.Combine(units.Select(u => u.Records)), reportFormat, previousYear, opening);
        return new RolledUpReport(combined, unitReports);
    }
}
