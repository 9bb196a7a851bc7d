using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Playwright;

namespace Gongkai.Browser.Tests;

/// <summary>
/// The portal on a real Kestrel (127.0.0.1, random port) with a small demo catalogue, and Debian's chromium driven by
/// Playwright. Shared by the browser tests of one class. The portal's clock is <see cref="Time"/>, fixed at
/// <see cref="TestClock.Start"/>.
/// </summary>
public sealed class KestrelPortal : WebApplicationFactory<Program>, IAsyncLifetime
{
    /// <summary>Where Debian installs chromium.</summary>
    public const string Chromium = "/usr/bin/chromium";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "gongkai-browser-tests", Guid.NewGuid().ToString("N"));
    private IPlaywright? _playwright;
    private Gongkai.Web.Tests.WebTestDatabase? _database;

    /// <summary>The portal's clock.</summary>
    public FakeTimeProvider Time { get; } = TestClock.Create();

    /// <summary>The browser.</summary>
    public IBrowser Browser { get; private set; } = null!;

    /// <summary>The portal's address.</summary>
    public Uri Address { get; private set; } = null!;

    /// <summary>Where screenshots go (kept as test artifacts).</summary>
    public static string Screenshots { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        if (!File.Exists(Chromium))
        {
            return;
        }

        UseKestrel(0);
        StartServer();
        Address = ClientOptions.BaseAddress;
        Directory.CreateDirectory(Screenshots);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
        });
    }

    /// <summary>A new page with the portal as base address.</summary>
    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new() { BaseURL = Address.ToString().TrimEnd('/'), Locale = "zh-CN", ViewportSize = new() { Width = 1200, Height = 900 } });
        // a hang guard, not a speed check: a page answers in milliseconds, but a click that generates a notice can take
        // over Playwright's default 30 s when the 2-core machine is busy with parallel builds
        context.SetDefaultTimeout(120_000);
        context.SetDefaultNavigationTimeout(120_000);
        return await context.NewPageAsync();
    }

    /// <inheritdoc />
    async Task IAsyncLifetime.DisposeAsync()
    {
        if (_playwright is not null)
        {
            await Browser.DisposeAsync();
            _playwright.Dispose();
        }

        await DisposeAsync();
        _database?.Dispose();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    /// <inheritdoc />
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(_folder);
        builder.UseEnvironment("Production");
        _database ??= Gongkai.Web.Tests.WebTestDatabase.Create(_folder, Gongkai.Web.Tests.WebTestDatabase.PostgresChosen);
        foreach (var (key, value) in _database.HostSettings)
        {
            builder.UseSetting(key, value);
        }

        builder.UseSetting("Portal:LoadDemo", "true");
        builder.UseSetting("Portal:AccessCodeKey", Convert.ToBase64String(new byte[32]));
        builder.UseSetting("Portal:Demo:EntriesPerGovernment", "40");
        builder.UseSetting("Portal:Demo:EntriesPerSubordinate", "10");
        builder.UseSetting("Admin:InitialPassword", AdminPassword);
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Time));
    }

    /// <summary>The first administrator's password in browser tests (production generates and prints one).</summary>
    public const string AdminPassword = "Test-Admin-2026!";

    /// <summary>The password of every officer created by <see cref="CreateOfficerAsync"/>.</summary>
    public const string OfficerPassword = "Officer-Pass-2026!";

    /// <summary>Creates an officer of the agency with the given code (e.g. "XN-MZ") and roles; returns its user name.</summary>
    public async Task<string> CreateOfficerAsync(string agencyCode, string displayName, params string[] roles)
    {
        using var scope = Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<Gongkai.Data.GongkaiDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Gongkai.Data.Officers.OfficerAccount>>();
        var agency = await db.Agencies.SingleAsync(a => a.Code == agencyCode);
        var userName = $"{agencyCode.ToLowerInvariant()}-{Guid.NewGuid():N}"[..20];
        var account = Gongkai.Data.Officers.OfficerAccount.Create(userName, displayName, agency.Id);
        var created = await users.CreateAsync(account, OfficerPassword);
        var added = await users.AddToRolesAsync(account, roles.Length == 0 ? [Gongkai.Data.Officers.OfficerRole.Officer] : roles);
        if (!created.Succeeded || !added.Succeeded)
        {
            throw new InvalidOperationException("Creating the test officer failed.");
        }

        return userName;
    }

    /// <summary>A new page (own browser context, so own cookies) signed in to the back office.</summary>
    public async Task<IPage> SignedInPageAsync(string userName, string password = OfficerPassword)
    {
        var page = await NewPageAsync();
        await page.GotoAsync("/Admin/Login");
        await page.GetByLabel("登录名").FillAsync(userName);
        await page.GetByLabel("密码").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await page.Locator("#signed-in-as").WaitForAsync();
        return page;
    }
}

/// <summary>A fact that is skipped, with the reason, when Debian's chromium is not installed.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BrowserFactAttribute : FactAttribute
{
    /// <summary>Skips without /usr/bin/chromium.</summary>
    public BrowserFactAttribute()
    {
        if (!File.Exists(KestrelPortal.Chromium))
        {
            Skip = $"{KestrelPortal.Chromium} is not installed (apt-get install chromium fonts-noto-cjk): browser tests not run.";
        }
    }
}
