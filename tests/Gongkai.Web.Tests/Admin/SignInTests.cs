using System.Net;
using Gongkai.Data;
using Gongkai.Data.Officers;
using Gongkai.Web.Admin;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Web.Tests.Admin;

[Collection(BackOfficeCollection.Name)]
public sealed class SignInTests(BackOfficeFactory factory)
{
    [Fact]
    public async Task Admin_Anonymous_RedirectsToLogin()
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var response = await client.GetAsync("/Admin");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Admin/Login", response.Headers.Location!.PathAndQuery, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Login_FirstAdministrator_SeesTheWholeTree()
    {
        var client = await factory.SignedInClientAsync(InitialAdministrator.UserName, BackOfficeFactory.AdminPassword);
        var html = await client.GetStringAsync("/Admin");
        Assert.Contains("系统管理员（全部机关）", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Login_WrongPassword_SaysSoInChinese()
    {
        var user = await factory.CreateOfficerAsync("XN-MZ");
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var response = await BackOfficeFactory.PostFormAsync(client, "/Admin/Login", "/Admin/Login", new Dictionary<string, string> { ["UserName"] = user, ["Password"] = "wrong" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("登录名或密码不正确。", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Login_FiveWrongPasswords_LocksTheAccount()
    {
        var user = await factory.CreateOfficerAsync("XN-MZ");
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        string html = string.Empty;
        for (var i = 0; i < 6; i++)
        {
            var response = await BackOfficeFactory.PostFormAsync(client, "/Admin/Login", "/Admin/Login", new Dictionary<string, string> { ["UserName"] = user, ["Password"] = "wrong" + i });
            html = await response.Content.ReadAsStringAsync();
        }

        Assert.Contains("账号已暂时锁定", html, StringComparison.Ordinal);
        await Assert.ThrowsAsync<InvalidOperationException>(() => factory.SignedInClientAsync(user));
    }

    [Fact]
    public async Task Officer_OfDepartment_SeesOnlyItsSubtree()
    {
        var user = await factory.CreateOfficerAsync("XN-MZ");
        var client = await factory.SignedInClientAsync(user);
        var html = await client.GetStringAsync("/Admin");
        Assert.Contains("可查看 1 个机关的记录", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AuditTrail_ChangeBySignedInOfficer_IsRecordedWithPersonalDataMasked()
    {
        var user = await factory.CreateOfficerAsync("XN-MZ");
        var client = await factory.SignedInClientAsync(user);
        var response = await BackOfficeFactory.PostFormAsync(client, "/Admin/Account/Password", "/Admin/Account/Password", new Dictionary<string, string>
        {
            ["Current"] = BackOfficeFactory.OfficerPassword,
            ["New"] = "Changed-Pass-2026!",
            ["Confirm"] = "Changed-Pass-2026!",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<GongkaiDbContext>();
        var account = await scope.ServiceProvider.GetRequiredService<UserManager<OfficerAccount>>().FindByNameAsync(user);
        var entries = await db.AuditEntries.Where(e => e.UserId == account!.Id).ToListAsync();
        var change = Assert.Single(entries, e => e.EntityType == nameof(OfficerAccount) && e.Changes.Contains("PasswordHash", StringComparison.Ordinal));
        Assert.Contains("（已隐去）", change.Changes, StringComparison.Ordinal);
        Assert.DoesNotContain("AQAAAA", change.Changes, StringComparison.Ordinal);
    }

    [Fact]
    public void GeneratedPassword_MeetsThePolicy()
    {
        for (var i = 0; i < 50; i++)
        {
            var password = InitialAdministrator.Generate();
            Assert.Equal(16, password.Length);
            Assert.Contains(password, char.IsUpper);
            Assert.Contains(password, char.IsLower);
            Assert.Contains(password, char.IsDigit);
            Assert.Contains(password, c => !char.IsLetterOrDigit(c));
        }
    }
}
