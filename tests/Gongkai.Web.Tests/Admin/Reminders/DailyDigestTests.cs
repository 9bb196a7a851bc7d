using System.Text;
using System.Text.RegularExpressions;
using Gongkai.Data.Officers;
using Gongkai.Web.Admin.Reminders;
using Gongkai.Web.Hosting;
using Gongkai.Web.Tests.Admin.Requests;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Gongkai.Web.Tests.Admin.Reminders;

[Collection(BackOfficeCollection.Name)]
public sealed partial class DailyDigestTests(BackOfficeFactory factory)
{
    [Fact]
    public async Task StartPage_OverdueRequestOfMyAgency_IsListedAsOverdue()
    {
        var desk = new RequestDeskClient(await factory.SignedInClientAsync(await factory.CreateOfficerAsync("XN-ZJ")));
        var id = await desk.RegisterAsync(submittedDaysAgo: 60, description: "某小区拆迁补偿安置方案");

        var html = await desk.Http.GetStringAsync("/Admin");

        var line = Regex.Match(html, $"<li>[^\\n]*/Admin/Requests/{id}[^\\n]*</li>").Value;
        Assert.Contains("已超期", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartPage_RequestOfAnotherAgency_IsNotListed()
    {
        var desk = new RequestDeskClient(await factory.SignedInClientAsync(await factory.CreateOfficerAsync("XN-RS")));
        var id = await desk.RegisterAsync(submittedDaysAgo: 60, description: "人事考试成绩复核材料");
        var other = await factory.SignedInClientAsync(await factory.CreateOfficerAsync("XN-CX"));

        Assert.DoesNotContain(id.ToString(), await other.GetStringAsync("/Admin"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Mailing_OfficerWithEmailAndOverdueRequest_GetsTheDigestByMail()
    {
        var user = await factory.CreateOfficerAsync("XN-CD");
        var desk = new RequestDeskClient(await factory.SignedInClientAsync(user));
        var id = await desk.RegisterAsync(submittedDaysAgo: 60, description: "城东区2025年道路改造规划");
        var email = $"{user}@example.gov.cn";
        using (var scope = factory.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<OfficerAccount>>();
            var account = await users.FindByNameAsync(user);
            await users.SetEmailAsync(account!, email);
        }

        await using var smtp = new FakeSmtpServer();
        var mailing = new DailyDigestMailing(
            factory.Services.GetRequiredService<IServiceScopeFactory>(),
            new DigestMailer(new SmtpSettings("127.0.0.1", smtp.Port, false, "gongkai@example.gov.cn", null, null)),
            new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Admin:BaseAddress"] = "https://gk.example.gov.cn" }).Build(),
            factory.Time,
            new ClusterNode(),
            NullLogger<DailyDigestMailing>.Instance);

        Assert.True(await mailing.SendAsync(CancellationToken.None) >= 1);

        var (_, data) = Assert.Single(smtp.Messages, m => m.To == email);
        var body = Body(data);
        Assert.Contains($"https://gk.example.gov.cn/Admin/Requests/{id}", body, StringComparison.Ordinal);
        Assert.Contains("（已超期）", body, StringComparison.Ordinal);
    }

    private static string Body(string data)
    {
        var split = data.IndexOf("\r\n\r\n", StringComparison.Ordinal) is var i and >= 0 ? i : data.IndexOf("\n\n", StringComparison.Ordinal);
        var headers = data[..split];
        var raw = data[split..].Trim();
        if (headers.Contains("base64", StringComparison.OrdinalIgnoreCase))
        {
            return Encoding.UTF8.GetString(Convert.FromBase64String(string.Concat(raw.Split('\n').Select(l => l.Trim()))));
        }

        var bytes = new List<byte>();
        var text = raw.Replace("=\r\n", "", StringComparison.Ordinal).Replace("=\n", "", StringComparison.Ordinal);
        for (var k = 0; k < text.Length; k++)
        {
            if (text[k] == '=' && k + 2 < text.Length && Uri.IsHexDigit(text[k + 1]) && Uri.IsHexDigit(text[k + 2]))
            {
                bytes.Add(Convert.ToByte(text.Substring(k + 1, 2), 16));
                k += 2;
            }
            else
            {
                bytes.AddRange(Encoding.UTF8.GetBytes(text[k].ToString()));
            }
        }

        return Encoding.UTF8.GetString(bytes.ToArray());
    }
}
