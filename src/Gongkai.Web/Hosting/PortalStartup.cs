using Gongkai.Data;
using Gongkai.Demo;
using Gongkai.Demo.Reports;
using Gongkai.Web.Admin;

namespace Gongkai.Web.Hosting;

/// <summary>The start-up work before the host listens: migrate, demo data (<see cref="DemoSwitch"/>), the first administrator.</summary>
public static class PortalStartup
{
    /// <summary>Migrates the database, loads the demo data when configured, and creates the first administrator.</summary>
    public static async Task PrepareAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GongkaiDbContext>();
        var time = scope.ServiceProvider.GetRequiredService<TimeProvider>();
        await GongkaiDatabase.PrepareAsync(db, time);
        ClusterState.EnsureDataProtectionKey(app.Services);
        if (DemoSwitch.IsOn(app.Configuration, app.Environment))
        {
            await LoadDemoAsync(app, db, time);
        }

        await BackOffice.EnsureAdministratorAsync(scope.ServiceProvider, app.Configuration);
        await EmptyPortal.AnnounceAsync(db, Console.Out);
    }

    private static async Task LoadDemoAsync(WebApplication app, GongkaiDbContext db, TimeProvider time)
    {
        var demo = new DemoOptions(
            app.Configuration.GetValue("Portal:Demo:EntriesPerGovernment", DemoOptions.Default.EntriesPerGovernment),
            app.Configuration.GetValue("Portal:Demo:EntriesPerSubordinate", DemoOptions.Default.EntriesPerSubordinate));
        var added = await DemoData.EnsureLoadedAsync(db, time, demo);
        if (added > 0)
        {
            app.Logger.LogInformation("Demo data loaded: {Count} catalogue entries", added);
        }

        var reports = await DemoReportData.EnsureLoadedAsync(db, time);
        if (reports > 0)
        {
            app.Logger.LogInformation("Demo data loaded: {Count} annual reports published", reports);
        }
    }
}
