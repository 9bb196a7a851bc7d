using System.Security.Claims;
using Gongkai.Data;
using Gongkai.Data.Officers;
using Gongkai.Web.Agencies;
using Microsoft.AspNetCore.Identity;

namespace Gongkai.Web.Admin;

/// <summary>The officer of the current HTTP request and its <see cref="AdminScope"/> (loaded once per request).</summary>
public sealed class SignedInOfficer(IHttpContextAccessor http, UserManager<OfficerAccount> users, AgencyDirectory agencies)
{
    private AdminScope? _scope;

    /// <summary>The scope of the signed-in account.</summary>
    /// <exception cref="InvalidOperationException">No account is signed in (the /Admin folder requires one).</exception>
    public async Task<AdminScope> ScopeAsync(CancellationToken cancellationToken = default)
    {
        if (_scope is not null)
        {
            return _scope;
        }

        var principal = http.HttpContext?.User ?? throw new InvalidOperationException("No HTTP context.");
        var account = await users.GetUserAsync(principal) ?? throw new InvalidOperationException("No signed-in account.");
        return _scope = await ScopeOfAsync(account, users, agencies, cancellationToken);
    }

    /// <summary>The scope of the signed-in account; null when the cookie names no existing account.</summary>
    public async Task<AdminScope?> TryScopeAsync(CancellationToken cancellationToken = default)
    {
        if (_scope is not null)
        {
            return _scope;
        }

        var principal = http.HttpContext?.User;
        if (principal is null || await users.GetUserAsync(principal) is not { } account)
        {
            return null;
        }

        return _scope = await ScopeOfAsync(account, users, agencies, cancellationToken);
    }

    /// <summary>The scope of any account (also outside a web request, e.g. for the digest mail).</summary>
    public static async Task<AdminScope> ScopeOfAsync(OfficerAccount account, UserManager<OfficerAccount> users, AgencyDirectory agencies, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(account);
        ArgumentNullException.ThrowIfNull(users);
        ArgumentNullException.ThrowIfNull(agencies);
        var roles = await users.GetRolesAsync(account);
        if (account.AgencyId is { } agencyId)
        {
            return new AdminScope(account, await agencies.NameAsync(agencyId, cancellationToken), await agencies.SubtreeAsync(agencyId, cancellationToken), roles);
        }

        return new AdminScope(account, null, (await agencies.AllAsync(cancellationToken)).Select(a => a.Id), roles);
    }

    /// <summary>The agencies of the officer's scope in tree order (for lists and selects).</summary>
    public async Task<IReadOnlyList<AgencyChoice>> AgenciesAsync(CancellationToken cancellationToken = default)
    {
        var scope = await ScopeAsync(cancellationToken);
        return AgencyChoice.InTreeOrder(await agencies.AllAsync(cancellationToken), scope.AgencyIds);
    }
}

/// <summary>The audit actor of a web request: the signed-in account from the authentication cookie.</summary>
public sealed class HttpAuditActor(IHttpContextAccessor http) : Gongkai.Data.AuditTrail.IAuditActor
{
    /// <inheritdoc />
    public (Guid UserId, string UserName)? Current
    {
        get
        {
            var user = http.HttpContext?.User;
            if (user?.Identity?.IsAuthenticated != true || !Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id))
            {
                return null;
            }

            return (id, user.Identity.Name ?? string.Empty);
        }
    }
}
