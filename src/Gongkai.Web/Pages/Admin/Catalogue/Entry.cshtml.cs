using Gongkai.Domain.AnnualReports.Publishing;
using Gongkai.Data;
using Gongkai.Data.Calendar;
using Gongkai.Data.Officers;
using Gongkai.Domain;
using Gongkai.Domain.Calendar;
using Gongkai.Domain.Catalogue;
using Gongkai.Web.Admin;
using Gongkai.Web.Admin.Catalogue;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Pages.Admin.Catalogue;

/// <summary>
/// One catalogue entry in the back office: its content, attachments, 第二十六条 deadline and the workflow actions —
/// submit for review, approve or return (审核人 only, never the author: 第十七条), publish, withdraw with a reason.
/// </summary>
[RequestSizeLimit(MaxUploadRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxUploadRequestBytes)]
public sealed class EntryModel(GongkaiDbContext db, SignedInOfficer officer, ScopedRecords records, TimeProvider time) : PageModel
{
    /// <summary>The largest upload request: one file of <see cref="CatalogueAttachmentFile.MaxBytes"/> and the form around it.</summary>
    public const long MaxUploadRequestBytes = CatalogueAttachmentFile.MaxBytes + 1024 * 1024;

    /// <summary>The entry.</summary>
    public CatalogueEntry Entry { get; private set; } = null!;

    /// <summary>发布机构.</summary>
    public string AgencyName { get; private set; } = string.Empty;

    /// <summary>第二十六条 deadline; null when no start date.</summary>
    public DateOnly? Deadline { get; private set; }

    /// <summary>Working days late (as of today for an unpublished entry).</summary>
    public int DaysLate { get; private set; }

    /// <summary>The signed-in officer's scope.</summary>
    public AdminScope Scope { get; private set; } = null!;

    /// <summary>理由 (return or withdrawal).</summary>
    [BindProperty]
    public string? Reason { get; set; }

    /// <summary>The uploaded file.</summary>
    [BindProperty]
    public IFormFile? Upload { get; set; }

    /// <summary>Shows the entry.</summary>
    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await Load(id, cancellationToken) ? Page() : NotFound();

    /// <summary>Downloads an attachment (officers see the attachments of unpublished entries too).</summary>
    public async Task<IActionResult> OnGetAttachmentAsync(Guid id, Guid attachmentId, CancellationToken cancellationToken)
    {
        if (!await Load(id, cancellationToken) || Entry.Attachments.All(a => a.Id != attachmentId))
        {
            return NotFound();
        }

        var file = await db.Set<CatalogueAttachmentFile>().AsNoTracking().FirstOrDefaultAsync(f => f.Id == attachmentId && f.EntryId == id, cancellationToken);
        return file is null ? NotFound() : File(file.Content, file.ContentType, file.FileName);
    }

    /// <summary>
    /// A step of the entry's workflow (<c>?handler=Submit|Approve|Return|Publish|Withdraw</c>): 送审; 审查通过 or 退回修改
    /// (审核人 only, never the author: 第十七条); 发布 (主动公开, visible on the portal at once); 撤回 with a reason.
    /// </summary>
    public Task<IActionResult> OnPostAsync(Guid id, string? handler, CancellationToken cancellationToken)
    {
        var today = AnnualReportDeadline.ChinaDate(time.GetUtcNow().UtcDateTime);
        string[] handling = [OfficerRole.Officer, OfficerRole.Approver];
        string[] approving = [OfficerRole.Approver];
        return handler?.ToUpperInvariant() switch
        {
            "SUBMIT" => Act(id, handling, e => e.SubmitForReview(Scope.By(time)), "已送审，等待审核人保密审查。", cancellationToken),
            "APPROVE" => Act(id, approving, e => e.Approve(Scope.By(time)), "保密审查通过，可以发布。", cancellationToken),
            "RETURN" => Act(id, approving, e => e.Return(Reason ?? string.Empty, Scope.By(time)), "已退回修改。", cancellationToken),
            "PUBLISH" => Act(id, handling, e => e.Publish(today, Scope.By(time)), "已发布，门户网站即时可见。", cancellationToken),
            "WITHDRAW" => Act(id, handling, e => e.Withdraw(today, Reason ?? string.Empty), "已撤回，门户网站不再显示；撤回理由已记录。", cancellationToken),
            _ => Task.FromResult<IActionResult>(NotFound()),
        };
    }

    /// <summary>Uploads an attachment.</summary>
    public async Task<IActionResult> OnPostUploadAsync(Guid id, CancellationToken cancellationToken)
    {
        if (Upload is null || Upload.Length == 0)
        {
            if (!await Load(id, cancellationToken))
            {
                return NotFound();
            }

            ModelState.AddModelError(nameof(Upload), "请选择要上传的文件。");
            return Page();
        }

        if (Upload.Length > CatalogueAttachmentFile.MaxBytes)
        {
            if (!await Load(id, cancellationToken))
            {
                return NotFound();
            }

            ModelState.AddModelError(nameof(Upload), $"附件“{Path.GetFileName(Upload.FileName)}”超过{CatalogueAttachmentFile.MaxBytes / 1024 / 1024} MB，不能上传。");
            return Page();
        }

        var fileName = Upload.FileName;
        using var buffer = new MemoryStream();
        await Upload.CopyToAsync(buffer, cancellationToken);
        var content = buffer.ToArray();
        return await Act(id, [OfficerRole.Officer, OfficerRole.Approver], e =>
        {
            var file = CatalogueAttachmentFile.Upload(Guid.NewGuid(), e.Id, fileName, content);
            if (Gongkai.Documents.Guards.AttachmentContentCheck.Check(file.FileName, content) is { } refusal)
            {
                throw new RuleViolationException(refusal); // issue 12 finding 8: content, not only the magic number
            }
            e.AddAttachment(file.Metadata, Scope.By(time));
            db.Add(file);
        }, "附件已上传。", cancellationToken);
    }

    /// <summary>Removes an attachment.</summary>
    public async Task<IActionResult> OnPostRemoveAttachmentAsync(Guid id, Guid attachmentId, CancellationToken cancellationToken)
    {
        var file = await db.Set<CatalogueAttachmentFile>().FirstOrDefaultAsync(f => f.Id == attachmentId && f.EntryId == id, cancellationToken);
        return await Act(id, [OfficerRole.Officer, OfficerRole.Approver], e =>
        {
            e.RemoveAttachment(attachmentId, Scope.By(time));
            if (file is not null)
            {
                db.Remove(file);
            }
        }, "附件已删除。", cancellationToken);
    }

    private async Task<IActionResult> Act(Guid id, string[] roles, Action<CatalogueEntry> action, string success, CancellationToken cancellationToken)
    {
        if (!await Load(id, cancellationToken, tracked: true))
        {
            return NotFound();
        }

        if (!Scope.IsInAny(roles))
        {
            ModelState.AddModelError(string.Empty, $"此操作须具有“{string.Join("”或“", roles.Select(OfficerRole.Label))}”角色。");
            return Page();
        }

        try
        {
            action(Entry);
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (RuleViolationException e)
        {
            ModelState.AddModelError(string.Empty, e.Message);
            db.ChangeTracker.Clear();
            await Load(id, cancellationToken);
            return Page();
        }

        TempData["Success"] = success;
        return Redirect($"/Admin/Catalogue/Entry/{id}");
    }

    private async Task<bool> Load(Guid id, CancellationToken cancellationToken, bool tracked = false)
    {
        Scope = await officer.ScopeAsync(cancellationToken);
        var entries = await records.CatalogueEntriesAsync(cancellationToken);
        var entry = await (tracked ? entries : entries.AsNoTracking()).FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (entry is null)
        {
            return false;
        }

        Entry = entry;
        AgencyName = await db.Agencies.Where(a => a.Id == entry.AgencyId).Select(a => a.Name).FirstAsync(cancellationToken);
        var calendar = await new CalendarStore(db, time).LoadAsync(cancellationToken);
        Deadline = entry.PublicationDeadline(calendar);
        DaysLate = entry.DaysLate(calendar, AnnualReportDeadline.ChinaDate(time.GetUtcNow().UtcDateTime));
        return true;
    }

    /// <summary>A date as printed.</summary>
    public static string Day(DateOnly? day) => day is { } d ? ChineseDates.Iso(d) : "—";
}
