using System.ComponentModel.DataAnnotations;
using Gongkai.Data;
using Gongkai.Data.Officers;
using Gongkai.Domain;
using Gongkai.Domain.Agencies;
using Gongkai.Web.Admin;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Pages.Admin.Agencies;

/// <summary>
/// 机关: the agency tree of the officer's scope, with the number of accounts of each; a system administrator adds
/// agencies (a new government, or a department / lower government under one in its scope) and renames them.
/// </summary>
public sealed class IndexModel(SignedInOfficer officer, ScopedRecords records, GongkaiDbContext db) : PageModel
{
    /// <summary>The agencies in tree order.</summary>
    public IReadOnlyList<AgencyChoice> Agencies { get; private set; } = [];

    /// <summary>Accounts per agency.</summary>
    public IReadOnlyDictionary<Guid, int> Accounts { get; private set; } = new Dictionary<Guid, int>();

    /// <summary>Whether the officer may add and rename agencies.</summary>
    public bool CanEdit { get; private set; }

    /// <summary>The new agency.</summary>
    [BindProperty]
    public NewAgency Form { get; set; } = new();

    /// <summary>Lists the tree.</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    /// <summary>Adds an agency.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var scope = await LoadAsync(cancellationToken);
        if (Form.ParentId is { } parent && !scope.Covers(parent))
        {
            ModelState.AddModelError("Form.ParentId", "上级机关不在您的管理范围内。");
        }

        if (Form.ParentId is null && scope.AgencyId is not null)
        {
            ModelState.AddModelError("Form.ParentId", "请选择上级机关：只有全部机关的系统管理员可以新增顶级政府。");
        }

        if (await db.Agencies.AnyAsync(a => a.Code == Form.Code.Trim(), cancellationToken))
        {
            ModelState.AddModelError("Form.Code", $"机关代码“{Form.Code.Trim()}”已被使用。");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        try
        {
            db.Agencies.Add(new Agency(Guid.NewGuid(), Form.Code, Form.Name, Form.Kind, Form.ParentId));
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (RuleViolationException e)
        {
            ModelState.AddModelError(string.Empty, e.Message);
            return Page();
        }

        TempData["Success"] = $"已新增机关“{Form.Name.Trim()}”。";
        return RedirectToPage();
    }

    /// <summary>Renames an agency of the scope.</summary>
    public async Task<IActionResult> OnPostRenameAsync(Guid id, string name, CancellationToken cancellationToken)
    {
        var scope = await LoadAsync(cancellationToken);
        var agency = await (await records.AgenciesAsync(cancellationToken)).FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (agency is null)
        {
            return NotFound();
        }

        try
        {
            agency.Rename(name);
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (RuleViolationException e)
        {
            ModelState.AddModelError(string.Empty, e.Message);
            return Page();
        }

        TempData["Success"] = $"机关名称已改为“{agency.Name}”。";
        return RedirectToPage();
    }

    private async Task<AdminScope> LoadAsync(CancellationToken cancellationToken)
    {
        var scope = await officer.ScopeAsync(cancellationToken);
        CanEdit = scope.IsIn(OfficerRole.SystemAdministrator);
        Agencies = await officer.AgenciesAsync(cancellationToken);
        Accounts = await (await records.AccountsAsync(cancellationToken)).Where(u => u.AgencyId != null)
            .GroupBy(u => u.AgencyId!.Value)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        return scope;
    }

    /// <summary>The form of a new agency.</summary>
    public sealed class NewAgency
    {
        /// <summary>机关代码 (unique; e.g. the 统一社会信用代码 or a local short code).</summary>
        [Required(ErrorMessage = "请填写机关代码。")]
        [StringLength(64, ErrorMessage = "机关代码不超过 64 个字符。")]
        [RegularExpression("^[A-Za-z0-9_.-]+$", ErrorMessage = "机关代码只能使用字母、数字和 - _ .")]
        public string Code { get; set; } = string.Empty;

        /// <summary>机关名称.</summary>
        [Required(ErrorMessage = "请填写机关名称。")]
        [StringLength(200, ErrorMessage = "机关名称不超过 200 个字。")]
        public string Name { get; set; } = string.Empty;

        /// <summary>Government, department or township.</summary>
        public AgencyKind Kind { get; set; } = AgencyKind.Department;

        /// <summary>The supervising agency (empty: a new top-level government).</summary>
        public Guid? ParentId { get; set; }
    }
}
