using System.Globalization;

namespace Gongkai.Domain.Calendar;

/// <summary>How dates are written in proofs and notices: 2024年10月30日（星期三）.</summary>
public static class ChineseDates
{
    private static readonly string[] Weekdays = ["星期日", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六"];

    /// <summary>"星期三".</summary>
    public static string Weekday(DateOnly date) => Weekdays[(int)date.DayOfWeek];

    /// <summary>"2024年10月30日".</summary>
    public static string Format(DateOnly date) =>
        string.Create(CultureInfo.InvariantCulture, $"{date.Year}年{date.Month}月{date.Day}日");

    /// <summary>"2024年10月30日（星期三）".</summary>
    public static string WithWeekday(DateOnly date) => $"{Format(date)}（{Weekday(date)}）";

    /// <summary>"2024-10-30", whatever the current culture (messages, contracts).</summary>
    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>"10月1日" (the year is implied by the context).</summary>
    public static string MonthDay(DateOnly date) =>
        string.Create(CultureInfo.InvariantCulture, $"{date.Month}月{date.Day}日");
}
