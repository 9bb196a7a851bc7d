using Gongkai.Data;
using Gongkai.Domain.Catalogue;
using Gongkai.Web.Admin;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Pages.Admin.Catalogue;

/// <summary>保密审查 queue: the entries of the officer's subtree submitted for review (条例 第十七条), oldest first.</summary>
public sealed class ReviewModel(SignedInOfficer officer, ScopedRecords records) : PageModel
{
    /// <summary>The entries waiting.</summary>
    public IReadOnlyList<CatalogueEntry> Waiting { get; private set; } = [];

    /// <summary>The signed-in officer's scope.</summary>
    public AdminScope Scope { get; private set; } = null!;

    /// <summary>Lists the queue.</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Scope = await officer.ScopeAsync(cancellationToken);
        Waiting = await (await records.CatalogueEntriesAsync(cancellationToken)).AsNoTracking()
            .Where(e => e.Status == CatalogueEntryStatus.SubmittedForReview)
            .OrderBy(e => e.SubmittedAtUtc).Take(500).ToListAsync(cancellationToken);
    }
}
