using Gongkai.Web.Admin.Reminders;
using Microsoft.Extensions.Configuration;

namespace Gongkai.Web.Tests.Admin.Reminders;

public sealed class DigestScheduleTests
{
    private static DigestSchedule Read(params (string Key, string Value)[] settings) =>
        DigestSchedule.Read(new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)))
            .Build());

    [Fact]
    public void Read_NothingSet_IsEightOClock()
    {
        Assert.Equal(new TimeOnly(8, 0), Read().At);
    }

    [Fact]
    public void Read_DigestTime_IsThatMinute()
    {
        Assert.Equal(new TimeOnly(17, 35), Read(("Smtp:DigestTime", "17:35")).At);
    }

    [Fact]
    public void Read_DigestTimeBesideDigestHour_DigestTimeWins()
    {
        Assert.Equal(new TimeOnly(6, 5), Read(("Smtp:DigestTime", "6:05"), ("Smtp:DigestHour", "9")).At);
    }

    [Fact]
    public void Read_OnlyDigestHour_IsThatWholeHour()
    {
        Assert.Equal(new TimeOnly(9, 0), Read(("Smtp:DigestHour", "9")).At);
    }

    [Theory]
    [InlineData("25:00")]
    [InlineData("8")]
    [InlineData("08:00:30")]
    [InlineData("早上八点")]
    public void Read_MalformedDigestTime_ThrowsNamingTheSetting(string value)
    {
        var e = Assert.Throws<InvalidOperationException>(() => Read(("Smtp:DigestTime", value)));

        Assert.Contains("Smtp:DigestTime", e.Message, StringComparison.Ordinal);
        Assert.Contains(value, e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("24")]
    [InlineData("-1")]
    [InlineData("eight")]
    public void Read_DigestHourOutOfRange_ThrowsNamingTheSetting(string value)
    {
        var e = Assert.Throws<InvalidOperationException>(() => Read(("Smtp:DigestHour", value)));

        Assert.Contains("Smtp:DigestHour", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NextAfter_BeforeTheTimeToday_IsTodayChinaTime()
    {
        var schedule = new DigestSchedule(new TimeOnly(8, 30));

        // 00:10 UTC is 08:10 in China
        var next = schedule.NextAfter(new DateTimeOffset(2026, 12, 5, 0, 10, 0, TimeSpan.Zero));

        Assert.Equal(new DateTimeOffset(2026, 12, 5, 8, 30, 0, TimeSpan.FromHours(8)), next);
    }

    [Fact]
    public void NextAfter_AfterTheTimeToday_IsTomorrow()
    {
        var schedule = new DigestSchedule(new TimeOnly(8, 30));

        var next = schedule.NextAfter(new DateTimeOffset(2026, 12, 5, 8, 30, 0, TimeSpan.FromHours(8)));

        Assert.Equal(new DateTimeOffset(2026, 12, 6, 8, 30, 0, TimeSpan.FromHours(8)), next);
    }

    [Fact]
    public void NextAfter_ChinaDateAheadOfUtcDate_UsesTheChinaDate()
    {
        var schedule = new DigestSchedule(new TimeOnly(2, 30));

        // 2026-12-05 17:00 UTC is 2026-12-06 01:00 in China: the run is 02:30 on the 6th, China time
        var next = schedule.NextAfter(new DateTimeOffset(2026, 12, 5, 17, 0, 0, TimeSpan.Zero));

        Assert.Equal(new DateTimeOffset(2026, 12, 6, 2, 30, 0, TimeSpan.FromHours(8)), next);
    }
}
