using Gongkai.Data.Catalogue;
using Gongkai.Domain.Agencies;
using Gongkai.Domain.Catalogue;
using Gongkai.Web.Agencies;
using Gongkai.Web.Hosting;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace Gongkai.Web.Pages;

/// <summary>Home: the whole government tree, or one agency with its subtree, and the newest entries.</summary>
[OutputCache(PolicyName = PortalOutputCache.CataloguePolicy)]
public sealed class IndexModel([FromKeyedServices(PortalReads.Key)] AgencyDirectory agencies, [FromKeyedServices(PortalReads.Key)] CatalogueSearch search) : PageModel
{
    /// <summary>The agency shown, or null for the whole tree.</summary>
    public Agency? Agency { get; private set; }

    /// <summary>All agencies (for the tree).</summary>
    public IReadOnlyList<Agency> All { get; private set; } = [];

    /// <summary>The newest entries in scope.</summary>
    public IReadOnlyList<CatalogueHit> Latest { get; private set; } = [];

    /// <summary>Entries in scope.</summary>
    public int Total { get; private set; }

    /// <summary>Loads the page.</summary>
    public async Task OnGetAsync(Guid? agency, CancellationToken cancellationToken)
    {
        All = await agencies.AllAsync(cancellationToken);
        Agency = agency is { } id ? await agencies.FindAsync(id, cancellationToken) : null;
        var scope = Agency is null ? null : await agencies.SubtreeAsync(Agency.Id, cancellationToken);
        var result = await search.SearchAsync(new CatalogueQuery(null, scope, PageSize: 10), cancellationToken);
        Latest = result.Hits;
        Total = result.Total;
    }

    /// <summary>The categories in display order.</summary>
    public static IEnumerable<CatalogueCategory> Categories => Enum.GetValues<CatalogueCategory>();
}
