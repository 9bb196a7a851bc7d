namespace Gongkai.Domain.AnnualReports;

/// <summary>
/// The report year (报告年度) a 政府信息公开工作年度报告 covers (条例 第四十九条、第五十条: "上一年度"): the calendar year
/// 1 January – 31 December inclusive, counted on legal dates. Legal dates (<see cref="DateOnly"/> on every request
/// event) are already days in Asia/Shanghai, so no time-zone conversion happens here.
/// </summary>
public sealed record ReportingYear
{
    /// <summary>A report year.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Before the first report year (2008) or after 9998.</exception>
    public ReportingYear(int year)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, ReportFormatExtensions.FirstReportYear);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 9998);
        Year = year;
    }

    /// <summary>The calendar year.</summary>
    public int Year { get; }

    /// <summary>1 January.</summary>
    public DateOnly FirstDay => new(Year, 1, 1);

    /// <summary>31 December.</summary>
    public DateOnly LastDay => new(Year, 12, 31);

    /// <summary>Whether <paramref name="day"/> falls within the year.</summary>
    public bool Contains(DateOnly day) => day >= FirstDay && day <= LastDay;
}
