using Gongkai.Domain.Agencies;
using Gongkai.Domain.AnnualReports;
using Gongkai.Domain.AnnualReports.Publishing;

namespace Gongkai.Web.Reports;

/// <summary>
/// Where one agency's annual report for one year stands: its draft (if started), its published versions, and its
/// deadline (条例 第四十九条: departments by 31 January, governments by 31 March; decision 0004).
/// </summary>
public sealed class ReportStanding
{
    private ReportStanding(Agency agency, int year, AnnualReportDraft? draft, IReadOnlyList<AnnualReportVersion> versions, DateOnly today)
    {
        Agency = agency;
        Year = year;
        Draft = draft;
        Versions = versions;
        Today = today;
        Deadline = AnnualReportDeadline.For(agency.Kind, year);
        DeadlineStatus = Deadline.StatusOn(today, versions);
        ErrorCount = draft?.State is AnnualReportState.Checked or AnnualReportState.Approved
            ? draft.Findings.Count(f => f.Severity == FindingSeverity.Error)
            : 0;
    }

    /// <summary>The agency.</summary>
    public Agency Agency { get; }

    /// <summary>The report year.</summary>
    public int Year { get; }

    /// <summary>The draft; null when not started.</summary>
    public AnnualReportDraft? Draft { get; }

    /// <summary>The published versions, oldest first.</summary>
    public IReadOnlyList<AnnualReportVersion> Versions { get; }

    /// <summary>The latest published version, or null.</summary>
    public AnnualReportVersion? Latest => Versions.Count > 0 ? Versions[^1] : null;

    /// <summary>Today in China.</summary>
    public DateOnly Today { get; }

    /// <summary>The statutory deadline.</summary>
    public AnnualReportDeadline Deadline { get; }

    /// <summary>Where the agency stands against it.</summary>
    public AnnualReportDeadlineStatus DeadlineStatus { get; }

    /// <summary>The Error findings of the last check (0 when not checked).</summary>
    public int ErrorCount { get; }

    /// <summary>Days from today to the deadline (negative when past).</summary>
    public int DaysLeft => Deadline.Date.DayNumber - Today.DayNumber;

    /// <summary>Whether the deadline has passed without a publication.</summary>
    public bool IsOverdue => DeadlineStatus == AnnualReportDeadlineStatus.Overdue;

    /// <summary>The state, in Chinese: 未开始 / 草稿 / 未通过校验（N项错误） / 待批准 / 已批准，待发布 / 已发布 第N版.</summary>
    public string StateLabel => Draft?.State switch
    {
        null => Latest is { } v ? $"已发布 第{v.VersionNumber}版" : "未开始",
        AnnualReportState.Draft => Latest is { } v ? $"已发布 第{v.VersionNumber}版，更正草稿中" : "草稿",
        AnnualReportState.Checked => ErrorCount > 0 ? $"未通过校验（{ErrorCount}项错误）" : "待批准",
        AnnualReportState.Approved => "已批准，待发布",
        _ => $"已发布 第{Latest?.VersionNumber ?? Draft.PublishedVersionNumber}版",
    };

    /// <summary>The deadline status in Chinese, with the days left or overdue.</summary>
    public string DeadlineLabel => DeadlineStatus switch
    {
        AnnualReportDeadlineStatus.NotDue => $"年度未结束（期限 {Deadline.DateText}）",
        AnnualReportDeadlineStatus.Due => $"距期限还有{DaysLeft}天",
        AnnualReportDeadlineStatus.PublishedOnTime => "按期发布",
        AnnualReportDeadlineStatus.PublishedLate => "逾期发布",
        _ => $"已逾期{-DaysLeft}天",
    };

    /// <summary>The CSS badge of the deadline status (admin.css: ok / due-soon / overdue).</summary>
    public string Badge => DeadlineStatus switch
    {
        AnnualReportDeadlineStatus.Overdue or AnnualReportDeadlineStatus.PublishedLate => "overdue",
        AnnualReportDeadlineStatus.Due when DaysLeft <= 10 => "due-soon",
        _ => "ok",
    };

    /// <summary>The standing from what is stored.</summary>
    public static ReportStanding Of(Agency agency, int year, AnnualReportDraft? draft, IReadOnlyList<AnnualReportVersion> versions, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(agency);
        ArgumentNullException.ThrowIfNull(versions);
        return new ReportStanding(agency, year, draft, versions, today);
    }
}
