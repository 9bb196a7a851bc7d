namespace Gongkai.Domain.AnnualReports;

/// <summary>
/// A linear relation over cells with the blank semantics of <see cref="IConsistencyRule"/>: blank parts count as 0,
/// a blank total suspends the check (and is reported as Info), an all-blank relation is silent.
/// </summary>
internal sealed class CellRelation(IReadOnlyList<RelationTerm> left, RelationKind kind, IReadOnlyList<RelationTerm> right)
{
    public IReadOnlyList<RelationTerm> Left { get; } = left;

    public IReadOnlyList<RelationTerm> Right { get; } = right;

    public RelationKind Kind { get; } = kind;

    public IEnumerable<RelationTerm> Terms => Left.Concat(Right);

    public decimal LeftSum => Left.Sum(t => t.Cell.Value ?? 0);

    public decimal RightSum => Right.Sum(t => t.Cell.Value ?? 0);

    public IReadOnlyList<RelationTerm> BlankTotals => Terms.Where(t => t.IsTotal && t.Cell.IsBlank).ToArray();

    public RelationStatus Status
    {
        get
        {
            if (Terms.All(t => t.Cell.IsBlank))
            {
                return RelationStatus.NothingFilled;
            }

            if (BlankTotals.Count > 0)
            {
                return RelationStatus.TotalBlank;
            }

            var holds = Kind == RelationKind.Equal ? LeftSum == RightSum : LeftSum <= RightSum;
            return holds ? RelationStatus.Holds : RelationStatus.Broken;
        }
    }

    public IReadOnlyList<FindingEvidence> Evidence =>
        Terms.Select(t => FindingEvidence.Of(t.Report.Year, t.Cell)).ToArray();

    /// <summary>
    /// The findings of this relation for <paramref name="rule"/>: none when it holds or nothing is filled; one Info
    /// when a total is blank; otherwise one finding of <paramref name="severity"/> with <paramref name="brokenMessage"/>.
    /// </summary>
    public IEnumerable<Finding> Findings(IConsistencyRule rule, Func<CellRelation, string> brokenMessage, FindingSeverity? severity = null)
    {
        switch (Status)
        {
            case RelationStatus.TotalBlank:
                var blanks = string.Join("、", BlankTotals.Select(t => (t.Report.Year == Terms.First().Report.Year ? string.Empty : $"{t.Report.Year}年") + t.Address.Describe()));
                yield return new Finding(rule.Id, FindingSeverity.Info,
                    $"{blanks}未填写，而同一勾稽关系中的其他单元格已填写；空白不按0核对（{rule.Title}），请补填后再核。",
                    Evidence);
                break;
            case RelationStatus.Broken:
                yield return new Finding(rule.Id, severity ?? rule.Severity, brokenMessage(this), Evidence);
                break;
        }
    }

    /// <summary>Terms of <paramref name="report"/> at the given addresses.</summary>
    public static IReadOnlyList<RelationTerm> Of(AnnualReportData report, IEnumerable<CellAddress> addresses, bool isTotal = false) =>
        addresses.Select(a => new RelationTerm(report, a, isTotal)).ToArray();

    /// <summary>Σ parts = total, where <paramref name="total"/> is the derived cell.</summary>
    public static CellRelation TotalOf(AnnualReportData report, CellAddress total, IEnumerable<CellAddress> parts) =>
        new([new RelationTerm(report, total, IsTotal: true)], RelationKind.Equal, Of(report, parts));

    /// <summary>Σ parts ≤ total, where <paramref name="total"/> is the containing cell.</summary>
    public static CellRelation WithinTotal(AnnualReportData report, IEnumerable<CellAddress> parts, CellAddress total) =>
        new(Of(report, parts), RelationKind.AtMost, [new RelationTerm(report, total, IsTotal: true)]);
}
