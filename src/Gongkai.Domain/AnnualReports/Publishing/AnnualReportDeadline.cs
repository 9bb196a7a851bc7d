using Gongkai.Domain.Agencies;
using Gongkai.Domain.Calendar;

namespace Gongkai.Domain.AnnualReports.Publishing;

/// <summary>
/// The last day an agency's annual report for <see cref="ReportYear"/> may be published ("X日前" includes day X), and the
/// rule it comes from (docs/decisions/0004-report-deadlines.md).
/// <list type="bullet">
/// <item>Report years 2019 on — 《中华人民共和国政府信息公开条例》(2019) 第四十九条: 县级以上人民政府部门 by 31 January
/// (submitted to the government's disclosure office and published); 县级以上地方人民政府 (its report published by the
/// disclosure office) by 31 March; 乡镇人民政府 and 街道办事处 are not named — Gongkai uses 31 March.</item>
/// <item>Report years 2008–2018 — 2007 条例 第三十一条: every agency by 31 March (reports for 2018 were due on
/// 2019-03-31, before the 2019 Regulation took effect on 2019-05-15).</item>
/// </list>
/// </summary>
/// <param name="Kind">The kind of agency.</param>
/// <param name="ReportYear">The year the report covers.</param>
/// <param name="Date">The last day of publication, inclusive.</param>
/// <param name="Rule">The rule, in Chinese, e.g. "《政府信息公开条例》第四十九条：县级以上人民政府部门每年1月31日前公布上一年度年度报告".</param>
public sealed record AnnualReportDeadline(AgencyKind Kind, int ReportYear, DateOnly Date, string Rule)
{
    /// <summary>The first report year under the 2019 Regulation's 第四十九条.</summary>
    public const int FirstYearUnder2019Regulation = 2019;

    /// <summary>The deadline of an agency of <paramref name="kind"/> for the report of <paramref name="reportYear"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The year is before 2008, when no annual report existed.</exception>
    public static AnnualReportDeadline For(AgencyKind kind, int reportYear)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(reportYear, ReportFormatExtensions.FirstReportYear);
        var next = reportYear + 1;
        if (reportYear < FirstYearUnder2019Regulation)
        {
            return new(kind, reportYear, new DateOnly(next, 3, 31), "2007年《政府信息公开条例》第三十一条：各级行政机关每年3月31日前公布本行政机关的政府信息公开工作年度报告");
        }

        return kind switch
        {
            AgencyKind.Department => new(kind, reportYear, new DateOnly(next, 1, 31),
                "《政府信息公开条例》第四十九条：县级以上人民政府部门每年1月31日前向本级政府信息公开工作主管部门提交并向社会公布上一年度年度报告"),
            AgencyKind.Government => new(kind, reportYear, new DateOnly(next, 3, 31),
                "《政府信息公开条例》第四十九条：县级以上地方人民政府每年3月31日前向社会公布本级政府上一年度年度报告"),
            AgencyKind.Township => new(kind, reportYear, new DateOnly(next, 3, 31),
                "《政府信息公开条例》第四十九条未规定乡镇、街道的期限；按本级人民政府的期限，每年3月31日前公布（见决定0004，地方另有规定的从其规定）"),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
        };
    }

    /// <summary>The article the deadline rests on: "第四十九条", or "第三十一条（2007）" before report year 2019.</summary>
    public string Article => ReportYear < FirstYearUnder2019Regulation ? "第三十一条（2007）" : "第四十九条";

    /// <summary>
    /// This deadline replaced by an earlier or later one set by a local rule (e.g. a county asking townships for their
    /// reports by 2月20日), with the rule's name.
    /// </summary>
    public AnnualReportDeadline WithLocalRule(DateOnly date, string rule)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(rule);
        if (date.Year <= ReportYear)
        {
            throw new RuleViolationException($"{ReportYear}年度报告的期限不能早于{ReportYear + 1}年。");
        }

        return this with { Date = date, Rule = rule.Trim() };
    }

    /// <summary>
    /// Where the unit stands on <paramref name="today"/> (a day in China), given the day its report was first
    /// published (<paramref name="publishedOn"/>, null when it is not published).
    /// </summary>
    public AnnualReportDeadlineStatus StatusOn(DateOnly today, DateOnly? publishedOn)
    {
        if (publishedOn is { } published)
        {
            return published <= Date ? AnnualReportDeadlineStatus.PublishedOnTime : AnnualReportDeadlineStatus.PublishedLate;
        }

        if (today.Year <= ReportYear)
        {
            return AnnualReportDeadlineStatus.NotDue;
        }

        return today <= Date ? AnnualReportDeadlineStatus.Due : AnnualReportDeadlineStatus.Overdue;
    }

    /// <summary>
    /// The status on <paramref name="today"/> given the unit's published versions of this report (any order, possibly
    /// none): the first publication counts; a later correction does not make a report late.
    /// </summary>
    public AnnualReportDeadlineStatus StatusOn(DateOnly today, IEnumerable<AnnualReportVersion> versions)
    {
        ArgumentNullException.ThrowIfNull(versions);
        var first = versions.Where(v => v.Year == ReportYear).OrderBy(v => v.VersionNumber).FirstOrDefault();
        return StatusOn(today, first?.PublishedOn);
    }

    /// <summary>"2026年1月31日", for messages.</summary>
    public string DateText => ChineseDates.Format(Date);
}
