using Gongkai.Data;
using Gongkai.Data.Imports;
using Gongkai.Data.Officers;
using Gongkai.Documents.Spreadsheets;
using Gongkai.Domain;
using Gongkai.Domain.AnnualReports.Publishing;
using Gongkai.Domain.Imports;
using Gongkai.Exports.Imports;
using Gongkai.Web.Admin;
using Gongkai.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Pages.Admin.Imports;

/// <summary>
/// 导入 (/Admin/Imports): an office's request ledger or list of published documents, uploaded, previewed (what would be
/// imported, every refusal with its sheet, row, column, value and reason, downloadable as XLSX with the original rows)
/// and imported on confirmation — all or nothing, as <c>gongkai import</c> does (docs/imports.md). Officers and agency
/// administrators import for the agencies of their subtree. The file travels back with the confirmation (base64 in the
/// form, at most <see cref="MaxUploadBytes"/>), so no web node keeps it; it is read and checked again from scratch.
/// </summary>
[RequestSizeLimit(RequestLimit)]
[RequestFormLimits(MultipartBodyLengthLimit = RequestLimit, ValueLengthLimit = RequestLimit)]
public sealed class IndexModel(SignedInOfficer officer, GongkaiDbContext db, RequestLedgerImport ledger, CatalogueImport catalogue, PortalCacheEviction cache, TimeProvider time) : PageModel
{
    /// <summary>The largest file accepted here: 8 MB (a ledger is tens of KB; a larger catalogue goes through the command line).</summary>
    public const int MaxUploadBytes = 8 * 1024 * 1024;

    private const int RequestLimit = 24 * 1024 * 1024;

    /// <summary>The roles that may import.</summary>
    public static readonly string[] ImportRoles = [OfficerRole.Officer, OfficerRole.AgencyAdministrator];

    /// <summary>The agencies the officer may import for.</summary>
    public IReadOnlyList<(Guid Id, string Name)> Agencies { get; private set; } = [];

    /// <summary>The agency.</summary>
    [BindProperty] public Guid? AgencyId { get; set; }

    /// <summary>What is imported: "requests" or "catalogue".</summary>
    [BindProperty] public string Kind { get; set; } = "requests";

    /// <summary>The uploaded file.</summary>
    [BindProperty] public IFormFile? Upload { get; set; }

    /// <summary>An optional mapping file.</summary>
    [BindProperty] public IFormFile? Mapping { get; set; }

    /// <summary>The file carried from the preview to the confirmation (base64).</summary>
    [BindProperty] public string? FileContent { get; set; }

    /// <summary>The mapping carried from the preview (base64).</summary>
    [BindProperty] public string? MappingContent { get; set; }

    /// <summary>The file name carried from the preview.</summary>
    [BindProperty] public string? FileName { get; set; }

    /// <summary>The result of the preview or the import.</summary>
    public ImportResult? Result { get; private set; }

    /// <summary>Whether the officer may import.</summary>
    public bool CanImport { get; private set; }

    /// <summary>Shows the form.</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    /// <summary>Reads and checks the upload; nothing is written.</summary>
    public async Task<IActionResult> OnPostPreviewAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (Upload is null || Upload.Length == 0)
        {
            ModelState.AddModelError(string.Empty, "请选择要导入的文件（.xlsx 或 .csv）。");
            return Page();
        }

        if (Upload.Length > MaxUploadBytes || Mapping?.Length > LedgerVocabulary.MaxMappingFileBytes)
        {
            ModelState.AddModelError(string.Empty, $"文件超过{MaxUploadBytes / 1024 / 1024} MB，请用命令行 gongkai import 导入。");
            return Page();
        }

        var bytes = await ReadAsync(Upload, cancellationToken);
        FileContent = Convert.ToBase64String(bytes);
        MappingContent = Mapping is null ? null : Convert.ToBase64String(await ReadAsync(Mapping, cancellationToken));
        FileName = Path.GetFileName(Upload.FileName);
        return await RunAsync(dryRun: true, cancellationToken);
    }

    /// <summary>Imports what the preview showed, checking it all again.</summary>
    public async Task<IActionResult> OnPostConfirmAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        return await RunAsync(dryRun: false, cancellationToken);
    }

    /// <summary>The refusal report as XLSX (original rows with a reason column).</summary>
    public async Task<IActionResult> OnPostRefusalsAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        var checkedFile = await CheckAsync(dryRun: true, cancellationToken);
        if (checkedFile is not { } c)
        {
            return Page();
        }

        var stream = new MemoryStream();
        ImportRefusalWorkbook.Write(stream, c.Result.Problems, c.Headers, c.Originals);
        return File(stream.ToArray(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Path.GetFileNameWithoutExtension(FileName) + "-退回清单.xlsx");
    }

    private async Task<IActionResult> RunAsync(bool dryRun, CancellationToken cancellationToken)
    {
        var checkedFile = await CheckAsync(dryRun, cancellationToken);
        if (checkedFile is not { } c)
        {
            return Page();
        }

        Result = c.Result;
        if (!dryRun && Result.Status == ImportStatus.Imported)
        {
            if (Kind == "catalogue")
            {
                // The bulk insert bypasses the change tracker, so the eviction interceptor does not see the new entries.
                await cache.EvictAsync([PortalOutputCache.CatalogueTag], cancellationToken);
            }

            TempData["Success"] = $"已导入 {Result.Imported} 行（已有 {Result.AlreadyThere} 行未重复导入）。";
            return Kind == "catalogue" ? RedirectToPage("/Admin/Catalogue/Index") : RedirectToPage("/Admin/Requests/Index");
        }

        return Page();
    }

    private async Task<(ImportResult Result, IReadOnlyDictionary<string, IReadOnlyList<string>> Headers, IReadOnlyDictionary<(string, int), IReadOnlyList<string>> Originals)?> CheckAsync(bool dryRun, CancellationToken cancellationToken)
    {
        var scope = await officer.ScopeAsync(cancellationToken);
        try
        {
            if (!CanImport)
            {
                throw new RuleViolationException("导入须具有“经办人”或“机关管理员”角色。");
            }

            if (AgencyId is not { } agencyId || !scope.Covers(agencyId))
            {
                throw new RuleViolationException("请选择机关。");
            }

            if (Kind is not ("requests" or "catalogue"))
            {
                throw new RuleViolationException("请选择导入的内容。");
            }

            byte[] bytes;
            byte[]? mapping;
            try
            {
                bytes = Convert.FromBase64String(FileContent ?? string.Empty);
                mapping = string.IsNullOrEmpty(MappingContent) ? null : Convert.FromBase64String(MappingContent);
            }
            catch (FormatException)
            {
                throw new RuleViolationException("上传的文件已损坏，请重新选择文件。");
            }

            if (bytes.Length == 0 || bytes.Length > MaxUploadBytes)
            {
                throw new RuleViolationException("请重新选择要导入的文件。");
            }

            var vocabulary = mapping is null ? LedgerVocabulary.Default : LedgerVocabulary.Default.WithMappingFile(mapping);
            var (workbook, error) = SpreadsheetFile.Read(bytes, FileName ?? "upload");
            if (workbook is null)
            {
                throw new RuleViolationException(error!);
            }

            var agency = await db.Agencies.AsNoTracking().SingleAsync(a => a.Id == agencyId, cancellationToken);
            var today = Gongkai.Domain.Calendar.ChinaClock.Today(time);
            var actor = $"{scope.DisplayName}（{scope.UserName}）";
            if (Kind == "requests")
            {
                var check = RequestLedgerReader.Read(workbook, vocabulary, today);
                return (await ledger.ImportAsync(agency, check, actor, dryRun, null, cancellationToken), check.Headers, check.OriginalRows);
            }

            var sheet = CatalogueSheetReader.Read(workbook, vocabulary, today);
            return (await catalogue.ImportAsync(agency, sheet, dryRun, null, null, cancellationToken), sheet.Headers, sheet.OriginalRows);
        }
        catch (RuleViolationException refusal)
        {
            ModelState.AddModelError(string.Empty, refusal.Message);
            return null;
        }
    }

    private static async Task<byte[]> ReadAsync(IFormFile file, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, cancellationToken);
        return buffer.ToArray();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var scope = await officer.ScopeAsync(cancellationToken);
        CanImport = scope.IsInAny(ImportRoles);
        var ids = scope.AgencyIds.ToList();
        var agencies = await db.Agencies.AsNoTracking().Where(a => ids.Contains(a.Id)).OrderBy(a => a.Code).Select(a => new { a.Id, a.Name }).ToListAsync(cancellationToken);
        Agencies = agencies.Select(a => (a.Id, a.Name)).ToList();
        AgencyId ??= scope.AgencyId ?? Agencies.FirstOrDefault().Id;
    }
}
