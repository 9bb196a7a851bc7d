using Gongkai.Data;
using Gongkai.Data.AuditTrail;

namespace Gongkai.Web.Hosting;

/// <summary>The Gongkai database (SQLite or PostgreSQL, <c>Database:Provider</c>) and the clock every service reads.</summary>
public static class DatabaseHosting
{
    /// <summary>
    /// Adds the system clock and the database context with the audit-trail and output-cache eviction interceptors.
    /// The contexts are pooled: a request takes a context whose EF Core services are already built instead of building
    /// them (~60 KB and a quarter of a millisecond of CPU per request: tracking look-ups, docs/performance.md). The pool
    /// resets a context's tracked entities and settings when it is returned; the interceptors are singletons and keep
    /// nothing of one context for another.
    /// </summary>
    public static IServiceCollection AddGongkaiDatabase(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = DatabaseSettings.From(configuration);
        services.AddSingleton(TimeProvider.System);
        services.AddDbContextPool<GongkaiDbContext>((provider, o) => o.UseGongkaiDatabase(settings)
            .AddInterceptors(provider.GetRequiredService<AuditTrailInterceptor>(), provider.GetRequiredService<PortalCacheEviction>()));
        services.AddPortalReads(configuration, settings);
        return services;
    }
}
