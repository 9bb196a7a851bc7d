using System.Collections.Frozen;

namespace Gongkai.Domain.Calendar;

/// <summary>
/// 工作日: the days on which the statutory periods of the Regulation run (第三十条、第三十二条、第三十三条、第三十四条:
/// "……个工作日"). A day is a working day when it is Monday–Friday and not a holiday of a loaded notice, or when a
/// loaded notice makes it a make-up working day (调休上班日).
/// <para>
/// A date is <em>covered</em> only when every notice that can decide it is loaded: the notice of its own year and,
/// for 25–31 December, also the next year's notice (元旦 arrangements reach back into late December: 2007-12-29,
/// 2018-12-29 and 2023-12-30 were set by the following year's notice). An uncovered date is still answered
/// (Monday–Friday), and <see cref="MissingNoticeYear"/> says which notice was missing, so that every result built
/// on it can say so.
/// </para>
/// </summary>
public sealed class WorkingDayCalendar
{
    private readonly FrozenDictionary<DateOnly, HolidayArrangement> _arrangements;

    private WorkingDayCalendar(IEnumerable<HolidayArrangement> arrangements, IEnumerable<int> noticeYears)
    {
        _arrangements = arrangements.ToFrozenDictionary(a => a.Date);
        NoticeYears = noticeYears.Concat(_arrangements.Values.Select(a => a.NoticeYear)).ToFrozenSet();
    }

    /// <summary>The years whose notice is loaded.</summary>
    public IReadOnlySet<int> NoticeYears { get; }

    /// <summary>All loaded dates, in date order.</summary>
    public IEnumerable<HolidayArrangement> Arrangements => _arrangements.Values.OrderBy(a => a.Date);

    /// <summary>
    /// A calendar of the given notices. <paramref name="noticeYears"/> may name a year whose notice set no date
    /// at all (never the case so far, but a loaded year must not be mistaken for a missing one).
    /// </summary>
    public static WorkingDayCalendar Of(IEnumerable<HolidayArrangement> arrangements, IEnumerable<int>? noticeYears = null)
    {
        var list = arrangements.ToList();
        var duplicate = list.GroupBy(a => a.Date).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new RuleViolationException($"日历中 {ChineseDates.Iso(duplicate.Key)} 出现了不止一次。");
        }

        return new WorkingDayCalendar(list, noticeYears ?? []);
    }

    /// <summary>The official notices 2008–2026 shipped with Gongkai (data file Calendar/Data/cn-holidays.csv).</summary>
    public static WorkingDayCalendar Official { get; } = Of(HolidayArrangementCsv.ReadOfficial());

    /// <summary>Whether the statutory periods run on <paramref name="date"/>.</summary>
    public bool IsWorkingDay(DateOnly date) =>
        _arrangements.TryGetValue(date, out var arrangement)
            ? arrangement.Kind == CalendarDayKind.Workday
            : date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);

    /// <summary>The loaded arrangement of <paramref name="date"/>, if a notice names it.</summary>
    public HolidayArrangement? ArrangementOn(DateOnly date) => _arrangements.GetValueOrDefault(date);

    /// <summary>
    /// The year of a notice that can decide <paramref name="date"/> but is not loaded; null when the date is covered.
    /// </summary>
    public int? MissingNoticeYear(DateOnly date)
    {
        if (!NoticeYears.Contains(date.Year))
        {
            return date.Year;
        }

        var lateDecember = date.Month == 12 && date.Day >= 25;
        return lateDecember && !NoticeYears.Contains(date.Year + 1) ? date.Year + 1 : null;
    }

    /// <summary>
    /// The <paramref name="count"/>-th working day after <paramref name="dayZero"/> (which itself is never counted:
    /// 第三十三条 "自收到申请之日起20个工作日内" is read with the day of receipt as day zero).
    /// </summary>
    public DateOnly AddWorkingDays(DateOnly dayZero, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var day = dayZero;
        while (count > 0)
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day))
            {
                count--;
            }
        }

        return day;
    }

    /// <summary>The working day <paramref name="count"/> working days before <paramref name="day"/> (the inverse of
    /// <see cref="AddWorkingDays"/> on working days: <c>AddWorkingDays(SubtractWorkingDays(d, n), n) == d</c>).</summary>
    public DateOnly SubtractWorkingDays(DateOnly day, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        while (count > 0)
        {
            day = day.AddDays(-1);
            if (IsWorkingDay(day))
            {
                count--;
            }
        }

        return day;
    }

    /// <summary>The number of working days in the span after <paramref name="dayZero"/> up to and including <paramref name="last"/>.</summary>
    public int WorkingDaysAfter(DateOnly dayZero, DateOnly last)
    {
        var count = 0;
        for (var day = dayZero.AddDays(1); day <= last; day = day.AddDays(1))
        {
            if (IsWorkingDay(day))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>This calendar with the notices of <paramref name="imported"/> replacing those of the same years.</summary>
    public WorkingDayCalendar With(IReadOnlyCollection<HolidayArrangement> imported, IEnumerable<int>? importedYears = null)
    {
        var years = imported.Select(a => a.NoticeYear).Concat(importedYears ?? []).ToHashSet();
        var kept = _arrangements.Values.Where(a => !years.Contains(a.NoticeYear));
        return Of(kept.Concat(imported), NoticeYears.Concat(years));
    }
}
