using Gongkai.Data;
using Microsoft.Extensions.Configuration;

namespace Gongkai.Cli;

/// <summary>
/// The standard .NET configuration, as the web host reads it: appsettings.json in the working directory (optional)
/// then environment variables (e.g. <c>ConnectionStrings__Gongkai</c>, <c>Database__Provider</c>).
/// </summary>
public static class CliConfiguration
{
    /// <summary>Builds the configuration.</summary>
    public static IConfiguration Build() => new ConfigurationBuilder()
        .SetBasePath(Directory.GetCurrentDirectory())
        .AddJsonFile("appsettings.json", optional: true)
        .AddEnvironmentVariables()
        .Build();

    /// <summary>Opens the configured database, creating and migrating it on first use.</summary>
    public static async Task<GongkaiDbContext> OpenDatabaseAsync(IConfiguration configuration, CancellationToken cancellationToken)
    {
        var db = GongkaiDatabase.Create(DatabaseSettings.From(configuration));
        try
        {
            await GongkaiDatabase.PrepareAsync(db, TimeProvider.System, cancellationToken);
            return db;
        }
        catch
        {
            await db.DisposeAsync();
            throw;
        }
    }
}
