using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Gongkai.Web.Tests;

/// <summary>
/// The portal on a fresh SQLite file with a small demo catalogue and a fixed access-code key. Settings can be
/// overridden (rate limits, demo off). The portal's clock is <see cref="Time"/>, a fake clock at <see cref="TestClock.Start"/>:
/// no test reads the wall clock.
/// </summary>
public class PortalFactory : WebApplicationFactory<Program>
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "gongkai-web-tests", Guid.NewGuid().ToString("N"));
    private readonly bool _sharedDatabase;
    private WebTestDatabase? _database;

    /// <summary>A portal on a database of its own, dropped with it.</summary>
    public PortalFactory()
    {
    }

    /// <summary>
    /// A portal on <paramref name="database"/>, which other hosts also run on (a node of a test cluster); the
    /// database stays when this host is disposed.
    /// </summary>
    protected PortalFactory(WebTestDatabase database)
    {
        _database = database;
        _sharedDatabase = true;
    }

    /// <summary>Runs this host on PostgreSQL (default: only when <c>GONGKAI_WEB_TEST_ENGINE=postgres</c>).</summary>
    protected virtual bool OnPostgres => WebTestDatabase.PostgresChosen;

    /// <summary>The portal's clock (advance it only in a factory of the test's own, not the shared one).</summary>
    public FakeTimeProvider Time { get; } = TestClock.Create();

    /// <summary>Settings added on top of the defaults.</summary>
    protected virtual IReadOnlyDictionary<string, string> Overrides => new Dictionary<string, string>();

    /// <inheritdoc />
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(_folder);
        builder.UseEnvironment("Production");
        _database ??= WebTestDatabase.Create(_folder, OnPostgres);
        foreach (var (key, value) in _database.HostSettings)
        {
            builder.UseSetting(key, value);
        }

        builder.UseSetting("Portal:LoadDemo", "true");
        builder.UseSetting("Portal:AccessCodeKey", Convert.ToBase64String(new byte[32]));
        builder.UseSetting("Portal:Demo:EntriesPerGovernment", "40");
        builder.UseSetting("Portal:Demo:EntriesPerSubordinate", "10");
        builder.UseSetting("Portal:RateLimits:SubmissionPerMinute", "1000");
        builder.UseSetting("Portal:RateLimits:SearchPerMinute", "1000");
        builder.UseSetting("Portal:RateLimits:LookupPerMinute", "1000");
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Time));
        foreach (var (key, value) in Overrides)
        {
            builder.UseSetting(key, value);
        }
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!_sharedDatabase)
        {
            _database?.Dispose();
        }

        _database = null;
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

/// <summary>One portal shared by the page and API tests.</summary>
[CollectionDefinition(Name)]
public sealed class PortalCollection : ICollectionFixture<PortalFactory>
{
    /// <summary>The collection name.</summary>
    public const string Name = "portal";
}
