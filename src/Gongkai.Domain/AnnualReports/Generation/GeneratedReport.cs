namespace Gongkai.Domain.AnnualReports.Generation;

/// <summary>
/// An annual report computed from records: its data (every cell of the format, computed cells carrying the ids of the
/// records behind them) and what the consistency rules (勾稽关系) and the generator found.
/// </summary>
/// <param name="Data">The report's cells.</param>
/// <param name="Findings">The findings of <see cref="ConsistencyRuleSet"/> and of the generator, in that order.</param>
public sealed record GeneratedReport(AnnualReportData Data, IReadOnlyList<Finding> Findings)
{
    /// <summary>Whether the report may be published: no finding is an <see cref="FindingSeverity.Error"/>.</summary>
    public bool IsPublishable => Findings.All(f => f.Severity != FindingSeverity.Error);
}
