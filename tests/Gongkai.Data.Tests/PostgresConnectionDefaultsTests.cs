using Gongkai.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Gongkai.Data.Tests;

/// <summary>The PostgreSQL connection string gets automatic preparation unless the operator chose otherwise.</summary>
public sealed class PostgresConnectionDefaultsTests
{
    [Fact]
    public void Apply_NothingSaidOfPreparation_PreparesUpToTheDefault()
    {
        var applied = new NpgsqlConnectionStringBuilder(PostgresConnectionDefaults.Apply("Host=db;Database=gongkai;Username=u;Password=p"));

        Assert.Equal(PostgresConnectionDefaults.MaxAutoPrepare, applied.MaxAutoPrepare);
        Assert.Equal("db", applied.Host);
        Assert.Equal("p", applied.Password);
    }

    [Theory]
    [InlineData("Host=db;Max Auto Prepare=0", 0)]
    [InlineData("Host=db;MaxAutoPrepare=8", 8)]
    [InlineData("Host=db;max auto prepare=0", 0)]
    public void Apply_OperatorChosePreparation_KeepsTheChoice(string connectionString, int expected)
    {
        Assert.Equal(expected, new NpgsqlConnectionStringBuilder(PostgresConnectionDefaults.Apply(connectionString)).MaxAutoPrepare);
    }

    [Fact]
    public void UseGongkaiDatabase_Postgres_ConnectsWithTheDefaults()
    {
        using var context = GongkaiDatabase.Create(new DatabaseSettings(DatabaseProvider.Postgres, "Host=127.0.0.1;Database=defaults_check"));

        Assert.Equal(PostgresConnectionDefaults.MaxAutoPrepare, new NpgsqlConnectionStringBuilder(context.Database.GetConnectionString()).MaxAutoPrepare);
    }
}
