using System.Net;
using System.Net.Mail;
using System.Text;

namespace Gongkai.Web.Admin.Reminders;

/// <summary>Sends one plain-text digest mail through the configured SMTP server.</summary>
public sealed class DigestMailer(SmtpSettings settings)
{
    /// <summary>Sends the mail.</summary>
    public async Task SendAsync(string to, string subject, string body, CancellationToken cancellationToken)
    {
        using var client = new SmtpClient(settings.Host, settings.Port) { EnableSsl = settings.EnableSsl };
        if (!string.IsNullOrEmpty(settings.UserName))
        {
            client.Credentials = new NetworkCredential(settings.UserName, settings.Password);
        }

        using var message = new MailMessage(settings.From, to, subject, body)
        {
            SubjectEncoding = Encoding.UTF8,
            BodyEncoding = Encoding.UTF8,
        };
        await client.SendMailAsync(message, cancellationToken);
    }
}
