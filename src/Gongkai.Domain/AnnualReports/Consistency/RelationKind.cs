namespace Gongkai.Domain.AnnualReports;

/// <summary>Σ left = Σ right, or Σ left ≤ Σ right.</summary>
internal enum RelationKind
{
    Equal,
    AtMost,
}
