using Gongkai.Data;
using Gongkai.Domain.Catalogue;
using Gongkai.Web.Agencies;
using Gongkai.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Pages.Catalogue;

/// <summary>One published catalogue entry with its metadata, body and attachments.</summary>
[OutputCache(PolicyName = PortalOutputCache.CataloguePolicy)]
public sealed class EntryModel([FromKeyedServices(PortalReads.Key)] GongkaiDbContext db, [FromKeyedServices(PortalReads.Key)] AgencyDirectory agencies) : PageModel
{
    /// <summary>The entry.</summary>
    public CatalogueEntry Entry { get; private set; } = null!;

    /// <summary>发布机构.</summary>
    public string AgencyName { get; private set; } = string.Empty;

    /// <summary>Loads the entry; 404 when unknown or not published.</summary>
    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var entry = await db.CatalogueEntries.AsNoTracking().FirstOrDefaultAsync(e => e.Id == id && e.Status == CatalogueEntryStatus.Published, cancellationToken);
        if (entry is null)
        {
            return NotFound();
        }

        Entry = entry;
        AgencyName = await agencies.NameAsync(entry.AgencyId, cancellationToken);
        return Page();
    }

    /// <summary>Downloads an attachment of a published entry; 404 when the entry is not published or the file not stored.</summary>
    public async Task<IActionResult> OnGetAttachmentAsync(Guid id, Guid attachmentId, CancellationToken cancellationToken)
    {
        var published = await db.CatalogueEntries.AsNoTracking().AnyAsync(e => e.Id == id && e.Status == CatalogueEntryStatus.Published, cancellationToken);
        var file = published
            ? await db.Set<CatalogueAttachmentFile>().AsNoTracking().FirstOrDefaultAsync(f => f.Id == attachmentId && f.EntryId == id, cancellationToken)
            : null;
        return file is null ? NotFound() : File(file.Content, file.ContentType, file.FileName);
    }
}
