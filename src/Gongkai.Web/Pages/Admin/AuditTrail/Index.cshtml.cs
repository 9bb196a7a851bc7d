using Gongkai.Data;
using Gongkai.Data.AuditTrail;
using Gongkai.Data.Officers;
using Gongkai.Web.Admin;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Pages.Admin.AuditTrail;

/// <summary>
/// 操作日志: the audit trail, per record (a request and everything attached to it) or per account. Administrators and
/// supervisors see the changes in their agency subtree; everyone else sees their own changes and those on records of
/// their scope.
/// </summary>
public sealed class IndexModel(SignedInOfficer officer, GongkaiDbContext db) : PageModel
{
    /// <summary>Entries per page.</summary>
    public const int PageSize = 50;

    /// <summary>Only the changes by this account.</summary>
    [BindProperty(SupportsGet = true, Name = "user")]
    public Guid? Account { get; set; }

    /// <summary>Only the changes on this record (e.g. a request id).</summary>
    [BindProperty(SupportsGet = true)]
    public Guid? Subject { get; set; }

    /// <summary>The page number.</summary>
    [BindProperty(SupportsGet = true, Name = "page")]
    [FromQuery(Name = "page")]
    public int PageNumber { get; set; } = 1;

    /// <summary>The entries shown, newest first.</summary>
    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];

    /// <summary>Whether there are older entries.</summary>
    public bool HasMore { get; private set; }

    /// <summary>What the list is about ("" for everything in scope).</summary>
    public string Heading { get; private set; } = string.Empty;

    /// <summary>Lists the entries.</summary>
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var scope = await officer.ScopeAsync(cancellationToken);
        var ids = scope.AgencyIds.ToList();
        var everyone = scope.IsInAny(OfficerRole.AgencyAdministrator, OfficerRole.SystemAdministrator, OfficerRole.Supervisor);
        IQueryable<AuditEntry> entries = db.AuditEntries.AsNoTracking();

        if (Subject is { } subject)
        {
            var request = await db.DisclosureRequests.AsNoTracking().Where(r => r.Id == subject).Select(r => new { r.AgencyId, r.TrackingNumber }).FirstOrDefaultAsync(cancellationToken);
            if (request is not null && !scope.Covers(request.AgencyId))
            {
                return NotFound();
            }

            entries = entries.Where(e => e.SubjectId == subject && (e.AgencyId == null || ids.Contains(e.AgencyId.Value)));
            Heading = request is null ? "记录 " + subject : "申请 " + request.TrackingNumber;
        }
        else if (Account is { } user)
        {
            var account = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == user, cancellationToken);
            var visible = account is not null && (account.Id == scope.UserId || (everyone && (account.AgencyId is { } a ? scope.Covers(a) : scope.AgencyId is null)));
            if (!visible)
            {
                return NotFound();
            }

            entries = entries.Where(e => e.UserId == user);
            Heading = $"{account!.DisplayName}（{account.UserName}）";
        }
        else if (everyone)
        {
            entries = scope.AgencyId is null ? entries : entries.Where(e => e.AgencyId != null && ids.Contains(e.AgencyId.Value));
        }
        else
        {
            entries = entries.Where(e => e.UserId == scope.UserId);
            Heading = "本人";
        }

        PageNumber = Math.Max(1, PageNumber);
        var rows = await entries.OrderByDescending(e => e.Id).Skip((PageNumber - 1) * PageSize).Take(PageSize + 1).ToListAsync(cancellationToken);
        HasMore = rows.Count > PageSize;
        Entries = rows.Take(PageSize).ToList();
        return Page();
    }

    /// <summary>The Chinese name of an action.</summary>
    public static string ActionName(string action) => action switch
    {
        nameof(AuditAction.Added) => "新增",
        nameof(AuditAction.Modified) => "修改",
        nameof(AuditAction.Deleted) => "删除",
        _ => action,
    };
}
