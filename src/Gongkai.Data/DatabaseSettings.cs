using Microsoft.Extensions.Configuration;

namespace Gongkai.Data;

/// <summary>Which database engine holds Gongkai's records.</summary>
public enum DatabaseProvider
{
    /// <summary>An SQLite file: the embedded default, nothing to install.</summary>
    Sqlite,

    /// <summary>PostgreSQL (or a compatible engine): several web nodes on one database.</summary>
    Postgres,
}

/// <summary>
/// Where the database is, read from the standard .NET configuration: the connection string
/// <c>ConnectionStrings:Gongkai</c> (environment <c>ConnectionStrings__Gongkai</c>) and the provider
/// <c>Database:Provider</c> (<c>Database__Provider</c> = Sqlite | Postgres). Without a provider setting, a connection
/// string with <c>Host=</c> means PostgreSQL; without a connection string, the SQLite file <c>gongkai.db</c> in the
/// working directory.
/// </summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString)
{
    /// <summary>The name of the connection string.</summary>
    public const string ConnectionStringName = "Gongkai";

    /// <summary>The default embedded database.</summary>
    public const string DefaultSqlite = "Data Source=gongkai.db";

    /// <summary>Reads the settings, failing with a clear message on a provider name it does not know.</summary>
    public static DatabaseSettings From(IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString(ConnectionStringName);
        var providerName = configuration["Database:Provider"];
        DatabaseProvider provider;
        if (string.IsNullOrWhiteSpace(providerName))
        {
            provider = connectionString?.Contains("Host=", StringComparison.OrdinalIgnoreCase) == true
                ? DatabaseProvider.Postgres
                : DatabaseProvider.Sqlite;
        }
        else if (!Enum.TryParse(providerName, ignoreCase: true, out provider) || !Enum.IsDefined(provider))
        {
            throw new InvalidOperationException($"Database:Provider \"{providerName}\" is not known; use Sqlite or Postgres.");
        }

        if (string.IsNullOrWhiteSpace(connectionString))
        {
            if (provider == DatabaseProvider.Postgres)
            {
                throw new InvalidOperationException("Database:Provider is Postgres but ConnectionStrings:Gongkai is not set.");
            }

            connectionString = DefaultSqlite;
        }

        return new DatabaseSettings(provider, connectionString);
    }
}
