namespace Gongkai.Data.Cluster;

/// <summary>
/// Which web node runs a periodic job (the daily digest…) until when: one row per job, taken and renewed only through
/// <see cref="JobLeasing"/>'s conditional upsert, so two nodes never hold the same job at once (docs/decisions/0008-cluster-state.md).
/// </summary>
public sealed class JobLease
{
    private JobLease()
    {
    }

    /// <summary>The job (<c>daily-digest</c>…).</summary>
    public string Name { get; private set; } = string.Empty;

    /// <summary>The node holding it (<see cref="JobLeasing"/>'s holder id: machine, process, instance).</summary>
    public string Holder { get; private set; } = string.Empty;

    /// <summary>Until when (UTC); after it any node may take the job.</summary>
    public DateTime ExpiresAtUtc { get; private set; }
}
