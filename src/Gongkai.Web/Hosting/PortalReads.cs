using Gongkai.Data;
using Gongkai.Data.Catalogue;
using Gongkai.Web.Agencies;
using Gongkai.Web.Reports;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Hosting;

/// <summary>
/// Read scaling (issue 15 item 5): the portal's public reads — the catalogue lists, search and entries, the guides,
/// the published reports and the agency list — are served by the services registered under <see cref="Key"/>. With
/// <c>ConnectionStrings:GongkaiReadOnly</c> set (a streaming standby, or an Npgsql multi-host string with
/// <c>Target Session Attributes=prefer-standby</c>) they read through a no-tracking context on that connection; without
/// it (the default) the keyed services are the primary's own, one connection as before. Everything that must read its
/// own write — submitting and tracking a request, the back office, every write — takes the unkeyed services and so the
/// primary (docs/deployment.md, "Standby reads").
/// </summary>
public static class PortalReads
{
    /// <summary>The service key of the portal's read services.</summary>
    public const string Key = "portal-reads";

    /// <summary>The name of the read-only connection string.</summary>
    public const string ConnectionStringName = "GongkaiReadOnly";

    /// <summary>Registers the keyed context and the keyed read services (catalogue search, agency directory, published reports).</summary>
    public static IServiceCollection AddPortalReads(this IServiceCollection services, IConfiguration configuration, DatabaseSettings primary)
    {
        var readOnly = configuration.GetConnectionString(ConnectionStringName);
        if (string.IsNullOrWhiteSpace(readOnly))
        {
            services.AddKeyedScoped(Key, (sp, _) => sp.GetRequiredService<GongkaiDbContext>());
            services.AddKeyedScoped(Key, (sp, _) => sp.GetRequiredService<CatalogueSearch>());
            services.AddKeyedScoped(Key, (sp, _) => sp.GetRequiredService<AgencyDirectory>());
            services.AddKeyedScoped(Key, (sp, _) => sp.GetRequiredService<PublishedReports>());
            return services;
        }

        var builder = new DbContextOptionsBuilder<GongkaiDbContext>();
        builder.UseGongkaiDatabase(primary with { ConnectionString = readOnly });
        var options = builder.UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking).Options;
        services.AddKeyedScoped(Key, (_, _) => new GongkaiDbContext(options));
        services.AddKeyedScoped(Key, (sp, key) => new CatalogueSearch(sp.GetRequiredKeyedService<GongkaiDbContext>(key)));
        services.AddKeyedScoped(Key, (sp, key) => new AgencyDirectory(sp.GetRequiredKeyedService<GongkaiDbContext>(key)));
        services.AddKeyedScoped(Key, (sp, key) => new PublishedReports(sp.GetRequiredKeyedService<GongkaiDbContext>(key)));
        return services;
    }
}
