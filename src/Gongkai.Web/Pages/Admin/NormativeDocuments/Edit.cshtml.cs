using System.ComponentModel.DataAnnotations;
using Gongkai.Data;
using Gongkai.Data.Officers;
using Gongkai.Domain;
using Gongkai.Domain.Agencies;
using Gongkai.Domain.Catalogue;
using Gongkai.Web.Admin;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Pages.Admin.NormativeDocuments;

/// <summary>
/// Registers a 规章 or 行政规范性文件 (第二十条第（一）项) or corrects one, and records its publication and its repeal —
/// each once, never before it was issued.
/// </summary>
public sealed class EditModel(GongkaiDbContext db, SignedInOfficer officer, ScopedRecords records, TimeProvider time) : PageModel
{
    /// <summary>The document; null when registering.</summary>
    public NormativeDocument? Document { get; private set; }

    /// <summary>The agencies the officer may register for.</summary>
    public IReadOnlyList<Agency> Agencies { get; private set; } = [];

    /// <summary>制定机关 of a new document.</summary>
    [BindProperty]
    public Guid? AgencyId { get; set; }

    /// <summary>类别.</summary>
    [BindProperty]
    public NormativeDocumentKind Kind { get; set; } = NormativeDocumentKind.AdministrativeNormativeDocument;

    /// <summary>名称.</summary>
    [BindProperty]
    public string? Title { get; set; }

    /// <summary>文号.</summary>
    [BindProperty]
    public string? DocumentNumber { get; set; }

    /// <summary>制发日期.</summary>
    [BindProperty]
    [Required(ErrorMessage = "请填写制发日期。")]
    public DateOnly? IssuedOn { get; set; }

    /// <summary>公开日期 (when registering, optional; or when recording publication).</summary>
    [BindProperty]
    public DateOnly? PublishedOn { get; set; }

    /// <summary>废止日期.</summary>
    [BindProperty]
    public DateOnly? RepealedOn { get; set; }

    /// <summary>废止决定.</summary>
    [BindProperty]
    public string? RepealDecision { get; set; }

    /// <summary>Shows the form.</summary>
    public async Task<IActionResult> OnGetAsync(Guid? id, CancellationToken cancellationToken)
    {
        var scope = await officer.ScopeAsync(cancellationToken);
        await LoadAgencies(scope, cancellationToken);
        if (id is { } documentId)
        {
            Document = await Find(scope, documentId, cancellationToken);
            if (Document is null)
            {
                return NotFound();
            }

            Kind = Document.Kind;
            Title = Document.Title;
            DocumentNumber = Document.DocumentNumber;
            IssuedOn = Document.IssuedOn;
            PublishedOn = Document.PublishedOn;
        }

        AgencyId ??= scope.AgencyId;
        return Page();
    }

    /// <summary>Registers or corrects.</summary>
    public Task<IActionResult> OnPostAsync(Guid? id, CancellationToken cancellationToken) =>
        Act(id, required: false, async (scope, document) =>
        {
            if (!ModelState.IsValid)
            {
                return null;
            }

            var by = scope.By(time);
            if (document is null)
            {
                AgencyId ??= scope.AgencyId;
                if (Agencies.All(a => a.Id != AgencyId))
                {
                    ModelState.AddModelError(nameof(AgencyId), "请选择制定机关。");
                    return null;
                }

                document = NormativeDocument.Register(Guid.NewGuid(), AgencyId!.Value, Kind, Title ?? string.Empty, DocumentNumber ?? string.Empty, IssuedOn!.Value, by);
                if (PublishedOn is { } published)
                {
                    document.Publish(published, by);
                }

                db.NormativeDocuments.Add(document);
                await Task.CompletedTask;
                return ("文件已登记。", document.Id);
            }

            document.Correct(Kind, Title ?? string.Empty, DocumentNumber ?? string.Empty, IssuedOn!.Value, by);
            return ("已更正。", document.Id);
        }, cancellationToken);

    /// <summary>Records the publication.</summary>
    public Task<IActionResult> OnPostPublishAsync(Guid id, CancellationToken cancellationToken) =>
        Act(id, required: true, (scope, document) =>
        {
            document!.Publish(PublishedOn ?? throw new RuleViolationException("请填写公开日期。"), scope.By(time));
            return Task.FromResult<(string, Guid)?>(("已登记公开日期。", id));
        }, cancellationToken);

    /// <summary>Records the repeal.</summary>
    public Task<IActionResult> OnPostRepealAsync(Guid id, CancellationToken cancellationToken) =>
        Act(id, required: true, (scope, document) =>
        {
            document!.Repeal(RepealedOn ?? throw new RuleViolationException("请填写废止日期。"), RepealDecision ?? string.Empty, scope.By(time));
            return Task.FromResult<(string, Guid)?>(("已登记废止。", id));
        }, cancellationToken);

    private async Task<IActionResult> Act(Guid? id, bool required, Func<AdminScope, NormativeDocument?, Task<(string Success, Guid Id)?>> action, CancellationToken cancellationToken)
    {
        var scope = await officer.ScopeAsync(cancellationToken);
        await LoadAgencies(scope, cancellationToken);
        if (id is { } documentId)
        {
            Document = await Find(scope, documentId, cancellationToken);
            if (Document is null)
            {
                return NotFound();
            }
        }
        else if (required)
        {
            return NotFound();
        }

        if (required)
        {
            // Publish and Repeal post only their own fields: the registration form's fields are not part of them.
            foreach (var key in ModelState.Keys.Where(k => k is not (nameof(PublishedOn) or nameof(RepealedOn) or nameof(RepealDecision))).ToList())
            {
                ModelState.Remove(key);
            }

            if (!ModelState.IsValid)
            {
                return Page();
            }
        }

        if (!scope.IsInAny(OfficerRole.Officer, OfficerRole.Approver, OfficerRole.AgencyAdministrator))
        {
            ModelState.AddModelError(string.Empty, $"登记规章和规范性文件须具有“{OfficerRole.Label(OfficerRole.Officer)}”、“{OfficerRole.Label(OfficerRole.Approver)}”或“{OfficerRole.Label(OfficerRole.AgencyAdministrator)}”角色。");
            return Page();
        }

        try
        {
            var done = await action(scope, Document);
            if (done is not { } result)
            {
                return Page();
            }

            await db.SaveChangesAsync(cancellationToken);
            TempData["Success"] = result.Success;
            return Redirect($"/Admin/NormativeDocuments/Edit/{result.Id}");
        }
        catch (RuleViolationException e)
        {
            ModelState.AddModelError(string.Empty, e.Message);
            return Page();
        }
    }

    private async Task<NormativeDocument?> Find(AdminScope scope, Guid id, CancellationToken cancellationToken) =>
        await (await records.NormativeDocumentsAsync(cancellationToken)).FirstOrDefaultAsync(d => d.Id == id, cancellationToken);

    private async Task LoadAgencies(AdminScope scope, CancellationToken cancellationToken) =>
        Agencies = await (await records.AgenciesAsync(cancellationToken)).AsNoTracking().OrderBy(a => a.Code).ToListAsync(cancellationToken);
}
