using Gongkai.Data;
using Gongkai.Data.Officers;
using Gongkai.Data.Reminders;
using Gongkai.Domain.Calendar;
using Gongkai.Web.Agencies;
using Gongkai.Web.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Admin.Reminders;

/// <summary>
/// Mails every active officer with an e-mail address its <see cref="DailyDigest"/> (only when it is not empty). Runs
/// once a day from <see cref="DailyDigestService"/>; only when an SMTP server is configured (<see cref="SmtpSettings"/>).
/// Each officer's mail of the day is claimed in the database before it is sent (<see cref="DigestDeliveryLog"/>), so
/// it goes out once however many nodes run the digest that day.
/// </summary>
public sealed class DailyDigestMailing(IServiceScopeFactory scopes, DigestMailer mailer, IConfiguration configuration, TimeProvider time, ClusterNode node, ILogger<DailyDigestMailing> logger)
{
    /// <summary>The name of the job's lease (<see cref="ClusterJobs"/>).</summary>
    public const string Job = "daily-digest";

    /// <summary>How long a node holds the job (it gives it back when done; the deliveries keep a longer run once per day).</summary>
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(30);

    /// <summary>Sends today's digests not yet sent by any node; returns how many mails this call sent.</summary>
    public async Task<int> SendAsync(CancellationToken cancellationToken)
    {
        var baseAddress = configuration["Admin:BaseAddress"] ?? "http://localhost:5000";
        List<Guid> accounts;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<GongkaiDbContext>();
            var now = time.GetUtcNow();
            // SQLite cannot compare DateTimeOffset columns: the lock-out is checked here.
            accounts = (await db.Users.AsNoTracking()
                    .Where(u => u.Email != null)
                    .Select(u => new { u.Id, u.LockoutEnd })
                    .ToListAsync(cancellationToken))
                .Where(u => u.LockoutEnd is null || u.LockoutEnd < now)
                .Select(u => u.Id)
                .ToList();
        }

        var sent = 0;
        foreach (var id in accounts)
        {
            await using var scope = scopes.CreateAsyncScope();
            var services = scope.ServiceProvider;
            var users = services.GetRequiredService<UserManager<OfficerAccount>>();
            var account = await users.FindByIdAsync(id.ToString());
            if (account?.Email is null)
            {
                continue;
            }

            var adminScope = await SignedInOfficer.ScopeOfAsync(account, users, services.GetRequiredService<AgencyDirectory>(), cancellationToken);
            var digest = await services.GetRequiredService<DailyDigestQuery>().ForAsync(adminScope, cancellationToken);
            if (digest.IsEmpty)
            {
                continue;
            }

            var deliveries = new DigestDeliveryLog(services.GetRequiredService<GongkaiDbContext>(), time);
            if (!await deliveries.TryClaimAsync(digest.Today, account.Id, node.Id, cancellationToken))
            {
                continue;
            }

            try
            {
                await mailer.SendAsync(account.Email, $"政府信息公开每日待办（{digest.Today:yyyy-MM-dd}，{digest.Items.Count} 项）", digest.ToMailText(account.DisplayName, baseAddress), cancellationToken);
                sent++;
            }
            catch (Exception e) when (e is System.Net.Mail.SmtpException or IOException or InvalidOperationException)
            {
                logger.LogWarning(e, "Daily digest to account {AccountId} not sent", account.Id);
                await deliveries.ReleaseAsync(digest.Today, account.Id, node.Id, CancellationToken.None);
            }
        }

        await using (var scope = scopes.CreateAsyncScope())
        {
            await new DigestDeliveryLog(scope.ServiceProvider.GetRequiredService<GongkaiDbContext>(), time).PruneAsync(ChinaClock.Today(time), cancellationToken);
        }

        logger.LogInformation("Daily digest: {Sent} mails sent", sent);
        return sent;
    }
}

/// <summary>
/// Runs <see cref="DailyDigestMailing"/> every day at the <see cref="DigestSchedule"/>'s time (<c>Smtp:DigestTime</c>,
/// China time, default 08:00) on one node of the cluster: the node that takes the job's lease (<see cref="ClusterJobs"/>);
/// the others skip that day's run.
/// </summary>
public sealed class DailyDigestService(DailyDigestMailing mailing, ClusterJobs jobs, DigestSchedule schedule, TimeProvider time, ILogger<DailyDigestService> logger) : BackgroundService
{
    /// <summary>One run: the digest mails when this node gets the lease; null when another node holds it.</summary>
    public Task<int?> RunOnceAsync(CancellationToken cancellationToken) =>
        jobs.RunAsync(DailyDigestMailing.Job, DailyDigestMailing.Lease, mailing.SendAsync, cancellationToken);

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var now = time.GetUtcNow();
            var next = schedule.NextAfter(now);
            logger.LogInformation("Daily digest: next run at {Next:yyyy-MM-dd HH:mm} China time", next);
            await Task.Delay(next - now, time, stoppingToken);
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Daily digest failed");
            }
        }
    }
}
