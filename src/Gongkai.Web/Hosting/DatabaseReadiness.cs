using Gongkai.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Gongkai.Web.Hosting;

/// <summary>
/// Readiness (<c>/healthz/ready</c>): the database answers and every migration this build knows is applied. A load
/// balancer sends traffic only to a ready node; liveness (<c>/healthz</c>) says only that the process serves HTTP, so
/// a database outage does not make an orchestrator restart every web node.
/// </summary>
public sealed class DatabaseReadiness(GongkaiDbContext db) : IHealthCheck
{
    /// <summary>The tag of the readiness checks.</summary>
    public const string Tag = "ready";

    /// <inheritdoc />
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            if (!await db.Database.CanConnectAsync(cancellationToken))
            {
                return HealthCheckResult.Unhealthy("database unreachable");
            }

            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            return pending.Count == 0
                ? HealthCheckResult.Healthy("database reachable, migrations applied")
                : HealthCheckResult.Unhealthy($"{pending.Count} migrations not applied: {string.Join(", ", pending)}");
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy("database unreachable", e);
        }
    }
}
