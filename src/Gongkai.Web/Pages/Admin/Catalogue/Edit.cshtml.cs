using Gongkai.Domain.AnnualReports.Publishing;
using System.ComponentModel.DataAnnotations;
using Gongkai.Data;
using Gongkai.Data.Officers;
using Gongkai.Domain;
using Gongkai.Domain.Agencies;
using Gongkai.Domain.Catalogue;
using Gongkai.Web.Admin;
using Gongkai.Web.Admin.Catalogue;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Pages.Admin.Catalogue;

/// <summary>
/// Drafts a catalogue entry or edits one: a draft, returned or approved entry is revised (an approved one then needs a
/// new review); a published one is changed (变更, with the change date: 第二十六条's 20 working days run again, and the
/// changed version goes through review before it is public again).
/// </summary>
[RequestSizeLimit(MaxBodyBytes)]
[RequestFormLimits(ValueLengthLimit = (int)MaxBodyBytes, MultipartBodyLengthLimit = MaxBodyBytes)]
public sealed class EditModel(GongkaiDbContext db, SignedInOfficer officer, ScopedRecords records, TimeProvider time, IRichTextSanitizer sanitizer) : PageModel
{
    /// <summary>The largest form accepted (a long rich-text body): 2 MiB.</summary>
    public const long MaxBodyBytes = 2 * 1024 * 1024;

    /// <summary>The entry edited; null when drafting a new one.</summary>
    public CatalogueEntry? Entry { get; private set; }

    /// <summary>The agencies the officer may publish for.</summary>
    public IReadOnlyList<Agency> Agencies { get; private set; } = [];

    /// <summary>发布机构 of a new entry.</summary>
    [BindProperty]
    public Guid? AgencyId { get; set; }

    /// <summary>标题.</summary>
    [BindProperty]
    [Required(ErrorMessage = "请填写标题。")]
    public string Title { get; set; } = string.Empty;

    /// <summary>文号.</summary>
    [BindProperty]
    public string? DocumentNumber { get; set; }

    /// <summary>主题分类.</summary>
    [BindProperty]
    public CatalogueCategory Category { get; set; } = CatalogueCategory.Other;

    /// <summary>成文日期.</summary>
    [BindProperty]
    public DateOnly? WrittenOn { get; set; }

    /// <summary>有效性.</summary>
    [BindProperty]
    public Validity Validity { get; set; } = Validity.NotApplicable;

    /// <summary>正文 (HTML; sanitised).</summary>
    [BindProperty]
    [Required(ErrorMessage = "请填写正文。")]
    public string Body { get; set; } = string.Empty;

    /// <summary>变更日期 (a published entry only): the day the information changed.</summary>
    [BindProperty]
    public DateOnly? ChangedOn { get; set; }

    /// <summary>Shows the form (empty, or filled from the entry).</summary>
    public async Task<IActionResult> OnGetAsync(Guid? id, CancellationToken cancellationToken)
    {
        var scope = await officer.ScopeAsync(cancellationToken);
        if (id is { } entryId)
        {
            Entry = await Find(scope, entryId, cancellationToken);
            if (Entry is null)
            {
                return NotFound();
            }

            Title = Entry.Title;
            DocumentNumber = Entry.DocumentNumber;
            Category = Entry.Category;
            WrittenOn = Entry.WrittenOn;
            Validity = Entry.Validity;
            Body = Entry.BodyHtml;
            ChangedOn = Entry.Status == CatalogueEntryStatus.Published ? AnnualReportDeadline.ChinaDate(time.GetUtcNow().UtcDateTime) : null;
        }

        await LoadAgencies(scope, cancellationToken);
        AgencyId ??= scope.AgencyId;
        return Page();
    }

    /// <summary>Saves: drafts, revises or records a change.</summary>
    public async Task<IActionResult> OnPostAsync(Guid? id, CancellationToken cancellationToken)
    {
        var scope = await officer.ScopeAsync(cancellationToken);
        if (id is { } entryId)
        {
            Entry = await Find(scope, entryId, cancellationToken);
            if (Entry is null)
            {
                return NotFound();
            }
        }

        await LoadAgencies(scope, cancellationToken);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var by = scope.By(time);
        try
        {
            var body = CatalogueBody.FromHtml(Body, sanitizer);
            if (Entry is null)
            {
                var agency = Agencies.FirstOrDefault(a => a.Id == (AgencyId ?? scope.AgencyId));
                if (agency is null)
                {
                    ModelState.AddModelError(nameof(AgencyId), "请选择发布机构。");
                    return Page();
                }

                var number = await CatalogueIndexNumbers.NextAsync(db, agency, AnnualReportDeadline.ChinaDate(time.GetUtcNow().UtcDateTime).Year, cancellationToken);
                Entry = CatalogueEntry.Draft(Guid.NewGuid(), agency.Id, number, Title, body, Category, WrittenOn, DocumentNumber, Validity, by);
                db.CatalogueEntries.Add(Entry);
            }
            else if (Entry.Status == CatalogueEntryStatus.Published)
            {
                Entry.Change(Title, body, Category, WrittenOn, DocumentNumber, Validity, ChangedOn ?? AnnualReportDeadline.ChinaDate(time.GetUtcNow().UtcDateTime), by);
            }
            else
            {
                Entry.Revise(Title, body, Category, WrittenOn, DocumentNumber, Validity, by);
            }

            await db.SaveChangesAsync(cancellationToken);
        }
        catch (RuleViolationException e)
        {
            ModelState.AddModelError(string.Empty, e.Message);
            return Page();
        }

        TempData["Success"] = id is null ? $"条目已起草，索引号 {Entry.IndexNumber}。" : "条目已保存。";
        return Redirect($"/Admin/Catalogue/Entry/{Entry.Id}");
    }

    private async Task<CatalogueEntry?> Find(AdminScope scope, Guid id, CancellationToken cancellationToken) =>
        await (await records.CatalogueEntriesAsync(cancellationToken)).FirstOrDefaultAsync(e => e.Id == id, cancellationToken);

    private async Task LoadAgencies(AdminScope scope, CancellationToken cancellationToken) =>
        Agencies = await (await records.AgenciesAsync(cancellationToken)).AsNoTracking().OrderBy(a => a.Code).ToListAsync(cancellationToken);
}
