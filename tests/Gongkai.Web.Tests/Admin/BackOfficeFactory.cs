using System.Net;
using System.Text.RegularExpressions;
using Gongkai.Data;
using Gongkai.Data.Officers;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Web.Tests.Admin;

/// <summary>
/// The portal with the back office: demo agencies, a known first-administrator password, and helpers to create
/// officer accounts and sign them in with a cookie-keeping client.
/// </summary>
public partial class BackOfficeFactory : PortalFactory
{
    /// <summary>The first administrator's password in tests (production generates and prints one).</summary>
    public const string AdminPassword = "Test-Admin-2026!";

    /// <summary>The password of every officer created by <see cref="CreateOfficerAsync"/>.</summary>
    public const string OfficerPassword = "Officer-Pass-2026!";

    /// <summary>A back office on a database of its own.</summary>
    public BackOfficeFactory()
    {
    }

    /// <summary>A back office on a database shared with other hosts (a node of a test cluster).</summary>
    protected BackOfficeFactory(WebTestDatabase database)
        : base(database)
    {
    }

    /// <inheritdoc />
    protected override IReadOnlyDictionary<string, string> Overrides => new Dictionary<string, string>
    {
        ["Admin:InitialPassword"] = AdminPassword,
    };

    /// <summary>Creates an officer of the agency with the given code (e.g. "XN-MZ") and roles; returns its user name.</summary>
    public async Task<string> CreateOfficerAsync(string agencyCode, params string[] roles)
    {
        using var scope = Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<GongkaiDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<OfficerAccount>>();
        var agency = await db.Agencies.SingleAsync(a => a.Code == agencyCode);
        var userName = $"{agencyCode.ToLowerInvariant()}-{Guid.NewGuid():N}"[..20];
        var account = OfficerAccount.Create(userName, "测试" + agency.Name[..Math.Min(4, agency.Name.Length)], agency.Id);
        Check(await users.CreateAsync(account, OfficerPassword));
        Check(await users.AddToRolesAsync(account, roles.Length == 0 ? [OfficerRole.Officer] : roles));
        return userName;
    }

    /// <summary>A client (cookies kept, redirects not followed) signed in as the account.</summary>
    public async Task<HttpClient> SignedInClientAsync(string userName, string password = OfficerPassword)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var token = await TokenAsync(client, "/Admin/Login");
        var response = await client.PostAsync("/Admin/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["UserName"] = userName,
            ["Password"] = password,
        }));
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Sign-in as {userName} failed: {response.StatusCode}");
        }

        return client;
    }

    /// <summary>The anti-forgery token of the form on a page.</summary>
    public static async Task<string> TokenAsync(HttpClient client, string path)
    {
        var html = await client.GetStringAsync(path);
        return Token().Match(html) is { Success: true } m ? m.Groups[1].Value : throw new InvalidOperationException($"No anti-forgery token on {path}");
    }

    /// <summary>Posts a form with the anti-forgery token of <paramref name="formPage"/> (the page the form is on).</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string formPage, string action, IDictionary<string, string> fields)
    {
        var form = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = await TokenAsync(client, formPage) };
        return await client.PostAsync(action, new FormUrlEncodedContent(form));
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}

/// <summary>One back office shared by the back-office tests.</summary>
[CollectionDefinition(Name)]
public sealed class BackOfficeCollection : ICollectionFixture<BackOfficeFactory>
{
    /// <summary>The collection name.</summary>
    public const string Name = "back office";
}
