namespace Gongkai.Web.Admin.Catalogue;

/// <summary>The date in China (UTC+8) at the injected clock's now: the day back-office actions are recorded on.</summary>
public static class ChinaClock
{
    /// <summary>Today in China.</summary>
    public static DateOnly Today(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        return DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime.AddHours(8));
    }
}
