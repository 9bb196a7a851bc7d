using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Gongkai.Data;
using Gongkai.Data.Tests;
using Gongkai.Domain.Catalogue;
using Gongkai.Web.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Web.Tests.Hosting;

/// <summary>
/// The portal with <c>ConnectionStrings:GongkaiReadOnly</c> on a "standby": a copy of the primary's SQLite file taken
/// after start-up (a standby that lags), so a page shows which database served it.
/// </summary>
public sealed class StandbyPortalFactory : PortalFactory
{
    /// <summary>The standby's file.</summary>
    public string StandbyFile { get; } = Path.Combine(Path.GetTempPath(), "gongkai-web-tests", "standby-" + Guid.NewGuid().ToString("N") + ".db");

    /// <inheritdoc />
    protected override bool OnPostgres => false;

    /// <inheritdoc />
    protected override IReadOnlyDictionary<string, string> Overrides => new Dictionary<string, string>
    {
        ["ConnectionStrings:GongkaiReadOnly"] = $"Data Source={StandbyFile}",
    };

    /// <summary>Copies the primary into the standby file (the "replication" up to now).</summary>
    public async Task ReplicateAsync()
    {
        using var scope = Services.CreateScope();
        var primary = scope.ServiceProvider.GetRequiredService<GongkaiDbContext>();
        File.Delete(StandbyFile);
        await primary.Database.ExecuteSqlAsync($"VACUUM INTO {StandbyFile}");
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        File.Delete(StandbyFile);
    }
}

/// <summary>The portal on PostgreSQL whose read-only connection goes nowhere (skipped without <c>GONGKAI_TEST_POSTGRES</c>).</summary>
public sealed class UnreachableStandbyPortalFactory : PortalFactory
{
    /// <inheritdoc />
    protected override bool OnPostgres => TestDatabase.PostgresConnectionString is not null;

    /// <inheritdoc />
    protected override IReadOnlyDictionary<string, string> Overrides => new Dictionary<string, string>
    {
        ["ConnectionStrings:GongkaiReadOnly"] = "Host=127.0.0.1;Port=1;Username=gongkai;Password=none;Database=gongkai;Timeout=2",
    };
}

public sealed class PortalReadsTests(StandbyPortalFactory standby, UnreachableStandbyPortalFactory unreachable, PortalFactory single)
    : IClassFixture<StandbyPortalFactory>, IClassFixture<UnreachableStandbyPortalFactory>, IClassFixture<PortalFactory>
{
    private static async Task<object> RequestAsync(PortalFactory factory)
    {
        using var scope = factory.Services.CreateScope();
        var agencyId = await scope.ServiceProvider.GetRequiredService<GongkaiDbContext>().Agencies.Select(a => a.Id).FirstAsync();
        return new
        {
            agencyId,
            applicantKind = "NaturalPerson",
            name = "李四",
            identityNumber = "110101199003076518",
            email = "lisi@example.cn",
            description = "2024年部门预算公开表",
            form = "电子文档",
            manner = "电子邮件",
        };
    }

    [Fact]
    public void PortalReads_NoReadOnlyConnection_AreThePrimaryContext()
    {
        using var scope = single.Services.CreateScope();

        var primary = scope.ServiceProvider.GetRequiredService<GongkaiDbContext>();
        var reads = scope.ServiceProvider.GetRequiredKeyedService<GongkaiDbContext>(PortalReads.Key);

        Assert.Same(primary, reads);
    }

    [Fact]
    public async Task PortalReads_ReadOnlyConnection_CataloguePagesAndApiReadTheStandby()
    {
        var client = standby.CreateClient();
        await standby.ReplicateAsync();
        Guid id;
        using (var scope = standby.Services.CreateScope())
        {
            var primary = scope.ServiceProvider.GetRequiredService<GongkaiDbContext>();
            id = await primary.CatalogueEntries.Where(e => e.Status == CatalogueEntryStatus.Published).Select(e => e.Id).FirstAsync();
        }

        await using (var connection = new SqliteConnection($"Data Source={standby.StandbyFile}"))
        {
            await connection.OpenAsync();
            await using var update = connection.CreateCommand();
            update.CommandText = "UPDATE CatalogueEntries SET Title = '只在备库的标题' WHERE Id = $id";
            update.Parameters.AddWithValue("$id", id.ToString().ToUpperInvariant());
            if (await update.ExecuteNonQueryAsync() == 0)
            {
                update.Parameters["$id"].Value = id.ToString();
                Assert.Equal(1, await update.ExecuteNonQueryAsync());
            }
        }

        var page = await client.GetStringAsync($"/Catalogue/Entry/{id}");
        var api = await client.GetFromJsonAsync<JsonElement>($"/api/catalogue/{id}");

        Assert.Contains("只在备库的标题", page, StringComparison.Ordinal);
        Assert.Equal("只在备库的标题", api.GetProperty("title").GetString());
    }

    [Fact]
    public async Task PortalReads_ReadOnlyConnection_TrackingRightAfterSubmittingReadsThePrimary()
    {
        var client = standby.CreateClient();
        await standby.ReplicateAsync();

        var receipt = await (await client.PostAsJsonAsync("/api/requests", await RequestAsync(standby))).Content.ReadFromJsonAsync<JsonElement>();
        using var track = new HttpRequestMessage(HttpMethod.Get, $"/api/requests/{receipt.GetProperty("trackingNumber").GetString()}")
        {
            Headers = { { "X-Access-Code", receipt.GetProperty("accessCode").GetString() } },
        };
        var tracked = await client.SendAsync(track);

        Assert.Equal(HttpStatusCode.OK, tracked.StatusCode);
    }

    [PostgresConfiguredFact]
    public async Task PortalReads_StandbyUnreachable_CatalogueAnswersChinese503WhileSubmissionsGoToThePrimary()
    {
        var client = unreachable.CreateClient();

        var page = await client.GetAsync("/Catalogue");
        var api = await client.GetAsync("/api/catalogue");
        var submitted = await client.PostAsJsonAsync("/api/requests", await RequestAsync(unreachable));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, page.StatusCode);
        Assert.Contains("数据库暂时无法访问", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.NotNull(page.Headers.RetryAfter);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, api.StatusCode);
        Assert.Equal("服务暂不可用", (await api.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString());
        Assert.Equal(HttpStatusCode.Created, submitted.StatusCode);
    }
}
