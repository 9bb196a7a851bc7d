using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace Gongkai.Web.Tests;

/// <summary>
/// The portal on a fresh SQLite file with a small demo catalogue and a fixed access-code key. Settings can be
/// overridden (rate limits, demo off).
/// </summary>
public class PortalFactory : WebApplicationFactory<Program>
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "gongkai-web-tests", Guid.NewGuid().ToString("N"));
    private WebTestDatabase? _database;

    /// <summary>Runs this host on PostgreSQL (default: only when <c>GONGKAI_WEB_TEST_ENGINE=postgres</c>).</summary>
    protected virtual bool OnPostgres => WebTestDatabase.PostgresChosen;

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
        foreach (var (key, value) in Overrides)
        {
            builder.UseSetting(key, value);
        }
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        _database?.Dispose();
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
