using Gongkai.Domain.AnnualReports;
using Gongkai.Domain.Audit.Claims;

namespace Gongkai.Domain.Audit.Rules;

/// <summary>Everything the auditor's rules look at for one report.</summary>
internal sealed record AuditContext(
    ReportText Text,
    ReportMetadata Metadata,
    ReportFormat Format,
    int Year,
    AnnualReportData Data,
    IReadOnlyList<NarrativeClaim> Claims,
    ReportText? Previous,
    ReportMetadata? PreviousMetadata,
    IReadOnlyDictionary<string, SourceLocation> Doubtful,
    IReadOnlyList<ReportCell>? Subtotals = null);
