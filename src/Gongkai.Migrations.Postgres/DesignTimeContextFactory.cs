using Gongkai.Data;
using Microsoft.EntityFrameworkCore.Design;

namespace Gongkai.Migrations.Postgres;

/// <summary>
/// Lets <c>dotnet ef migrations add … --project src/Gongkai.Migrations.Postgres --startup-project src/Gongkai.Migrations.Postgres</c>
/// build the model for Postgres. No connection is opened to add a migration.
/// </summary>
internal sealed class DesignTimeContextFactory : IDesignTimeDbContextFactory<GongkaiDbContext>
{
    public GongkaiDbContext CreateDbContext(string[] args) =>
        GongkaiDatabase.Create(new DatabaseSettings(DatabaseProvider.Postgres, "Host=127.0.0.1;Database=gongkai_design;Username=gongkai;Password=gongkai"));
}
