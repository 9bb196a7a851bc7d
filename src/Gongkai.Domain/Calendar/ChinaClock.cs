namespace Gongkai.Domain.Calendar;

/// <summary>
/// "Today in China": the one place that turns an instant into the legal date. Deadlines of the 2019 Regulation
/// (第三十三条 working days, 第四十九条 "每年1月31日前") run on the calendar of China — Asia/Shanghai, UTC+8 all year
/// (China has not observed daylight saving since 1991), so a fixed offset is exact and needs no time-zone database.
/// Instants come from the injected <see cref="TimeProvider"/>; nothing here reads the system clock.
/// </summary>
public static class ChinaClock
{
    /// <summary>China's offset from UTC (China Standard Time, no daylight saving).</summary>
    public static TimeSpan Offset { get; } = TimeSpan.FromHours(8);

    /// <summary>Today's legal date by the clock.</summary>
    public static DateOnly Today(TimeProvider time) => DateOf(time.GetUtcNow());

    /// <summary>The current instant on China's wall clock (offset +08:00).</summary>
    public static DateTimeOffset Now(TimeProvider time) => time.GetUtcNow().ToOffset(Offset);

    /// <summary>The legal date of an instant.</summary>
    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(instant.UtcDateTime + Offset);

    /// <summary>The legal date of a UTC instant (a <see cref="DateTime"/> of unspecified kind is taken as UTC).</summary>
    public static DateOnly DateOf(DateTime utc) => DateOnly.FromDateTime(DateTime.SpecifyKind(utc, DateTimeKind.Utc) + Offset);
}
