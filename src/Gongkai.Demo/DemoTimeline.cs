using Gongkai.Domain.Calendar;
using Gongkai.Domain.Requests;

namespace Gongkai.Demo;

/// <summary>
/// Where the demo sits in time (docs/decisions/0011-demo-relative-to-today.md): everything the demo invents is placed
/// relative to <see cref="Today"/> — the legal date in China of the injected clock — so that a newcomer sees what an
/// office sees on the day they look: a queue with requests due this week, two overdue, last year's annual report
/// published and this year's in draft. The seed years (2011, 2017, 2019) reproduce published reports and stay fixed.
/// The same today always gives the same data.
/// </summary>
public sealed class DemoTimeline
{
    /// <summary>The working day of January on which the demo publishes the previous year's reports (before 31 January, 条例 第四十九条).</summary>
    public const int PublicationWorkingDayOfJanuary = 10;

    /// <summary>A timeline for <paramref name="today"/> counted with <paramref name="clock"/>.</summary>
    public DemoTimeline(DateOnly today, StatutoryClock clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        Today = today;
        Clock = clock;
        PublishedYear = PublicationDay(today.Year - 1) < today ? today.Year - 1 : today.Year - 2;
    }

    /// <summary>Today in China.</summary>
    public DateOnly Today { get; }

    /// <summary>The statutory clock (working days with China's holidays) every demo date is counted with.</summary>
    public StatutoryClock Clock { get; }

    /// <summary>The working-day calendar of <see cref="Clock"/>.</summary>
    public WorkingDayCalendar Calendar => Clock.Calendar;

    /// <summary>
    /// The last report year whose synthetic report is published: last year once its publication day has passed, else
    /// the year before (on 5 January last year's report is still being drafted; its deadline is ahead).
    /// </summary>
    public int PublishedYear { get; }

    /// <summary>The report year in draft: the year after <see cref="PublishedYear"/> (this year, or last year in early January).</summary>
    public int DraftYear => PublishedYear + 1;

    /// <summary>The day the demo publishes the report of <paramref name="reportYear"/>: the 10th working day of the next January.</summary>
    public DateOnly PublicationDay(int reportYear) => Calendar.AddWorkingDays(new DateOnly(reportYear, 12, 31), PublicationWorkingDayOfJanuary);

    /// <summary>The working day <paramref name="count"/> working days before <paramref name="day"/>.</summary>
    public DateOnly WorkingDaysBefore(DateOnly day, int count) => Calendar.SubtractWorkingDays(day, count);

    /// <summary>The demo officer recording something on <paramref name="day"/> (at 10:00 in China).</summary>
    public static RecordedBy OfficerOn(DateOnly day) => new("demo.officer", day.ToDateTime(new TimeOnly(2, 0), DateTimeKind.Utc));
}
