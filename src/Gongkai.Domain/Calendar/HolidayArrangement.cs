namespace Gongkai.Domain.Calendar;

/// <summary>
/// One date of a holiday notice (节假日安排): a day off or a make-up working day, the holiday it belongs to, and the
/// year of the notice that set it (the 2024 notice also sets 2023-12-30/31).
/// </summary>
public sealed record HolidayArrangement(DateOnly Date, CalendarDayKind Kind, string Holiday, int NoticeYear);
