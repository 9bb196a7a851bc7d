using Gongkai.Data;
using Gongkai.Data.Cluster;
using Microsoft.AspNetCore.DataProtection;

namespace Gongkai.Web.Hosting;

/// <summary>
/// What the web nodes share through the database, so that any node can answer any request (issue 15, "a stateless web
/// tier"; docs/decisions/0008-cluster-state.md): the Data Protection key ring (sign-in cookies and anti-forgery tokens
/// of one node are read by every other) under the fixed application name <see cref="ApplicationName"/>, and the leases
/// of the periodic jobs (<see cref="ClusterJobs"/>).
/// </summary>
public static class ClusterState
{
    /// <summary>The Data Protection application name: the same on every node, wherever it is installed.</summary>
    public const string ApplicationName = "Gongkai";

    /// <summary>Keys in the database under <see cref="ApplicationName"/>, this node's identity and the job leases.</summary>
    public static IServiceCollection AddClusterState(this IServiceCollection services)
    {
        services.AddDataProtection()
            .SetApplicationName(ApplicationName)
            .PersistKeysToDbContext<GongkaiDbContext>();
        services.AddSingleton<ClusterNode>();
        services.AddSingleton<ClusterJobs>();
        return services;
    }

    /// <summary>
    /// Loads the key ring once the database is migrated, creating the first key when there is none: the first node
    /// started writes it, the nodes started after it read it, so they all protect with the same key from the start.
    /// </summary>
    public static void EnsureDataProtectionKey(IServiceProvider services) =>
        services.GetRequiredService<IDataProtectionProvider>().CreateProtector("Gongkai.Startup").Protect([1]);
}

/// <summary>This web node, as it names itself in the job leases: machine, process and a random instance id.</summary>
public sealed class ClusterNode
{
    /// <summary>The node's holder id (unique per running host, also for several hosts in one process).</summary>
    public string Id { get; } = $"{Machine}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    private static string Machine => Environment.MachineName.Length <= 100 ? Environment.MachineName : Environment.MachineName[..100];
}

/// <summary>
/// Runs a periodic job on one node of the cluster at a time: the node that takes the job's lease in the database
/// (<see cref="JobLeasing"/>) runs it and gives the lease back; a node that finds the lease held skips the run.
/// </summary>
public sealed class ClusterJobs(IServiceScopeFactory scopes, ClusterNode node, TimeProvider time, ILogger<ClusterJobs> logger)
{
    /// <summary>Runs <paramref name="work"/> when this node gets <paramref name="job"/>'s lease; null when another node holds it.</summary>
    public async Task<T?> RunAsync<T>(string job, TimeSpan lease, Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken)
        where T : struct
    {
        ArgumentNullException.ThrowIfNull(work);
        await using (var scope = scopes.CreateAsyncScope())
        {
            var leasing = new JobLeasing(scope.ServiceProvider.GetRequiredService<GongkaiDbContext>(), time);
            if (!await leasing.TryAcquireAsync(job, node.Id, lease, cancellationToken))
            {
                logger.LogInformation("Job {Job} skipped: another node holds its lease", job);
                return null;
            }
        }

        logger.LogInformation("Job {Job}: lease taken by node {Node}", job, node.Id);

        try
        {
            return await work(cancellationToken);
        }
        finally
        {
            await using var scope = scopes.CreateAsyncScope();
            await new JobLeasing(scope.ServiceProvider.GetRequiredService<GongkaiDbContext>(), time).ReleaseAsync(job, node.Id, CancellationToken.None);
        }
    }
}
