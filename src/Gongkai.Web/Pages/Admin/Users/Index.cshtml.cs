using System.ComponentModel.DataAnnotations;
using Gongkai.Data;
using Gongkai.Data.Officers;
using Gongkai.Domain;
using Gongkai.Web.Admin;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Pages.Admin.Users;

/// <summary>
/// 账号: the accounts of the officer's scope. Agency and system administrators create accounts (the first password is
/// generated and shown once), reset passwords, lock and unlock, and set roles; only a system administrator grants the
/// system-administrator role.
/// </summary>
public sealed class IndexModel(SignedInOfficer officer, ScopedRecords records, GongkaiDbContext db, UserManager<OfficerAccount> users, TimeProvider time) : PageModel
{
    /// <summary>The accounts shown.</summary>
    public IReadOnlyList<AccountRow> Accounts { get; private set; } = [];

    /// <summary>The agencies of the scope (for the select).</summary>
    public IReadOnlyList<AgencyChoice> Agencies { get; private set; } = [];

    /// <summary>Whether the officer may manage accounts.</summary>
    public bool CanManage { get; private set; }

    /// <summary>Whether the officer may grant the system-administrator role.</summary>
    public bool CanGrantSystem { get; private set; }

    /// <summary>Shown once after creating an account or resetting a password.</summary>
    public (string UserName, string Password)? Issued { get; private set; }

    /// <summary>Only the accounts of this agency.</summary>
    [BindProperty(SupportsGet = true)]
    public Guid? Agency { get; set; }

    /// <summary>The new account.</summary>
    [BindProperty]
    public NewAccount Form { get; set; } = new();

    /// <summary>Lists the accounts.</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    /// <summary>Creates an account with a generated first password.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var scope = await LoadAsync(cancellationToken);
        var roles = Form.Roles.Where(OfficerRole.All.Contains).Distinct().ToList();
        if (roles.Count == 0)
        {
            ModelState.AddModelError("Form.Roles", "请至少选择一个角色。");
        }

        if (roles.Contains(OfficerRole.SystemAdministrator) && !CanGrantSystem)
        {
            ModelState.AddModelError("Form.Roles", "只有系统管理员可以授予“系统管理员”角色。");
        }

        if (Form.AgencyId is { } agencyId && !scope.Covers(agencyId))
        {
            ModelState.AddModelError("Form.AgencyId", "所选机关不在您的管理范围内。");
        }

        if (Form.AgencyId is null && !(CanGrantSystem && scope.AgencyId is null && roles.Contains(OfficerRole.SystemAdministrator)))
        {
            ModelState.AddModelError("Form.AgencyId", "请选择账号所属机关（只有全部机关的系统管理员账号可以不属于任何机关）。");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        OfficerAccount account;
        try
        {
            account = OfficerAccount.Create(Form.UserName, Form.DisplayName, Form.AgencyId);
        }
        catch (RuleViolationException e)
        {
            ModelState.AddModelError(string.Empty, e.Message);
            return Page();
        }

        account.Email = string.IsNullOrWhiteSpace(Form.Email) ? null : Form.Email.Trim();
        var password = InitialAdministrator.Generate();
        var created = await users.CreateAsync(account, password);
        if (created.Succeeded)
        {
            created = await users.AddToRolesAsync(account, roles);
        }

        if (!created.Succeeded)
        {
            foreach (var error in created.Errors)
            {
                ModelState.AddModelError(string.Empty, error.Description);
            }

            return Page();
        }

        Issued = (account.UserName!, password);
        Form = new NewAccount();
        ModelState.Clear();
        await LoadAsync(cancellationToken);
        return Page();
    }

    /// <summary>Generates a new password for an account of the scope (shown once).</summary>
    public async Task<IActionResult> OnPostResetAsync(Guid id, CancellationToken cancellationToken)
    {
        var (account, refusal) = await ManagedAccountAsync(id, cancellationToken);
        if (account is null)
        {
            return refusal!;
        }

        var password = InitialAdministrator.Generate();
        var token = await users.GeneratePasswordResetTokenAsync(account);
        var result = await users.ResetPasswordAsync(account, token, password);
        if (!result.Succeeded)
        {
            ModelState.AddModelError(string.Empty, string.Join(" ", result.Errors.Select(e => e.Description)));
            return Page();
        }

        await users.SetLockoutEndDateAsync(account, null);
        await users.ResetAccessFailedCountAsync(account);
        Issued = (account.UserName!, password);
        await LoadAsync(cancellationToken);
        return Page();
    }

    /// <summary>Locks (停用) or unlocks (启用) an account of the scope.</summary>
    public async Task<IActionResult> OnPostLockAsync(Guid id, bool locked, CancellationToken cancellationToken)
    {
        var (account, refusal) = await ManagedAccountAsync(id, cancellationToken);
        if (account is null)
        {
            return refusal!;
        }

        var scope = await officer.ScopeAsync(cancellationToken);
        if (account.Id == scope.UserId && locked)
        {
            ModelState.AddModelError(string.Empty, "不能停用自己的账号。");
            await LoadAsync(cancellationToken);
            return Page();
        }

        await users.SetLockoutEndDateAsync(account, locked ? new DateTimeOffset(2999, 12, 31, 0, 0, 0, TimeSpan.Zero) : null);
        TempData["Success"] = locked ? $"账号 {account.UserName} 已停用。" : $"账号 {account.UserName} 已启用。";
        return RedirectToPage(new { Agency });
    }

    /// <summary>Replaces the roles of an account of the scope.</summary>
    public async Task<IActionResult> OnPostRolesAsync(Guid id, string[] roles, CancellationToken cancellationToken)
    {
        var (account, refusal) = await ManagedAccountAsync(id, cancellationToken);
        if (account is null)
        {
            return refusal!;
        }

        var wanted = (roles ?? []).Where(OfficerRole.All.Contains).Distinct().ToList();
        var current = await users.GetRolesAsync(account);
        var systemChange = wanted.Contains(OfficerRole.SystemAdministrator) != current.Contains(OfficerRole.SystemAdministrator);
        if (wanted.Count == 0 || (systemChange && !CanGrantSystem))
        {
            ModelState.AddModelError(string.Empty, wanted.Count == 0 ? "请至少保留一个角色。" : "只有系统管理员可以授予或取消“系统管理员”角色。");
            await LoadAsync(cancellationToken);
            return Page();
        }

        await users.RemoveFromRolesAsync(account, current.Except(wanted));
        await users.AddToRolesAsync(account, wanted.Except(current));
        TempData["Success"] = $"账号 {account.UserName} 的角色已更新。";
        return RedirectToPage(new { Agency });
    }

    private async Task<(OfficerAccount? Account, IActionResult? Refusal)> ManagedAccountAsync(Guid id, CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        var account = await (await records.AccountsAsync(cancellationToken)).FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        return account is null ? (null, NotFound()) : (account, null);
    }

    private async Task<AdminScope> LoadAsync(CancellationToken cancellationToken)
    {
        var scope = await officer.ScopeAsync(cancellationToken);
        CanManage = scope.IsInAny(OfficerRole.AgencyAdministrator, OfficerRole.SystemAdministrator);
        CanGrantSystem = scope.IsIn(OfficerRole.SystemAdministrator);
        Agencies = await officer.AgenciesAsync(cancellationToken);
        var names = Agencies.ToDictionary(a => a.Agency.Id, a => a.Agency.Name);
        var query = (await records.AccountsAsync(cancellationToken)).AsNoTracking();
        if (Agency is { } only)
        {
            query = query.Where(u => u.AgencyId == only);
        }

        var accounts = await query.OrderBy(u => u.UserName).Take(500).ToListAsync(cancellationToken);
        var accountIds = accounts.Select(a => a.Id).ToList();
        var roleNames = await db.Roles.AsNoTracking().ToDictionaryAsync(r => r.Id, r => r.Name ?? string.Empty, cancellationToken);
        var roles = (await db.UserRoles.AsNoTracking().Where(ur => accountIds.Contains(ur.UserId)).ToListAsync(cancellationToken))
            .ToLookup(ur => ur.UserId, ur => roleNames.GetValueOrDefault(ur.RoleId, string.Empty));
        var now = time.GetUtcNow();
        Accounts = accounts.Select(a => new AccountRow(
            a.Id, a.UserName ?? string.Empty, a.DisplayName,
            a.AgencyId is { } g ? names.GetValueOrDefault(g, string.Empty) : "全部机关",
            roles[a.Id].ToList(), a.LockoutEnd is { } end && end > now)).ToList();
        return scope;
    }

    /// <summary>A row of the account list.</summary>
    public sealed record AccountRow(Guid Id, string UserName, string DisplayName, string AgencyName, IReadOnlyList<string> Roles, bool Locked);

    /// <summary>The form of a new account.</summary>
    public sealed class NewAccount
    {
        /// <summary>登录名.</summary>
        [Required(ErrorMessage = "请填写登录名。")]
        [StringLength(64, ErrorMessage = "登录名不超过 64 个字符。")]
        public string UserName { get; set; } = string.Empty;

        /// <summary>姓名.</summary>
        [Required(ErrorMessage = "请填写姓名。")]
        [StringLength(100, ErrorMessage = "姓名不超过 100 个字。")]
        public string DisplayName { get; set; } = string.Empty;

        /// <summary>所属机关.</summary>
        public Guid? AgencyId { get; set; }

        /// <summary>角色.</summary>
        public List<string> Roles { get; set; } = [OfficerRole.Officer];

        /// <summary>电子邮箱 (for the daily digest, optional).</summary>
        [EmailAddress(ErrorMessage = "电子邮箱格式不正确。")]
        [StringLength(200)]
        public string? Email { get; set; }
    }
}
