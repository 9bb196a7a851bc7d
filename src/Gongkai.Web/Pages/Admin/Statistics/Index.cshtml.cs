using Gongkai.Data.Officers;
using Gongkai.Domain.AnnualReports;
using Gongkai.Domain.AnnualReports.Statistics;
using Gongkai.Web.Admin;
using Gongkai.Web.Pages.Admin.Reports;
using Gongkai.Web.Reports;
using Microsoft.AspNetCore.Mvc;

namespace Gongkai.Web.Pages.Admin.Statistics;

/// <summary>
/// 统计数据填报: the annual report's numbers Gongkai cannot count itself (条例 第五十条), entered per agency and year with
/// a source note; one table (and at most <see cref="PageSize"/> cells) per form.
/// </summary>
public sealed class IndexModel(SignedInOfficer officer, ReportWorkflow workflow, AnnualStatisticsEntry entry, TimeProvider time)
    : ReportPageModel(officer, workflow)
{
    /// <summary>Cells per form (the form value limit is 100 fields).</summary>
    public const int PageSize = 40;

    /// <summary>The table shown (its id); empty for the first.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Table { get; set; }

    /// <summary>The page of the table's cells, from 0.</summary>
    [BindProperty(SupportsGet = true)]
    public int Part { get; set; }

    /// <summary>The numbers as typed, one per cell of the page.</summary>
    [BindProperty]
    public List<string?> V { get; set; } = [];

    /// <summary>数据来源.</summary>
    [BindProperty]
    public string? Source { get; set; }

    /// <summary>The report format of the year.</summary>
    public ReportFormat Format { get; private set; }

    /// <summary>The tables with cells people enter.</summary>
    public IReadOnlyList<(ReportTable Table, IReadOnlyList<CellDefinition> Cells)> Tables { get; private set; } = [];

    /// <summary>The cells of this page.</summary>
    public IReadOnlyList<CellDefinition> Cells { get; private set; } = [];

    /// <summary>How many pages the table has.</summary>
    public int Parts { get; private set; }

    /// <summary>What is entered, by cell key.</summary>
    public IReadOnlyDictionary<string, AnnualStatistic> Entered { get; private set; } = new Dictionary<string, AnnualStatistic>();

    /// <summary>The table id shown.</summary>
    public string TableId => Tables.Count == 0 ? string.Empty : Tables.First(t => t.Table.Id == Table).Table.Id;

    /// <summary>The address of a page of a table.</summary>
    public string PageUrl(string table, int part) =>
        $"/Admin/Statistics?{Query}&table={Uri.EscapeDataString(table)}&part={part}";

    /// <summary>Shows the form.</summary>
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await ResolveAsync(cancellationToken))
        {
            return NotFound();
        }

        await LoadAsync(cancellationToken);
        V = Cells.Select(c => Entered.TryGetValue(c.Address.Key, out var s) ? Number(s.Value) : null).ToList();
        return Page();
    }

    /// <summary>Saves the numbers.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await ResolveAsync(cancellationToken))
        {
            return NotFound();
        }

        await LoadAsync(cancellationToken);
        var refusal = Refusal("填报");
        if (refusal is null && !Scope.IsInAny(OfficerRole.Officer, OfficerRole.Approver))
        {
            refusal = "填报统计数据需要“经办人”或“审核人（工作机构负责人）”角色。";
        }

        if (refusal is not null)
        {
            ModelState.AddModelError(string.Empty, refusal);
            return Page();
        }

        var values = Cells.Select((c, i) => (c, i < V.Count ? V[i] : null)).ToArray();
        var result = await entry.SaveAsync(Unit.Id, Year, Format, values, Source, Scope.By(time), cancellationToken);
        if (result.Errors.Count > 0)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(string.Empty, error);
            }

            return Page();
        }

        TempData["Success"] = result.Changed == 0 ? "数字没有变化。" : $"已保存{result.Changed}个统计数。";
        return Redirect(PageUrl(TableId, Part));
    }

    /// <summary>A number as typed back into the form.</summary>
    public static string Number(decimal value) => value.ToString("0.####", System.Globalization.CultureInfo.InvariantCulture);

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Format = await entry.FormatAsync(Unit.Id, Year, cancellationToken);
        Tables = AnnualStatisticsEntry.EnterableCells(Format);
        if (Tables.Count == 0)
        {
            return;
        }

        var table = Tables.FirstOrDefault(t => t.Table.Id == Table);
        if (table.Table is null)
        {
            table = Tables[0];
        }

        Table = table.Table.Id;
        Parts = (table.Cells.Count + PageSize - 1) / PageSize;
        Part = Math.Clamp(Part, 0, Parts - 1);
        Cells = table.Cells.Skip(Part * PageSize).Take(PageSize).ToArray();
        Entered = await entry.EnteredAsync(Unit.Id, Year, Format, cancellationToken);
    }
}
