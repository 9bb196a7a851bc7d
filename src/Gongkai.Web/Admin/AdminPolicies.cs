using Gongkai.Data.Officers;
using Microsoft.AspNetCore.Authorization;

namespace Gongkai.Web.Admin;

/// <summary>
/// The named authorization policies of the back office, one per role (docs/back-office.md "Policies"). A policy is
/// satisfied by its role and by the roles the Regulation or our choices put above it for that work:
/// <list type="bullet">
/// <item><see cref="BackOffice"/>: any signed-in account — reading inside its scope (roles decide actions, not visibility).</item>
/// <item><see cref="Officer"/>: 经办人 or 审核人 (the head of the disclosure office also handles) — requests, appeals,
/// catalogue, statistics, reports.</item>
/// <item><see cref="Approver"/>: 审核人 — extensions (第三十三条第二款), confidentiality review (第十七条), reports.</item>
/// <item><see cref="AgencyAdministrator"/>: 单位管理员 or 系统管理员 — accounts and notice templates.</item>
/// <item><see cref="Supervisor"/>: 上级主管 — units' reports and their roll-up.</item>
/// <item><see cref="SystemAdministrator"/>: 系统管理员 — agencies.</item>
/// </list>
/// </summary>
public static class AdminPolicies
{
    /// <summary>Any signed-in back-office account.</summary>
    public const string BackOffice = "BackOffice";

    /// <summary>Handles requests, appeals, catalogue entries, statistics and reports.</summary>
    public const string Officer = "Officer";

    /// <summary>The head of the disclosure office.</summary>
    public const string Approver = "Approver";

    /// <summary>Manages accounts and notice templates.</summary>
    public const string AgencyAdministrator = "AgencyAdministrator";

    /// <summary>Checks the units' reports.</summary>
    public const string Supervisor = "Supervisor";

    /// <summary>Manages agencies.</summary>
    public const string SystemAdministrator = "SystemAdministrator";

    /// <summary>The roles that satisfy each policy (empty: any signed-in account).</summary>
    public static IReadOnlyDictionary<string, string[]> Roles { get; } = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        [BackOffice] = [],
        [Officer] = [OfficerRole.Officer, OfficerRole.Approver],
        [Approver] = [OfficerRole.Approver],
        [AgencyAdministrator] = [OfficerRole.AgencyAdministrator, OfficerRole.SystemAdministrator],
        [Supervisor] = [OfficerRole.Supervisor],
        [SystemAdministrator] = [OfficerRole.SystemAdministrator],
    };

    /// <summary>Registers the policies.</summary>
    public static void Add(AuthorizationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        foreach (var (name, roles) in Roles)
        {
            options.AddPolicy(name, policy => policy.RequireAuthenticatedUser().AddRequirements(new AdminRoleRequirement(roles)));
        }
    }
}

/// <summary>The account holds one of <see cref="Roles"/> (none listed: any account), read as <see cref="AdminScope"/> reads them.</summary>
/// <param name="Roles">The roles that satisfy it.</param>
public sealed record AdminRoleRequirement(IReadOnlyList<string> Roles) : IAuthorizationRequirement;

/// <summary>
/// Checks <see cref="AdminRoleRequirement"/> against the roles stored for the account now (the same source as the
/// page's <see cref="AdminScope"/>), not the roles copied into the sign-in cookie, so a role taken away applies at once.
/// </summary>
public sealed class AdminRoleHandler(SignedInOfficer officer) : AuthorizationHandler<AdminRoleRequirement>
{
    /// <inheritdoc />
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, AdminRoleRequirement requirement)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(requirement);
        if (context.User.Identity?.IsAuthenticated != true || await officer.TryScopeAsync() is not { } scope)
        {
            return;
        }

        if (requirement.Roles.Count == 0 || requirement.Roles.Any(scope.IsIn))
        {
            context.Succeed(requirement);
        }
    }
}
