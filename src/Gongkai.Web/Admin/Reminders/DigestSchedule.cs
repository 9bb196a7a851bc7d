using System.Globalization;
using Gongkai.Domain.Calendar;

namespace Gongkai.Web.Admin.Reminders;

/// <summary>
/// When the daily digest mail goes out: a time of day on China's wall clock (<see cref="ChinaClock"/>), from
/// <c>Smtp:DigestTime</c> ("HH:mm", e.g. "07:45"), else the older whole-hour <c>Smtp:DigestHour</c> (0–23), else 08:00.
/// Read once at start-up: a malformed value stops the node with a message naming the setting, rather than mailing at an
/// hour nobody chose.
/// </summary>
public sealed record DigestSchedule(TimeOnly At)
{
    /// <summary>The time used when neither setting is given.</summary>
    public static TimeOnly DefaultTime { get; } = new(8, 0);

    /// <summary>The configured schedule.</summary>
    /// <exception cref="InvalidOperationException">A value that is not a time of day "HH:mm", or an hour outside 0–23.</exception>
    public static DigestSchedule Read(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection("Smtp");
        var time = section["DigestTime"];
        if (!string.IsNullOrWhiteSpace(time))
        {
            if (!TimeOnly.TryParseExact(time.Trim(), ["HH:mm", "H:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var at))
            {
                throw new InvalidOperationException(
                    $"Smtp:DigestTime must be a time of day \"HH:mm\" on China's clock (UTC+8), for example \"08:00\" or \"17:30\"; it is \"{time}\".");
            }

            return new DigestSchedule(at);
        }

        var hour = section["DigestHour"];
        if (!string.IsNullOrWhiteSpace(hour))
        {
            if (!int.TryParse(hour.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var h) || h > 23)
            {
                throw new InvalidOperationException(
                    $"Smtp:DigestHour must be a whole hour from 0 to 23 on China's clock (UTC+8), or use Smtp:DigestTime \"HH:mm\"; it is \"{hour}\".");
            }

            return new DigestSchedule(new TimeOnly(h, 0));
        }

        return new DigestSchedule(DefaultTime);
    }

    /// <summary>The first run strictly after <paramref name="now"/>, as an instant on China's wall clock.</summary>
    public DateTimeOffset NextAfter(DateTimeOffset now)
    {
        var china = now.ToOffset(ChinaClock.Offset);
        var next = new DateTimeOffset(china.Date.Add(At.ToTimeSpan()), ChinaClock.Offset);
        return next <= china ? next.AddDays(1) : next;
    }
}
