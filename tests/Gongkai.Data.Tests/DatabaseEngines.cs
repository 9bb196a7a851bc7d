using System.Reflection;
using Gongkai.Data;
using Xunit.Sdk;

namespace Gongkai.Data.Tests;

/// <summary>
/// Runs a persistence theory once per configured engine: SQLite always, PostgreSQL when
/// <c>GONGKAI_TEST_POSTGRES</c> is set (CI sets it). <see cref="PostgresConfiguredFactAttribute"/> makes the absence
/// of PostgreSQL visible as a skipped test instead of a silent omission.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class DatabaseEnginesAttribute : DataAttribute
{
    /// <inheritdoc />
    public override IEnumerable<object[]> GetData(MethodInfo testMethod)
    {
        yield return [DatabaseProvider.Sqlite];
        if (TestDatabase.PostgresConnectionString is not null)
        {
            yield return [DatabaseProvider.Postgres];
        }
    }
}

/// <summary>A fact that is skipped, with a reason, when no PostgreSQL server is configured.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PostgresConfiguredFactAttribute : FactAttribute
{
    /// <summary>Sets <see cref="FactAttribute.Skip"/> when <c>GONGKAI_TEST_POSTGRES</c> is missing.</summary>
    public PostgresConfiguredFactAttribute()
    {
        if (TestDatabase.PostgresConnectionString is null)
        {
            Skip = $"{TestDatabase.PostgresVariable} is not set: the PostgreSQL runs of the persistence suite were not run.";
        }
    }
}
