using Gongkai.Data;
using Gongkai.Data.Tests;

namespace Gongkai.Web.Tests;

/// <summary>
/// The database a web test host runs on: an SQLite file in the test's folder, or a fresh PostgreSQL database on the
/// server named by <c>GONGKAI_TEST_POSTGRES</c> — for a host that asks for it (the PostgreSQL back-office tests) or for
/// the whole suite when <c>GONGKAI_WEB_TEST_ENGINE=postgres</c> (CI's second pass over the browser journeys). The
/// PostgreSQL database is dropped when the host is disposed.
/// </summary>
public sealed class WebTestDatabase : IDisposable
{
    /// <summary>The environment variable that moves every web test host to PostgreSQL.</summary>
    public const string EngineVariable = "GONGKAI_WEB_TEST_ENGINE";

    private readonly TestDatabase? _postgres;

    private WebTestDatabase(DatabaseSettings settings, TestDatabase? postgres)
    {
        Settings = settings;
        _postgres = postgres;
    }

    /// <summary>True when <c>GONGKAI_WEB_TEST_ENGINE=postgres</c>; then <c>GONGKAI_TEST_POSTGRES</c> must be set.</summary>
    public static bool PostgresChosen =>
        string.Equals(Environment.GetEnvironmentVariable(EngineVariable), "postgres", StringComparison.OrdinalIgnoreCase);

    /// <summary>The connection settings.</summary>
    public DatabaseSettings Settings { get; }

    /// <summary>The settings a host needs, as configuration keys.</summary>
    public IEnumerable<KeyValuePair<string, string>> HostSettings =>
    [
        new("ConnectionStrings:Gongkai", Settings.ConnectionString),
        new("Database:Provider", Settings.Provider.ToString()),
    ];

    /// <summary>An SQLite file in <paramref name="folder"/>, or a new PostgreSQL database when <paramref name="postgres"/>.</summary>
    public static WebTestDatabase Create(string folder, bool postgres)
    {
        if (!postgres)
        {
            return new WebTestDatabase(new DatabaseSettings(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(folder, "gongkai.db")}"), null);
        }

        if (TestDatabase.PostgresConnectionString is null)
        {
            throw new InvalidOperationException($"{EngineVariable}=postgres needs {TestDatabase.PostgresVariable} (a connection string whose role may create databases).");
        }

        var database = TestDatabase.CreateAsync(DatabaseProvider.Postgres).GetAwaiter().GetResult();
        return new WebTestDatabase(database.Settings, database);
    }

    /// <inheritdoc />
    public void Dispose() => _postgres?.DisposeAsync().AsTask().GetAwaiter().GetResult();
}
