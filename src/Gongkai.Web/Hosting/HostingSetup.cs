using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace Gongkai.Web.Hosting;

/// <summary>
/// Production hosting: graceful shutdown, liveness and readiness endpoints. Registered by
/// <see cref="AddGongkaiHosting"/> and mapped by <see cref="MapGongkaiHealth"/> (docs/deployment.md).
/// </summary>
public static class HostingSetup
{
    /// <summary>The default time in-flight requests get to finish after SIGTERM (<c>Hosting:ShutdownTimeoutSeconds</c>).</summary>
    public const int DefaultShutdownSeconds = 30;

    /// <summary>Graceful shutdown and the readiness check.</summary>
    public static WebApplicationBuilder AddGongkaiHosting(this WebApplicationBuilder builder)
    {
        // On SIGTERM Kestrel stops accepting connections and waits for the requests in flight up to this long; the
        // load balancer meanwhile sees /healthz/ready fail (connection refused) and sends new requests elsewhere.
        var seconds = Math.Clamp(builder.Configuration.GetValue("Hosting:ShutdownTimeoutSeconds", DefaultShutdownSeconds), 1, 600);
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(seconds));
        builder.Services.AddHealthChecks().AddCheck<DatabaseReadiness>("database", tags: [DatabaseReadiness.Tag]);
        return builder;
    }

    /// <summary><c>/healthz</c> (liveness: the process answers) and <c>/healthz/ready</c> (database reachable, migrated).</summary>
    public static WebApplication MapGongkaiHealth(this WebApplication app)
    {
        app.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/healthz/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains(DatabaseReadiness.Tag) });
        return app;
    }
}
