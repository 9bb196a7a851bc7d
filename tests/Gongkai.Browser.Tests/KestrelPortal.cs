using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Playwright;

namespace Gongkai.Browser.Tests;

/// <summary>
/// The portal on a real Kestrel (127.0.0.1, random port) with a small demo catalogue, and Debian's chromium driven by
/// Playwright. Shared by the browser tests of one class.
/// </summary>
public sealed class KestrelPortal : WebApplicationFactory<Program>, IAsyncLifetime
{
    /// <summary>Where Debian installs chromium.</summary>
    public const string Chromium = "/usr/bin/chromium";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "gongkai-browser-tests", Guid.NewGuid().ToString("N"));
    private IPlaywright? _playwright;

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
        builder.UseSetting("ConnectionStrings:Gongkai", $"Data Source={Path.Combine(_folder, "gongkai.db")}");
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("Portal:AccessCodeKey", Convert.ToBase64String(new byte[32]));
        builder.UseSetting("Portal:Demo:EntriesPerGovernment", "40");
        builder.UseSetting("Portal:Demo:EntriesPerSubordinate", "10");
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
