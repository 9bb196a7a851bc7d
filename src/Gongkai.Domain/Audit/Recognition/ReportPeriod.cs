namespace Gongkai.Domain.Audit;

/// <summary>
/// The statistics period of a report (统计期限 / 数据期限), e.g. "统计期限自2017年1月1日至2017年12月31日".
/// When the report does not print one, the calendar year of the report is assumed and <see cref="IsStated"/> is false.
/// </summary>
public sealed record ReportPeriod(DateOnly From, DateOnly To, bool IsStated, TextEvidence? Evidence)
{
    /// <summary>True for 1 January to 31 December of one year.</summary>
    public bool IsCalendarYear => From.Month == 1 && From.Day == 1 && To.Month == 12 && To.Day == 31 && From.Year == To.Year;

    public override string ToString() => $"{From:yyyy-MM-dd}..{To:yyyy-MM-dd}{(IsStated ? string.Empty : " (assumed)")}";
}
