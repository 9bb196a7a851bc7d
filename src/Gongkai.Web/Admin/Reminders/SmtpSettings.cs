namespace Gongkai.Web.Admin.Reminders;

/// <summary>
/// The mail server for the daily digest (section <c>Smtp</c>: Host, Port, EnableSsl, From, UserName, Password). Without a
/// Host no mail is sent; the digest is still shown on the back-office start page.
/// </summary>
public sealed record SmtpSettings(string Host, int Port, bool EnableSsl, string From, string? UserName, string? Password)
{
    /// <summary>The settings, or null when no server is configured.</summary>
    /// <exception cref="InvalidOperationException">A host without a sender address.</exception>
    public static SmtpSettings? Read(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection("Smtp");
        var host = section["Host"];
        if (string.IsNullOrWhiteSpace(host))
        {
            return null;
        }

        var from = section["From"];
        if (string.IsNullOrWhiteSpace(from))
        {
            throw new InvalidOperationException("Smtp:From is required when Smtp:Host is set.");
        }

        return new SmtpSettings(host, section.GetValue("Port", 25), section.GetValue("EnableSsl", false), from, section["UserName"], section["Password"]);
    }
}
