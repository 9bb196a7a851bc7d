using Gongkai.Data;
using Microsoft.EntityFrameworkCore.Design;

namespace Gongkai.Migrations.Sqlite;

/// <summary>
/// Lets <c>dotnet ef migrations add … --project src/Gongkai.Migrations.Sqlite --startup-project src/Gongkai.Migrations.Sqlite</c>
/// build the model for Sqlite. No connection is opened to add a migration.
/// </summary>
internal sealed class DesignTimeContextFactory : IDesignTimeDbContextFactory<GongkaiDbContext>
{
    public GongkaiDbContext CreateDbContext(string[] args) =>
        GongkaiDatabase.Create(new DatabaseSettings(DatabaseProvider.Sqlite, "Data Source=design-time.db"));
}
