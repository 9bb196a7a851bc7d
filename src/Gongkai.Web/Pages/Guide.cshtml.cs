using Gongkai.Data;
using Gongkai.Domain.Agencies;
using Gongkai.Domain.Catalogue;
using Gongkai.Web.Agencies;
using Gongkai.Web.Hosting;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Pages;

/// <summary>政府信息公开指南 of an agency (第二十二条), shown from data.</summary>
[OutputCache(PolicyName = PortalOutputCache.CataloguePolicy)]
public sealed class GuideModel([FromKeyedServices(PortalReads.Key)] GongkaiDbContext db, [FromKeyedServices(PortalReads.Key)] AgencyDirectory agencies) : PageModel
{
    /// <summary>The agencies to choose from.</summary>
    public IReadOnlyList<Agency> All { get; private set; } = [];

    /// <summary>The agency shown.</summary>
    public Agency? Agency { get; private set; }

    /// <summary>Its guide, if it has one.</summary>
    public DisclosureGuide? Guide { get; private set; }

    /// <summary>Loads the guide of <paramref name="agency"/> (the first root when none is given).</summary>
    public async Task OnGetAsync(Guid? agency, CancellationToken cancellationToken)
    {
        All = await agencies.AllAsync(cancellationToken);
        Agency = agency is { } id ? await agencies.FindAsync(id, cancellationToken) : (await agencies.RootsAsync(cancellationToken)).FirstOrDefault();
        if (Agency is not null)
        {
            Guide = await db.DisclosureGuides.AsNoTracking().FirstOrDefaultAsync(g => g.AgencyId == Agency.Id, cancellationToken);
        }
    }
}
