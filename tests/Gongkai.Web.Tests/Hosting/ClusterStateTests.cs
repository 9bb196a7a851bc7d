using System.Net;
using System.Text.RegularExpressions;
using Gongkai.Data;
using Gongkai.Data.Officers;
using Gongkai.Data.Tests;
using Gongkai.Web.Admin;
using Gongkai.Web.Admin.Reminders;
using Gongkai.Web.Tests.Admin;
using Gongkai.Web.Tests.Admin.Requests;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Gongkai.Web.Tests.Hosting;

/// <summary>
/// Issue 15, a stateless web tier (docs/decisions/0008-cluster-state.md): three nodes on one database accept each
/// other's sign-in cookies and anti-forgery tokens (the Data Protection keys are in the database), and the daily
/// digest goes out once per officer and day however the nodes race for it.
/// </summary>
public sealed partial class ClusterStateTests
{
    [Fact]
    public Task SignInCookie_IssuedByNode1OnSqlite_IsAcceptedByNodes2And3() => SignInCookieAcrossNodesAsync(postgres: false);

    [PostgresConfiguredFact]
    public Task SignInCookie_IssuedByNode1OnPostgres_IsAcceptedByNodes2And3() => SignInCookieAcrossNodesAsync(postgres: true);

    [Fact]
    public Task AntiforgeryToken_FromNode1FormOnSqlite_IsAcceptedByNode2() => AntiforgeryAcrossNodesAsync(postgres: false);

    [PostgresConfiguredFact]
    public Task AntiforgeryToken_FromNode1FormOnPostgres_IsAcceptedByNode2() => AntiforgeryAcrossNodesAsync(postgres: true);

    [Fact]
    public Task DailyDigest_ThreeNodesRacingOnSqlite_SendsOneMailPerOfficer() => DigestRaceAsync(postgres: false);

    [PostgresConfiguredFact]
    public Task DailyDigest_ThreeNodesRacingOnPostgres_SendsOneMailPerOfficer() => DigestRaceAsync(postgres: true);

    [Fact]
    public async Task SignInCookie_OfAnotherDatabase_IsRefused()
    {
        await using var cluster = TestCluster.Start(postgres: false, count: 1);
        await using var stranger = new BackOfficeFactory();
        var cookies = await SignInAsync(cluster.Nodes[0]);

        var response = await SendAsync(stranger, HttpMethod.Get, "/Admin", cookies);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith(BackOffice.LoginPath, response.Headers.Location!.PathAndQuery, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task DataProtectionKeys_ThreeNodesStarted_OneSharedKeyInTheDatabase()
    {
        await using var cluster = TestCluster.Start(postgres: false);

        using var scope = cluster.Nodes[2].Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<GongkaiDbContext>();
        Assert.Equal(1, await db.DataProtectionKeys.CountAsync());
        Assert.Empty(await db.AuditEntries.Where(e => e.EntityType == "DataProtectionKey").ToListAsync());
    }

    private static async Task SignInCookieAcrossNodesAsync(bool postgres)
    {
        await using var cluster = TestCluster.Start(postgres);
        var cookies = await SignInAsync(cluster.Nodes[0]);

        foreach (var node in cluster.Nodes.Skip(1))
        {
            var response = await SendAsync(node, HttpMethod.Get, "/Admin", cookies);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("系统管理员（全部机关）", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    private static async Task AntiforgeryAcrossNodesAsync(bool postgres)
    {
        await using var cluster = TestCluster.Start(postgres, count: 2);
        var (token, cookies) = await FormAsync(cluster.Nodes[0], BackOffice.LoginPath, []);

        var response = await SendAsync(cluster.Nodes[1], HttpMethod.Post, BackOffice.LoginPath, cookies, new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["UserName"] = InitialAdministrator.UserName,
            ["Password"] = BackOfficeFactory.AdminPassword,
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.DoesNotContain("Login", response.Headers.Location!.OriginalString, StringComparison.OrdinalIgnoreCase);
    }

    private static async Task DigestRaceAsync(bool postgres)
    {
        await using var cluster = TestCluster.Start(postgres);
        var first = cluster.Nodes[0];
        var user = await first.CreateOfficerAsync("XN-CD");
        var desk = new RequestDeskClient(await first.SignedInClientAsync(user));
        await desk.RegisterAsync(submittedDaysAgo: 60, description: "城东区2025年道路改造规划");
        var email = $"{user}@example.gov.cn";
        using (var scope = first.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<OfficerAccount>>();
            await users.SetEmailAsync((await users.FindByNameAsync(user))!, email);
        }

        var runs = await Task.WhenAll(cluster.Nodes.Select(n => Digest(n).RunOnceAsync(CancellationToken.None)));

        Assert.Contains(runs, r => r is not null);
        Assert.Single(cluster.Smtp.Messages, m => m.To == email);
        Assert.All(cluster.Smtp.Messages.GroupBy(m => m.To), g => Assert.Single(g));
        Assert.Equal(cluster.Smtp.Messages.Count, runs.Sum(r => r ?? 0));

        // Later the same day, each node gets the lease in turn (its clock has reached the hour, say): nothing is sent again.
        var sent = cluster.Smtp.Messages.Count;
        foreach (var node in cluster.Nodes)
        {
            node.Time.Advance(TimeSpan.FromHours(2));
            Assert.Equal(0, await Digest(node).RunOnceAsync(CancellationToken.None));
        }

        Assert.Equal(sent, cluster.Smtp.Messages.Count);
    }

    private static DailyDigestService Digest(ClusterNodeFactory node) =>
        node.Services.GetServices<IHostedService>().OfType<DailyDigestService>().Single();

    /// <summary>Signs in as the first administrator on <paramref name="node"/>; returns the cookies (name → value).</summary>
    private static async Task<Dictionary<string, string>> SignInAsync(BackOfficeFactory node)
    {
        var (token, cookies) = await FormAsync(node, BackOffice.LoginPath, []);
        var response = await SendAsync(node, HttpMethod.Post, BackOffice.LoginPath, cookies, new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["UserName"] = InitialAdministrator.UserName,
            ["Password"] = BackOfficeFactory.AdminPassword,
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Keep(response, cookies);
        Assert.Contains("gongkai.admin", cookies.Keys);
        return cookies;
    }

    /// <summary>The anti-forgery token of the form on <paramref name="path"/>, with the cookies the page set.</summary>
    private static async Task<(string Token, Dictionary<string, string> Cookies)> FormAsync(BackOfficeFactory node, string path, Dictionary<string, string> cookies)
    {
        var response = await SendAsync(node, HttpMethod.Get, path, cookies);
        Keep(response, cookies);
        var html = await response.Content.ReadAsStringAsync();
        var token = Token().Match(html) is { Success: true } m ? m.Groups[1].Value : throw new InvalidOperationException($"No anti-forgery token on {path}");
        return (token, cookies);
    }

    /// <summary>Sends a request to <paramref name="node"/> with exactly the given cookies (no cookie container, no redirects followed).</summary>
    private static async Task<HttpResponseMessage> SendAsync(BackOfficeFactory node, HttpMethod method, string path, Dictionary<string, string> cookies, Dictionary<string, string>? form = null)
    {
        var client = node.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(method, path);
        if (cookies.Count > 0)
        {
            request.Headers.Add("Cookie", string.Join("; ", cookies.Select(c => $"{c.Key}={c.Value}")));
        }

        if (form is not null)
        {
            request.Content = new FormUrlEncodedContent(form);
        }

        return await client.SendAsync(request);
    }

    private static void Keep(HttpResponseMessage response, Dictionary<string, string> cookies)
    {
        if (!response.Headers.TryGetValues("Set-Cookie", out var values))
        {
            return;
        }

        foreach (var value in values)
        {
            var pair = value.Split(';', 2)[0];
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            cookies[pair[..equals]] = pair[(equals + 1)..];
        }
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
