using Gongkai.Web.Hosting;
using Gongkai.Data.Catalogue;
using Gongkai.Web.Agencies;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.RateLimiting;

namespace Gongkai.Web.Pages.Catalogue;

/// <summary>公开目录: browse by agency, category and year (newest first), or search within it.</summary>
[EnableRateLimiting(PortalLimits.Policy)]
[RatePurpose(RatePurpose.Read)]
[OutputCache(PolicyName = PortalOutputCache.CataloguePolicy)]
public sealed class IndexModel([FromKeyedServices(PortalReads.Key)] AgencyDirectory agencies, [FromKeyedServices(PortalReads.Key)] CatalogueSearch search, TimeProvider time) : CatalogueListing(agencies, search, time)
{
    /// <inheritdoc />
    public override string PagePath => "/Catalogue";
}
