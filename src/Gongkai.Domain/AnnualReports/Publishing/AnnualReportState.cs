namespace Gongkai.Domain.AnnualReports.Publishing;

/// <summary>Where a report draft stands on its way to publication. Persisted as the member name.</summary>
public enum AnnualReportState
{
    /// <summary>Being written; not checked since the last change.</summary>
    Draft,

    /// <summary>Checked: the consistency rules ran on the current data and text, and the findings are recorded.</summary>
    Checked,

    /// <summary>Approved for publication after a check without any error.</summary>
    Approved,

    /// <summary>Published: the version is frozen; a further change starts the next version (更正).</summary>
    Published,
}
