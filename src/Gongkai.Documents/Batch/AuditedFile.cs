using Gongkai.Domain.Audit;

namespace Gongkai.Documents.Batch;

/// <summary>One report file audited: its name (as given), what reading it came to, and the audit.</summary>
/// <param name="Name">The file's name or path as the user gave it.</param>
/// <param name="Reading">What came of reading the file (read, not a report, empty, unreadable, tool missing).</param>
/// <param name="Report">The audit.</param>
public sealed record AuditedFile(string Name, ReportReadStatus Reading, AuditReport Report)
{
    /// <summary>True when the file was read (whether or not it turned out to be a report).</summary>
    public bool WasRead => Reading is ReportReadStatus.Read or ReportReadStatus.NotAReport;
}
