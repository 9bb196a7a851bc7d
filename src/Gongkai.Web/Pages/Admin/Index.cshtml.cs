using Gongkai.Data;
using Gongkai.Web.Admin;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Pages.Admin;

/// <summary>工作台: the officer's start page.</summary>
public sealed class IndexModel(SignedInOfficer officer, GongkaiDbContext db, Gongkai.Web.Admin.Reminders.DailyDigestQuery digests) : PageModel
{
    /// <summary>The officer's scope.</summary>
    public AdminScope Scope { get; private set; } = null!;

    /// <summary>Requests in scope not yet closed with a reply.</summary>
    public int OpenRequests { get; private set; }

    /// <summary>每日待办: what falls due for this officer.</summary>
    public Gongkai.Web.Admin.Reminders.DailyDigest Digest { get; private set; } = null!;

    /// <summary>Loads the page.</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Scope = await officer.ScopeAsync(cancellationToken);
        OpenRequests = await Scope.Requests(db)
            .CountAsync(r => EF.Property<DateOnly?>(r, Gongkai.Data.Requests.RequestStatisticsColumns.ClosedOn) == null, cancellationToken);
        Digest = await digests.ForAsync(Scope, cancellationToken);
    }
}
