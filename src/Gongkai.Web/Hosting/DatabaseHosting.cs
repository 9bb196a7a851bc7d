using Gongkai.Data;
using Gongkai.Data.AuditTrail;

namespace Gongkai.Web.Hosting;

/// <summary>The Gongkai database (SQLite or PostgreSQL, <c>Database:Provider</c>) and the clock every service reads.</summary>
public static class DatabaseHosting
{
    /// <summary>Adds the system clock and the database context with the audit-trail and output-cache eviction interceptors.</summary>
    public static IServiceCollection AddGongkaiDatabase(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = DatabaseSettings.From(configuration);
        services.AddSingleton(TimeProvider.System);
        services.AddDbContext<GongkaiDbContext>((provider, o) => o.UseGongkaiDatabase(settings)
            .AddInterceptors(provider.GetRequiredService<AuditTrailInterceptor>(), provider.GetRequiredService<PortalCacheEviction>()));
        services.AddPortalReads(configuration, settings);
        return services;
    }
}
