using Gongkai.Web.Hosting;
using Gongkai.Data.Catalogue;
using Gongkai.Web.Agencies;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.RateLimiting;

namespace Gongkai.Web.Pages;

/// <summary>/search?q=…: Chinese full-text search over titles and bodies, ranked, filterable, highlighted, paged.</summary>
[EnableRateLimiting(PortalLimits.Policy)]
[RatePurpose(RatePurpose.Read)]
[OutputCache(PolicyName = PortalOutputCache.CataloguePolicy)]
public sealed class SearchModel([FromKeyedServices(PortalReads.Key)] AgencyDirectory agencies, [FromKeyedServices(PortalReads.Key)] CatalogueSearch search, TimeProvider time) : CatalogueListing(agencies, search, time)
{
    /// <inheritdoc />
    public override string PagePath => "/search";
}
