namespace Gongkai.Domain.AnnualReports.Publishing;

/// <summary>Where one unit stands against its annual-report deadline. Persisted as the member name.</summary>
public enum AnnualReportDeadlineStatus
{
    /// <summary>The report year has not ended yet, and nothing is published.</summary>
    NotDue,

    /// <summary>The report year has ended and the deadline has not passed; nothing is published yet.</summary>
    Due,

    /// <summary>Published on or before the deadline.</summary>
    PublishedOnTime,

    /// <summary>Published after the deadline.</summary>
    PublishedLate,

    /// <summary>The deadline has passed and nothing is published.</summary>
    Overdue,
}
