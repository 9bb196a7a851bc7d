namespace Gongkai.Domain.AnnualReports;

/// <summary>The outcome of evaluating a <see cref="CellRelation"/>.</summary>
internal enum RelationStatus
{
    /// <summary>No cell of the relation is filled: nothing to check.</summary>
    NothingFilled,

    /// <summary>A total is blank while another cell is filled: not checked.</summary>
    TotalBlank,

    /// <summary>The relation holds (blank parts read as 0).</summary>
    Holds,

    /// <summary>The relation fails.</summary>
    Broken,
}
