using Gongkai.Domain;
using Gongkai.Domain.AnnualReports;
using Gongkai.Domain.AnnualReports.Generation;
using Gongkai.Domain.AnnualReports.Narrative;
using Gongkai.Domain.AnnualReports.Publishing;
using Gongkai.Exports;
using Gongkai.Web.Admin;
using Gongkai.Web.Reports;
using Microsoft.AspNetCore.Mvc;

namespace Gongkai.Web.Pages.Admin.Reports;

/// <summary>
/// The annual report draft (条例 第四十九条、第五十条): the tables computed from the records (every computed cell drills
/// down to its records), the text of each part, the findings of the last check, and the steps 检查 → 批准 → 发布 →
/// 更正. A unit's report opened by its supervising office is read-only.
/// </summary>
public sealed class DraftModel(SignedInOfficer officer, ReportWorkflow workflow, TimeProvider time) : ReportPageModel(officer, workflow)
{
    /// <summary>Where the report stands.</summary>
    public ReportStanding Standing { get; private set; } = null!;

    /// <summary>The report as computed now.</summary>
    public ReportWork Work { get; private set; } = null!;

    /// <summary>The report shown: the frozen published version when nothing is being changed, else the live draft.</summary>
    public AnnualReportDocument Shown { get; private set; } = null!;

    /// <summary>Whether <see cref="Shown"/> is the published version.</summary>
    public bool ShowsPublished { get; private set; }

    /// <summary>The report body (encoded by <see cref="ReportHtmlWriter"/>).</summary>
    public string ReportHtml { get; private set; } = string.Empty;

    /// <summary>The findings shown: those recorded by the last check, or the live consistency findings when unchecked.</summary>
    public IReadOnlyList<Finding> Findings { get; private set; } = [];

    /// <summary>Whether <see cref="Findings"/> were recorded by a check (else they are the current data's, unchecked).</summary>
    public bool FindingsRecorded { get; private set; }

    /// <summary>Whether the records changed since the check (the check must be repeated).</summary>
    public bool ChangedSinceCheck { get; private set; }

    /// <summary>The parts of the text.</summary>
    public IReadOnlyList<DraftedPart> Parts => Work.Narrative.Parts;

    /// <summary>The people's text of each part, in the order of <see cref="Parts"/>.</summary>
    [BindProperty]
    public List<string?> Texts { get; set; } = [];

    /// <summary>更正说明 (versions 2 on).</summary>
    [BindProperty]
    public string? ChangeNote { get; set; }

    /// <summary>The export formats offered for download.</summary>
    public static IReadOnlyList<(string Name, string Label)> Downloads { get; } =
        [("docx", "Word（DOCX）"), ("pdf", "PDF"), ("xlsx", "表格（XLSX）"), ("json", "数据（JSON）"), ("html", "网页（HTML）"), ("txt", "纯文本（TXT）")];

    /// <summary>The table whose cells the units' contributions are shown for (表三, or the 2014 统计表).</summary>
    public ReportTable? ContributionTable =>
        Work.Rolled.Units.Count > 1
            ? Work.Rolled.Combined.Data.Layout.FindTable(Table3Labels.TableId) ?? Work.Rolled.Combined.Data.Layout.Tables.FirstOrDefault()
            : null;

    /// <summary>The cells with a value other than 0, per table, for the drill-down list.</summary>
    public IEnumerable<(ReportTable Table, IReadOnlyList<ReportCell> Cells)> DrillCells =>
        Work.Rolled.Combined.Data.Layout.Tables.Select(t => (t, (IReadOnlyList<ReportCell>)t.Cells
                .Select(c => Work.Rolled.Combined.Data.Find(c.Address))
                .OfType<ReportCell>()
                .Where(c => c.Value is { } v && v != 0)
                .ToArray()))
            .Where(t => t.Item2.Count > 0);

    /// <summary>The drill-down address of a cell.</summary>
    public string CellUrl(ReportCell cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        var query = new List<string> { Query, "table=" + Uri.EscapeDataString(cell.Table) };
        query.AddRange(cell.RowPath.Select(r => "row=" + Uri.EscapeDataString(r)));
        query.AddRange(cell.ColumnPath.Select(c => "col=" + Uri.EscapeDataString(c)));
        return "/Admin/Reports/Cell?" + string.Join('&', query);
    }

    /// <summary>A number as printed.</summary>
    public static string Number(decimal? value) =>
        value is { } v ? v.ToString("0.####", System.Globalization.CultureInfo.InvariantCulture) : "—";

    /// <summary>Shows the report.</summary>
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await ResolveAsync(cancellationToken))
        {
            return NotFound();
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    /// <summary>Downloads the report shown, in one of the export formats.</summary>
    public async Task<IActionResult> OnGetDownloadAsync(string format, CancellationToken cancellationToken)
    {
        if (!await ResolveAsync(cancellationToken))
        {
            return NotFound();
        }

        if (!ReportExports.CreateDefault().TryGet(format ?? string.Empty, out var export))
        {
            return NotFound();
        }

        await LoadAsync(cancellationToken);
        try
        {
            using var stream = new MemoryStream();
            await export.WriteAsync(Shown, stream, cancellationToken);
            var suffix = ShowsPublished ? string.Empty : "（草稿）";
            return File(stream.ToArray(), export.ContentType, $"{Shown.Title}{suffix}{export.FileExtension}");
        }
        catch (ChromiumNotFoundException e)
        {
            ModelState.AddModelError(string.Empty, "无法生成 PDF：" + e.Message);
            return Page();
        }
    }

    /// <summary>Saves the text of the parts.</summary>
    public Task<IActionResult> OnPostSaveAsync(CancellationToken cancellationToken) =>
        ActAsync("编制", async by =>
        {
            var work = await Workflow.ComputeAsync(Unit, Year, cancellationToken);
            var texts = new Dictionary<string, string?>();
            for (var i = 0; i < work.Narrative.Parts.Count && i < Texts.Count; i++)
            {
                texts[work.Narrative.Parts[i].Section.Heading] = Texts[i];
            }

            var changed = await Workflow.SaveTextAsync(Unit, Year, texts, by, cancellationToken);
            return changed == 0 ? "正文没有改动。" : $"已保存{changed}个部分的正文；报告须重新检查。";
        }, cancellationToken);

    /// <summary>
    /// A step of the report's life (<c>?handler=Check|Approve|Publish|Correct</c>): 检查 → 批准 → 发布 (第四十九条、第五十条)
    /// → 更正 of the published report.
    /// </summary>
    public Task<IActionResult> OnPostAsync(string? handler, CancellationToken cancellationToken) => handler?.ToUpperInvariant() switch
    {
        "CHECK" => ActAsync("检查", async by =>
        {
            var findings = await Workflow.CheckAsync(Unit, Year, by, cancellationToken);
            var errors = findings.Count(f => f.Severity == FindingSeverity.Error);
            return errors == 0
                ? $"检查完成：没有错误（{findings.Count}项提示或警告），可以提请批准。"
                : $"检查完成：发现{errors}项错误，须改正后重新检查。";
        }, cancellationToken),
        "APPROVE" => ActAsync("批准", async by =>
        {
            await Workflow.ApproveAsync(Unit, Year, by, cancellationToken);
            return "已批准发布。";
        }, cancellationToken),
        "PUBLISH" => ActAsync("发布", async by =>
        {
            var version = await Workflow.PublishAsync(Unit, Year, ChangeNote, by, cancellationToken);
            return $"第{version.VersionNumber}版已发布，公众可在 /reports/{Unit.Code}/{Year} 查看。";
        }, cancellationToken),
        "CORRECT" => ActAsync("更正", async by =>
        {
            await Workflow.StartCorrectionAsync(Unit, Year, by, cancellationToken);
            return "已开始更正：修改后须重新检查、批准，并填写更正说明后发布新版本。";
        }, cancellationToken),
        _ => Task.FromResult<IActionResult>(NotFound()),
    };

    private async Task<IActionResult> ActAsync(string action, Func<Gongkai.Domain.Requests.RecordedBy, Task<string>> act, CancellationToken cancellationToken)
    {
        if (!await ResolveAsync(cancellationToken))
        {
            return NotFound();
        }

        var refusal = Refusal(action);
        if (refusal is null)
        {
            try
            {
                TempData["Success"] = await act(Scope.By(time));
                return Redirect($"/Admin/Reports/Draft?{Query}");
            }
            catch (RuleViolationException e)
            {
                refusal = e.Message;
            }
        }

        ModelState.AddModelError(string.Empty, refusal);
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Standing = await Workflow.StandingAsync(Unit, Year, cancellationToken);
        Work = await Workflow.ComputeAsync(Unit, Year, cancellationToken);
        var draft = Standing.Draft;
        ShowsPublished = Standing.Latest is not null && (draft is null || draft.State == AnnualReportState.Published);
        Shown = ShowsPublished ? Standing.Latest!.ToDocument() : Work.Document;
        if (ShowsPublished)
        {
            Findings = Standing.Latest!.Findings();
            FindingsRecorded = true;
        }
        else if (draft?.CheckedReportJson is { } json)
        {
            Findings = draft.Findings;
            FindingsRecorded = true;
            var checkedData = AnnualReportJson.Deserialize(json).Report;
            ChangedSinceCheck = Work.Rolled.Combined.Data.Cells.Any(c => checkedData.ValueAt(c.Address) != c.Value);
        }
        else
        {
            Findings = Work.Document.Findings;
        }

        if (Texts.Count != Parts.Count)
        {
            Texts = Parts.Select(p => (string?)p.HumanText).ToList();
        }

        ReportHtml = new ReportHtmlWriter().Fragment(Shown);
    }
}
