using Gongkai.Data.Notices;
using Gongkai.Data.Officers;
using Gongkai.Domain;
using Gongkai.Domain.Notices;
using Gongkai.Web.Admin;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages.Admin.Notices;

/// <summary>
/// 告知书模板: each agency's wording of every notice (letterhead, 文号 prefix, title, body with placeholders, remedies).
/// Everyone in scope reads them; the agency's administrator edits them or restores the built-in wording.
/// </summary>
public sealed class TemplatesModel(SignedInOfficer officer, NoticeIssuer notices, TimeProvider time) : PageModel
{
    /// <summary>The agencies of the scope.</summary>
    public IReadOnlyList<AgencyChoice> Agencies { get; private set; } = [];

    /// <summary>The agency whose templates are shown.</summary>
    [BindProperty(SupportsGet = true)]
    public Guid? Agency { get; set; }

    /// <summary>The kind being edited (none: the list).</summary>
    [BindProperty(SupportsGet = true)]
    public NoticeKind? Kind { get; set; }

    /// <summary>Every kind's template (the agency's own or the built-in one).</summary>
    public IReadOnlyList<NoticeTemplate> Templates { get; private set; } = [];

    /// <summary>Whether the officer may edit.</summary>
    public bool CanEdit { get; private set; }

    /// <summary>The edited text.</summary>
    [BindProperty]
    public TemplateForm Form { get; set; } = new();

    /// <summary>Shows the list, or one template's form.</summary>
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        if (Kind is { } kind)
        {
            var template = Templates.Single(t => t.Kind == kind);
            Form = new TemplateForm { Letterhead = template.Letterhead, NumberPrefix = template.NumberPrefix, Title = template.Title, Body = template.Body, Remedies = template.Remedies };
        }

        return Page();
    }

    /// <summary>Saves the agency's own wording.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken) || Kind is not { } kind)
        {
            return NotFound();
        }

        try
        {
            var text = new NoticeTemplateText(Form.Letterhead ?? "", Form.NumberPrefix ?? "", Form.Title ?? "", Form.Body ?? "", Form.Remedies ?? "");
            await notices.SaveTemplateAsync(Agency!.Value, kind, text, (await officer.ScopeAsync(cancellationToken)).By(time), cancellationToken);
        }
        catch (RuleViolationException e)
        {
            ModelState.AddModelError(string.Empty, e.Message);
            return Page();
        }

        TempData["Success"] = $"“{NoticeKinds.ChineseName(kind)}”模板已保存，此后出具的告知书使用新模板。";
        return RedirectToPage(new { agency = Agency, kind });
    }

    /// <summary>Goes back to the built-in wording.</summary>
    public async Task<IActionResult> OnPostRestoreAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken) || Kind is not { } kind)
        {
            return NotFound();
        }

        await notices.RestoreBuiltInTemplateAsync(Agency!.Value, kind, cancellationToken);
        TempData["Success"] = $"“{NoticeKinds.ChineseName(kind)}”已恢复为系统内置模板。";
        return RedirectToPage(new { agency = Agency, kind });
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var scope = await officer.ScopeAsync(cancellationToken);
        Agencies = await officer.AgenciesAsync(cancellationToken);
        Agency ??= scope.AgencyId ?? Agencies.FirstOrDefault()?.Agency.Id;
        if (Agency is not { } agency || !scope.Covers(agency))
        {
            return Agency is null;
        }

        CanEdit = scope.IsInAny(OfficerRole.AgencyAdministrator, OfficerRole.SystemAdministrator);
        Templates = await notices.TemplatesAsync(agency, cancellationToken);
        return true;
    }

    /// <summary>The editable parts of a template.</summary>
    public sealed class TemplateForm
    {
        /// <summary>版头 (机关名称).</summary>
        public string? Letterhead { get; set; }

        /// <summary>文号前缀, e.g. 西政依复.</summary>
        public string? NumberPrefix { get; set; }

        /// <summary>标题.</summary>
        public string? Title { get; set; }

        /// <summary>正文 with {占位符}.</summary>
        public string? Body { get; set; }

        /// <summary>救济途径.</summary>
        public string? Remedies { get; set; }
    }
}
