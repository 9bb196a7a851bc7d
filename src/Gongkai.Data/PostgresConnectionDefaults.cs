using Npgsql;

namespace Gongkai.Data;

/// <summary>
/// What Gongkai adds to a PostgreSQL connection string where the operator has not chosen: automatic preparation of
/// the statements a node runs again and again (<c>Max Auto Prepare</c>). Each look-up of the tracking API, the
/// catalogue pages and the back office's lists are a handful of statements repeated thousands of times; prepared,
/// PostgreSQL skips parsing and planning them (measured on the tracking API: docs/performance.md). An operator behind
/// a transaction-pooling PgBouncer, where prepared statements do not survive a transaction, writes
/// <c>Max Auto Prepare=0</c> (docs/deployment.md).
/// </summary>
public static class PostgresConnectionDefaults
{
    /// <summary>How many distinct statements each physical connection keeps prepared (Npgsql's LRU of them).</summary>
    public const int MaxAutoPrepare = 64;

    /// <summary>The connection string with the defaults added where it says nothing of them.</summary>
    public static string Apply(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        var squeezed = connectionString.Replace(" ", string.Empty, StringComparison.Ordinal);
        if (!squeezed.Contains("MaxAutoPrepare", StringComparison.OrdinalIgnoreCase))
        {
            builder.MaxAutoPrepare = MaxAutoPrepare;
        }

        return builder.ConnectionString;
    }
}
