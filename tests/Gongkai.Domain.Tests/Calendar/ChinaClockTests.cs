using Gongkai.Domain.Calendar;
using Microsoft.Extensions.Time.Testing;

namespace Gongkai.Domain.Tests.Calendar;

public sealed class ChinaClockTests
{
    [Theory]
    [InlineData("2024-01-31T15:59:59Z", "2024-01-31")]
    [InlineData("2024-01-31T16:00:00Z", "2024-02-01")]
    [InlineData("2024-12-31T16:30:00Z", "2025-01-01")]
    public void DateOf_UtcInstant_IsTheDayInChina(string instant, string expected)
    {
        var at = DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), ChinaClock.DateOf(at));
        Assert.Equal(ChinaClock.DateOf(at), ChinaClock.DateOf(at.UtcDateTime));
        Assert.Equal(ChinaClock.DateOf(at), ChinaClock.Today(new FakeTimeProvider(at)));
    }

    [Fact]
    public void Now_IsTheSameInstantAtPlusEight()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 1, 0, 0, TimeSpan.Zero));

        var now = ChinaClock.Now(time);

        Assert.Equal((time.GetUtcNow(), TimeSpan.FromHours(8), 9), (now, now.Offset, now.Hour));
    }
}
