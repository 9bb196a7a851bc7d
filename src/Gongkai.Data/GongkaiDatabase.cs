using Gongkai.Data.Calendar;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Data;

/// <summary>Opens the database on the configured engine, creating and migrating it on first use.</summary>
public static class GongkaiDatabase
{
    /// <summary>The migrations assembly of each engine (one per provider, one DbContext).</summary>
    public static string MigrationsAssembly(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.Sqlite => "Gongkai.Migrations.Sqlite",
        DatabaseProvider.Postgres => "Gongkai.Migrations.Postgres",
        _ => throw new ArgumentOutOfRangeException(nameof(provider)),
    };

    /// <summary>Points EF Core at the configured engine.</summary>
    public static DbContextOptionsBuilder UseGongkaiDatabase(this DbContextOptionsBuilder builder, DatabaseSettings settings)
    {
        var assembly = MigrationsAssembly(settings.Provider);
        return settings.Provider == DatabaseProvider.Postgres
            ? builder.UseNpgsql(PostgresConnectionDefaults.Apply(settings.ConnectionString), o => o.MigrationsAssembly(assembly))
            : builder.UseSqlite(settings.ConnectionString, o => o.MigrationsAssembly(assembly));
    }

    /// <summary>How long one migration statement may run at start-up (a rewrite of a table of millions of rows).</summary>
    public static readonly TimeSpan MigrationCommandTimeout = TimeSpan.FromHours(2);

    /// <summary>A context on the configured engine (not yet migrated: see <see cref="PrepareAsync"/>).</summary>
    public static GongkaiDbContext Create(DatabaseSettings settings)
    {
        var builder = new DbContextOptionsBuilder<GongkaiDbContext>();
        builder.UseGongkaiDatabase(settings);
        return new GongkaiDbContext(builder.Options);
    }

    /// <summary>
    /// Creates the database if needed (for SQLite also the folder of its file), applies pending migrations and loads
    /// the official holiday notices that are not yet in it. Safe to call on every start.
    /// </summary>
    public static async Task PrepareAsync(GongkaiDbContext db, TimeProvider time, CancellationToken cancellationToken = default)
    {
        if (db.Database.IsSqlite())
        {
            var dataSource = new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;
            var folder = Path.GetDirectoryName(Path.GetFullPath(dataSource));
            if (!string.IsNullOrEmpty(folder) && dataSource != ":memory:" && !dataSource.StartsWith("file:", StringComparison.Ordinal))
            {
                Directory.CreateDirectory(folder);
            }
        }

        // A migration may rewrite a large table (SearchFilterTokens recomputes every catalogue entry's search vector:
        // minutes at a province's millions of entries), far beyond the 30 s command timeout of ordinary queries.
        var ordinary = db.Database.GetCommandTimeout();
        db.Database.SetCommandTimeout(MigrationCommandTimeout);
        try
        {
            await db.Database.MigrateAsync(cancellationToken);
        }
        finally
        {
            db.Database.SetCommandTimeout(ordinary);
        }

        await new CalendarStore(db, time).LoadOfficialNoticesAsync(cancellationToken);
        await Requests.RequestStatisticsColumns.BackfillAsync(db, cancellationToken);
    }
}
