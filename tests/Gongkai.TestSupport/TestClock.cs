using System.Globalization;
using Gongkai.Domain.Calendar;
using Microsoft.Extensions.Time.Testing;

namespace Gongkai.TestSupport;

/// <summary>
/// The one instant the tests live at: 2026-11-23 09:00 in China (01:00 UTC), a Monday. Tests never read the wall
/// clock; the web factories register a <see cref="FakeTimeProvider"/> starting here, and dates a test types into a
/// form are days relative to <see cref="Today"/>.
/// </summary>
public static class TestClock
{
    /// <summary>The start instant (UTC).</summary>
    public static DateTimeOffset Start { get; } = new(2026, 11, 23, 1, 0, 0, TimeSpan.Zero);

    /// <summary>The start instant as a UTC <see cref="DateTime"/> (for <c>RecordedBy</c>).</summary>
    public static DateTime UtcNow => Start.UtcDateTime;

    /// <summary>The legal date of <see cref="Start"/> in China (UTC+8).</summary>
    public static DateOnly Today { get; } = ChinaClock.DateOf(Start);

    /// <summary>A new fake clock at <see cref="Start"/> (advance it only in a test's own factory or scope).</summary>
    public static FakeTimeProvider Create() => new(Start);

    /// <summary>A day relative to <see cref="Today"/> as a form value (yyyy-MM-dd).</summary>
    public static string Day(int offsetDays) =>
        Today.AddDays(offsetDays).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
