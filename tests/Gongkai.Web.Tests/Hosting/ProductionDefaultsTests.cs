using System.Net;
using System.Text.Json;
using Gongkai.Data;
using Gongkai.Web.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;

namespace Gongkai.Web.Tests.Hosting;

/// <summary>A production start without the demo (what a government's deployment gets by default).</summary>
public sealed class EmptyProductionFactory : PortalFactory
{
    /// <inheritdoc />
    protected override IReadOnlyDictionary<string, string> Overrides => new Dictionary<string, string>
    {
        [DemoSwitch.Setting] = "false",
    };
}

/// <summary>Issue 15: demo data only when asked; an empty platform says what to do first; health endpoints.</summary>
public sealed class ProductionDefaultsTests(EmptyProductionFactory factory) : IClassFixture<EmptyProductionFactory>
{
    private sealed class Environment(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;
        public string ApplicationName { get; set; } = "Gongkai.Web";
        public string ContentRootPath { get; set; } = "/";
        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }

    private static IConfiguration Configuration(params string[] args) => new ConfigurationBuilder().AddCommandLine(DemoSwitch.Expand(args)).Build();

    [Theory]
    [InlineData("Production", new string[0], false)]
    [InlineData("Staging", new string[0], false)]
    [InlineData("Development", new string[0], true)]
    [InlineData("Production", new[] { "--demo" }, true)]
    [InlineData("Production", new[] { "--demo", "--urls", "http://127.0.0.1:5099" }, true)]
    [InlineData("Production", new[] { "--Portal:LoadDemo=true" }, true)]
    [InlineData("Development", new[] { "--Portal:LoadDemo=false" }, false)]
    public void DemoSwitch_EnvironmentAndArguments_DecideTheDemo(string environment, string[] args, bool expected)
    {
        Assert.Equal(expected, DemoSwitch.IsOn(Configuration(args), new Environment(environment)));
    }

    [Fact]
    public void DemoSwitch_BeforeAnotherOption_LeavesThatOptionItsValue()
    {
        var configuration = Configuration("--demo", "--urls", "http://127.0.0.1:5099");

        Assert.Equal("http://127.0.0.1:5099", configuration["urls"]);
    }

    [Fact]
    public void LaunchProfile_OfDotnetRun_IsDevelopmentSoTheReadmeStillShowsTheDemo()
    {
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "Gongkai.slnx")))
        {
            root = Path.GetDirectoryName(root) ?? throw new InvalidOperationException("repository root not found");
        }

        using var launch = JsonDocument.Parse(File.ReadAllText(Path.Combine(root, "src", "Gongkai.Web", "Properties", "launchSettings.json")));
        var profile = launch.RootElement.GetProperty("profiles").EnumerateObject().First().Value;
        Assert.Equal("Project", profile.GetProperty("commandName").GetString());
        Assert.Equal("Development", profile.GetProperty("environmentVariables").GetProperty("ASPNETCORE_ENVIRONMENT").GetString());
        Assert.DoesNotContain("LoadDemo", File.ReadAllText(Path.Combine(root, "src", "Gongkai.Web", "appsettings.json")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProductionStart_EmptyDatabase_HasNoAgencyAndTellsTheAdministratorWhatToDoFirst()
    {
        var client = factory.CreateClient();

        var home = await client.GetStringAsync("/");

        using (var scope = factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<GongkaiDbContext>();
            Assert.Equal(0, await db.Agencies.CountAsync());
            Assert.Equal(0, await db.CatalogueEntries.CountAsync());
            Assert.Equal(0, await db.DisclosureRequests.CountAsync());
        }

        Assert.Contains("id=\"empty-portal\"", home, StringComparison.Ordinal);
        Assert.Contains("本平台尚未添加任何行政机关", home, StringComparison.Ordinal);
        Assert.Contains("在“机关”中添加本级人民政府", home, StringComparison.Ordinal);
        Assert.DoesNotContain("西宁", home, StringComparison.Ordinal);
        foreach (var path in new[] { "/Catalogue", "/search?q=低保", "/Reports", "/Apply", "/Track", "/Admin/Login" })
        {
            var response = await client.GetAsync(path);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task Health_LivenessAndReadiness_AnswerHealthyOnAMigratedDatabase()
    {
        var client = factory.CreateClient();

        var live = await client.GetAsync("/healthz");
        var ready = await client.GetAsync("/healthz/ready");

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal("Healthy", await live.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Healthy", await ready.Content.ReadAsStringAsync());
    }

    [Fact]
    public void Shutdown_InFlightRequests_GetTheConfiguredTime()
    {
        var options = factory.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<HostOptions>>().Value;

        Assert.Equal(TimeSpan.FromSeconds(HostingSetup.DefaultShutdownSeconds), options.ShutdownTimeout);
    }
}

/// <summary>Readiness on a database that cannot be opened, or is not migrated.</summary>
public sealed class DatabaseReadinessTests
{
    [Fact]
    public async Task Readiness_UnreachableDatabase_IsUnhealthy()
    {
        var missing = Path.Combine(Path.GetTempPath(), "gongkai-missing-" + Guid.NewGuid().ToString("N"), "gongkai.db");
        await using var db = GongkaiDatabase.Create(new DatabaseSettings(DatabaseProvider.Sqlite, $"Data Source={missing};Mode=ReadOnly"));

        var result = await new DatabaseReadiness(db).CheckHealthAsync(new());

        Assert.Equal(Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Unhealthy, result.Status);
    }

    [Fact]
    public async Task Readiness_DatabaseWithoutMigrations_IsUnhealthyAndNamesThem()
    {
        var folder = Path.Combine(Path.GetTempPath(), "gongkai-unmigrated-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            File.WriteAllBytes(Path.Combine(folder, "gongkai.db"), []);
            await using var db = GongkaiDatabase.Create(new DatabaseSettings(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(folder, "gongkai.db")}"));

            var result = await new DatabaseReadiness(db).CheckHealthAsync(new());

            Assert.Equal(Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Unhealthy, result.Status);
            Assert.Contains("migrations not applied", result.Description, StringComparison.Ordinal);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }
}
