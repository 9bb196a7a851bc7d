using Gongkai.Data;
using Gongkai.Data.Officers;
using Gongkai.Domain.Requests;

namespace Gongkai.Web.Admin;

/// <summary>
/// What the signed-in officer may see and do: the agency subtree it covers (its agency, that agency's departments and
/// lower governments) and its roles. Every back-office query filters by <see cref="AgencyIds"/>; a record outside it
/// is answered as "not found" (HTTP 404), never as "forbidden", so its existence is not disclosed either.
/// </summary>
public sealed class AdminScope
{
    private readonly HashSet<Guid> _agencyIds;
    private readonly HashSet<string> _roles;

    /// <summary>Creates the scope of one account.</summary>
    public AdminScope(OfficerAccount account, string? agencyName, IEnumerable<Guid> agencyIds, IEnumerable<string> roles)
    {
        ArgumentNullException.ThrowIfNull(account);
        UserId = account.Id;
        UserName = account.UserName ?? string.Empty;
        DisplayName = account.DisplayName;
        AgencyId = account.AgencyId;
        AgencyName = agencyName ?? "全部机关";
        _agencyIds = [.. agencyIds];
        _roles = new HashSet<string>(roles, StringComparer.Ordinal);
    }

    /// <summary>The account.</summary>
    public Guid UserId { get; }

    /// <summary>The sign-in name.</summary>
    public string UserName { get; }

    /// <summary>The person's name.</summary>
    public string DisplayName { get; }

    /// <summary>The account's own agency (null: a system administrator of the whole tree).</summary>
    public Guid? AgencyId { get; }

    /// <summary>The name of the account's agency.</summary>
    public string AgencyName { get; }

    /// <summary>Every agency the account may see.</summary>
    public IReadOnlyCollection<Guid> AgencyIds => _agencyIds;

    /// <summary>Whether the account may see records of this agency.</summary>
    public bool Covers(Guid agencyId) => _agencyIds.Contains(agencyId);

    /// <summary>Whether the account has the role (<see cref="OfficerRole"/>).</summary>
    public bool IsIn(string role) => _roles.Contains(role);

    /// <summary>Whether the account has any of the roles.</summary>
    public bool IsInAny(params string[] roles) => roles.Any(_roles.Contains);

    /// <summary>The roles of the account.</summary>
    public IReadOnlyCollection<string> Roles => _roles;

    /// <summary>How the account signs actions in a request's event log: "姓名（登录名）" at <paramref name="time"/>'s now.</summary>
    public RecordedBy By(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        return new RecordedBy($"{DisplayName}（{UserName}）", time.GetUtcNow().UtcDateTime);
    }

    /// <summary>The requests the account may see.</summary>
    public IQueryable<DisclosureRequest> Requests(GongkaiDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        var ids = _agencyIds.ToList();
        return db.DisclosureRequests.Where(r => ids.Contains(r.AgencyId));
    }
}
