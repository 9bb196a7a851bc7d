namespace Gongkai.Web.Admin.Reminders;

/// <summary>Registers the daily reminder digest (only when SMTP is configured, see <see cref="SmtpSettings"/>).</summary>
public static class ReminderServices
{
    /// <summary>Adds the digest query, and the mailer and its daily service when <c>Smtp</c> settings exist.</summary>
    public static IServiceCollection AddReminders(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<DailyDigestQuery>();
        // read (and validated) even without a mail server, so a bad value is reported before anyone relies on it
        services.AddSingleton(DigestSchedule.Read(configuration));
        if (SmtpSettings.Read(configuration) is { } smtp)
        {
            services.AddSingleton(smtp);
            services.AddSingleton<DigestMailer>();
            services.AddSingleton<DailyDigestMailing>();
            services.AddHostedService<DailyDigestService>();
        }

        return services;
    }
}
