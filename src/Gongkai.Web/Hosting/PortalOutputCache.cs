using Microsoft.AspNetCore.OutputCaching;

namespace Gongkai.Web.Hosting;

/// <summary>
/// The output cache of the anonymous portal pages (issue 15, docs/decisions/0009-output-caching.md): home, catalogue
/// lists and entries, search results, the guide and published reports with their downloads are kept for
/// <c>Portal:OutputCache:Seconds</c> (default <see cref="DefaultSeconds"/>; 0 turns the cache off), per address
/// (path and query) and text-size mode; never for a signed-in officer, a POST, a response that sets a cookie, the
/// request form, tracking or the back office (they carry no policy). A committed change evicts the pages it makes
/// stale at once on this node (<see cref="PortalCacheEviction"/>); other nodes show it within the lifetime — the
/// bound the cluster drill checks.
/// </summary>
public static class PortalOutputCache
{
    /// <summary>The default lifetime of a cached page, in seconds: the bound on how stale another node may be.</summary>
    public const int DefaultSeconds = 10;

    /// <summary>Policy of the pages made from the catalogue (home, lists, entries, search, guide).</summary>
    public const string CataloguePolicy = "portal-catalogue";

    /// <summary>Policy of the published annual reports (list, report pages, downloads).</summary>
    public const string ReportsPolicy = "portal-reports";

    /// <summary>Tag of every cached portal page (an agency or guide change evicts them all).</summary>
    public const string PortalTag = "portal";

    /// <summary>Tag of the pages that show catalogue entries.</summary>
    public const string CatalogueTag = "catalogue";

    /// <summary>Tag of the pages that show published annual reports.</summary>
    public const string ReportsTag = "reports";

    /// <summary>Adds the output cache, its two policies and the eviction interceptor.</summary>
    public static IServiceCollection AddPortalOutputCache(this IServiceCollection services, IConfiguration configuration)
    {
        var seconds = Math.Clamp(configuration.GetValue("Portal:OutputCache:Seconds", DefaultSeconds), 0, 3600);
        var lifetime = TimeSpan.FromSeconds(seconds);
        services.AddOutputCache(o =>
        {
            o.DefaultExpirationTimeSpan = lifetime;
            o.AddPolicy(CataloguePolicy, new PortalPagePolicy(lifetime, [PortalTag, CatalogueTag]));
            o.AddPolicy(ReportsPolicy, new PortalPagePolicy(lifetime, [PortalTag, ReportsTag]));
        });
        services.AddSingleton<PortalCacheEviction>();
        return services;
    }

    /// <summary>Serves and stores cached pages; after authentication (a signed-in officer is never served from the cache) and rate limits.</summary>
    public static WebApplication UsePortalOutputCache(this WebApplication app)
    {
        app.UseOutputCache();
        return app;
    }
}
