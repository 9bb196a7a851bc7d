namespace Gongkai.Domain.Calendar;

/// <summary>
/// A loaded State Council holiday notice (国务院办公厅关于某年部分节假日安排的通知): which year it covers, where its
/// dates came from, and when they were loaded. A year without a notice here is "not loaded" and every result that
/// uses its dates says so.
/// </summary>
public sealed record HolidayNotice(int Year, string Source, DateTime ImportedAtUtc);
