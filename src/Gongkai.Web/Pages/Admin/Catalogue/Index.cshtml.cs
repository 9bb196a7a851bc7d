using Gongkai.Domain.AnnualReports.Publishing;
using Gongkai.Data;
using Gongkai.Data.Calendar;
using Gongkai.Domain.Catalogue;
using Gongkai.Web.Admin;
using Gongkai.Web.Admin.Catalogue;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Pages.Admin.Catalogue;

/// <summary>
/// 目录发布: the catalogue entries of the officer's agency subtree, filtered by status, category and the 第二十六条
/// publication deadline (20 working days from the day the information was made or changed).
/// </summary>
public sealed class IndexModel(GongkaiDbContext db, ScopedRecords records, TimeProvider time) : PageModel
{
    /// <summary>The most rows shown.</summary>
    public const int Limit = 200;

    /// <summary>Filter: status.</summary>
    [BindProperty(SupportsGet = true)]
    public CatalogueEntryStatus? Status { get; set; }

    /// <summary>Filter: 主题分类.</summary>
    [BindProperty(SupportsGet = true)]
    public CatalogueCategory? Category { get; set; }

    /// <summary>Filter: only entries late under 第二十六条 (published late, or not yet published past the deadline).</summary>
    [BindProperty(SupportsGet = true)]
    public bool Overdue { get; set; }

    /// <summary>The rows.</summary>
    public IReadOnlyList<Row> Rows { get; private set; } = [];

    /// <summary>Whether there were more rows than <see cref="Limit"/>.</summary>
    public bool Truncated { get; private set; }

    /// <summary>Entries waiting for review in scope.</summary>
    public int WaitingForReview { get; private set; }

    /// <summary>One entry with its deadline.</summary>
    public sealed record Row(CatalogueEntry Entry, DateOnly? Deadline, int DaysLate);

    /// <summary>Lists the entries.</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var query = (await records.CatalogueEntriesAsync(cancellationToken)).AsNoTracking();
        WaitingForReview = await query.CountAsync(e => e.Status == CatalogueEntryStatus.SubmittedForReview, cancellationToken);
        if (Status is { } status)
        {
            query = query.Where(e => e.Status == status);
        }

        if (Category is { } category)
        {
            query = query.Where(e => e.Category == category);
        }

        var calendar = await new CalendarStore(db, time).LoadAsync(cancellationToken);
        var today = AnnualReportDeadline.ChinaDate(time.GetUtcNow().UtcDateTime);
        if (Overdue)
        {
            // The deadline is counted on the working-day calendar, so the candidates (with a start date) are checked here.
            var candidates = await query.Where(e => e.WrittenOn != null || e.ChangedOn != null)
                .OrderByDescending(e => e.PublishedOn).ThenBy(e => e.IndexNumber).ToListAsync(cancellationToken);
            var late = candidates.Select(e => new Row(e, e.PublicationDeadline(calendar), e.DaysLate(calendar, today)))
                .Where(r => r.DaysLate > 0).ToList();
            Truncated = late.Count > Limit;
            Rows = [.. late.Take(Limit)];
            return;
        }

        var entries = await query.OrderBy(e => e.Status == CatalogueEntryStatus.Published || e.Status == CatalogueEntryStatus.Withdrawn)
            .ThenByDescending(e => e.PublishedOn).ThenByDescending(e => e.IndexNumber).Take(Limit + 1).ToListAsync(cancellationToken);
        Truncated = entries.Count > Limit;
        Rows = [.. entries.Take(Limit).Select(e => new Row(e, e.PublicationDeadline(calendar), e.DaysLate(calendar, today)))];
    }
}
