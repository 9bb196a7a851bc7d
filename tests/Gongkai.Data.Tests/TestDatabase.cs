using Gongkai.Data;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Gongkai.Data.Tests;

/// <summary>
/// A fresh, empty database of one engine for one test: an SQLite file in a temporary folder, or a new PostgreSQL
/// database on the server named by <c>GONGKAI_TEST_POSTGRES</c> (a connection string whose role may create
/// databases). Disposing it deletes the database.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    /// <summary>The environment variable that turns the PostgreSQL runs on.</summary>
    public const string PostgresVariable = "GONGKAI_TEST_POSTGRES";

    private readonly string? _sqliteFolder;
    private readonly string? _postgresAdmin;
    private readonly string? _postgresName;

    private TestDatabase(DatabaseSettings settings, string? sqliteFolder, string? postgresAdmin, string? postgresName)
    {
        Settings = settings;
        _sqliteFolder = sqliteFolder;
        _postgresAdmin = postgresAdmin;
        _postgresName = postgresName;
    }

    /// <summary>The settings pointing at this database.</summary>
    public DatabaseSettings Settings { get; }

    /// <summary>The PostgreSQL server to test on, or null when not configured.</summary>
    public static string? PostgresConnectionString => Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } cs ? cs : null;

    /// <summary>Creates an empty database of the given engine.</summary>
    public static async Task<TestDatabase> CreateAsync(DatabaseProvider provider)
    {
        if (provider == DatabaseProvider.Sqlite)
        {
            var folder = Path.Combine(Path.GetTempPath(), "gongkai-tests", Guid.NewGuid().ToString("N"));
            return new TestDatabase(new DatabaseSettings(provider, $"Data Source={Path.Combine(folder, "data", "gongkai.db")}"), folder, null, null);
        }

        var admin = PostgresConnectionString ?? throw new InvalidOperationException($"{PostgresVariable} is not set.");
        var name = "gongkai_test_" + Guid.NewGuid().ToString("N")[..12];
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\" ENCODING 'UTF8' TEMPLATE template0", connection);
            await create.ExecuteNonQueryAsync();
        }

        var builder = new NpgsqlConnectionStringBuilder(admin) { Database = name };
        return new TestDatabase(new DatabaseSettings(provider, builder.ConnectionString), null, admin, name);
    }

    /// <summary>A new context on this database (migrate it with <see cref="GongkaiDatabase.PrepareAsync"/>).</summary>
    public GongkaiDbContext NewContext() => GongkaiDatabase.Create(Settings);

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_sqliteFolder is not null)
        {
            SqliteConnection.ClearAllPools();
            if (Directory.Exists(_sqliteFolder))
            {
                Directory.Delete(_sqliteFolder, recursive: true);
            }
        }

        if (_postgresAdmin is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(_postgresAdmin);
            await connection.OpenAsync();
            // FORCE may meet a backend of another role on the new database (autovacuum, as seen under load: 42501);
            // it goes away by itself, so try again a few times, and leave the scratch database behind rather than fail.
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_postgresName}\" WITH (FORCE)", connection);
                    await drop.ExecuteNonQueryAsync();
                    break;
                }
                catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.InsufficientPrivilege or PostgresErrorCodes.ObjectInUse)
                {
                    if (attempt == 5)
                    {
                        break;
                    }

                    await Task.Delay(TimeSpan.FromMilliseconds(200 * attempt));
                }
            }
        }
    }
}
