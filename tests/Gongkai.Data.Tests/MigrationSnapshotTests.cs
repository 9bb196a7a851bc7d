using Gongkai.Data;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Data.Tests;

/// <summary>
/// The model and each engine's migrations agree (what <c>dotnet ef migrations has-pending-model-changes</c> checks):
/// an entity changed without a migration for both engines fails here, not on a deployed database. No server is needed:
/// the comparison is between the model and the migrations assembly's snapshot.
/// </summary>
public sealed class MigrationSnapshotTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite, "Data Source=snapshot-check.db")]
    [InlineData(DatabaseProvider.Postgres, "Host=127.0.0.1;Database=snapshot_check")]
    public void HasPendingModelChanges_EachEngine_IsFalse(DatabaseProvider provider, string connectionString)
    {
        using var context = GongkaiDatabase.Create(new DatabaseSettings(provider, connectionString));

        Assert.False(context.Database.HasPendingModelChanges(),
            $"the model has changes without a {provider} migration: dotnet ef migrations add NAME for both engines (README)");
    }
}
