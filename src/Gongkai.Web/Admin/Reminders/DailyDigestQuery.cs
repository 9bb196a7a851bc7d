using Gongkai.Data;
using Gongkai.Data.Calendar;
using Gongkai.Data.Officers;
using Gongkai.Data.Requests;
using Gongkai.Domain.Calendar;
using Gongkai.Domain.Catalogue;
using Gongkai.Web.Reports;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Admin.Reminders;

/// <summary>
/// Builds an officer's <see cref="DailyDigest"/>. "Mine" means: requests assigned to me, and unassigned ones of my own
/// agency; an approver also gets every extension proposal and catalogue review waiting in its scope. Everything is
/// read within the officer's agency subtree only.
/// </summary>
public sealed class DailyDigestQuery(GongkaiDbContext db, RequestQueue queue, ReportWorkflow reports, TimeProvider time)
{
    /// <summary>How many lines of each kind the digest lists (the rest is summed up in one line).</summary>
    public const int MaxLinesPerKind = 20;

    /// <summary>The digest of <paramref name="scope"/> for today (China).</summary>
    public async Task<DailyDigest> ForAsync(AdminScope scope, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var today = ChinaClock.Today(time);
        var calendar = await new CalendarStore(db, time).LoadAsync(cancellationToken);
        var items = new List<DigestItem>();
        await AddRequestsAsync(scope, new StatutoryClock(calendar), today, items, cancellationToken);
        await AddCatalogueAsync(scope, calendar, today, items, cancellationToken);
        await AddReportAsync(scope, items, cancellationToken);
        return new DailyDigest(today, items);
    }

    private async Task AddRequestsAsync(AdminScope scope, StatutoryClock clock, DateOnly today, List<DigestItem> items, CancellationToken cancellationToken)
    {
        var open = await queue.SearchAsync(scope.AgencyIds, clock, today, new RequestQueueFilter { PageSize = 200 }, cancellationToken);
        var approver = scope.IsIn(OfficerRole.Approver);
        var mine = open.Rows.Where(r => r.AssignedOfficerId == scope.UserId || (r.AssignedOfficerId is null && r.AgencyId == scope.AgencyId)).ToList();
        Add(items, "申请办理", mine.Where(r => r.IsOverdue), r => $"{r.TrackingNumber}（{r.ApplicantName}）应于 {r.DueOn:yyyy-MM-dd} 答复，已超期", r => $"/Admin/Requests/{r.Id}", urgent: true);
        Add(items, "申请办理", mine.Where(r => r.IsDueSoon), r => $"{r.TrackingNumber}（{r.ApplicantName}）{r.DueOn:yyyy-MM-dd} 到期，还剩 {r.WorkingDaysLeft} 个工作日", r => $"/Admin/Requests/{r.Id}", urgent: false);
        Add(items, "申请办理", mine.Where(r => r.Status == Gongkai.Domain.Requests.RequestStatus.AwaitingConfirmation), r => $"{r.TrackingNumber}（{r.ApplicantName}）待确认收到", r => $"/Admin/Requests/{r.Id}", urgent: false);
        if (approver)
        {
            Add(items, "申请办理", open.Rows.Where(r => r.ExtensionAwaitsApproval), r => $"{r.TrackingNumber} 的延期申请待您批准（第三十三条）", r => $"/Admin/Requests/{r.Id}", urgent: false);
        }
    }

    private async Task AddCatalogueAsync(AdminScope scope, WorkingDayCalendar calendar, DateOnly today, List<DigestItem> items, CancellationToken cancellationToken)
    {
        var ids = scope.AgencyIds.ToList();
        var pending = await db.CatalogueEntries.AsNoTracking()
            .Where(e => ids.Contains(e.AgencyId) && e.Status != CatalogueEntryStatus.Published && e.Status != CatalogueEntryStatus.Withdrawn)
            .OrderBy(e => e.WrittenOn)
            .Take(500)
            .ToListAsync(cancellationToken);
        if (scope.IsIn(OfficerRole.Approver))
        {
            Add(items, "目录发布", pending.Where(e => e.Status == CatalogueEntryStatus.SubmittedForReview), e => $"“{e.Title}”待保密审查（第十七条）", e => $"/Admin/Catalogue/Entry/{e.Id}", urgent: false);
        }

        Add(items, "目录发布", pending.Where(e => e.DaysLate(calendar, today) > 0), e => $"“{e.Title}”已超过20个工作日未公开（第二十六条），逾期 {e.DaysLate(calendar, today)} 个工作日", e => $"/Admin/Catalogue/Entry/{e.Id}", urgent: true);
    }

    private async Task AddReportAsync(AdminScope scope, List<DigestItem> items, CancellationToken cancellationToken)
    {
        if (scope.AgencyId is not { } agencyId || await db.Agencies.AsNoTracking().FirstOrDefaultAsync(a => a.Id == agencyId, cancellationToken) is not { } agency)
        {
            return;
        }

        var standing = await reports.StandingAsync(agency, reports.DefaultYear, cancellationToken);
        if (standing.Latest is null && (standing.IsOverdue || standing.DaysLeft <= 30))
        {
            items.Add(new DigestItem(
                "年度报告",
                standing.IsOverdue
                    ? $"{standing.Year}年度报告应于 {standing.Deadline.Date:yyyy-MM-dd} 前公布，已逾期（第四十九条），当前状态：{standing.StateLabel}"
                    : $"{standing.Year}年度报告应于 {standing.Deadline.Date:yyyy-MM-dd} 前公布，还剩 {standing.DaysLeft} 天，当前状态：{standing.StateLabel}",
                $"/Admin/Reports?agency={agency.Code}&year={standing.Year}",
                standing.IsOverdue));
        }
    }

    private static void Add<T>(List<DigestItem> items, string section, IEnumerable<T> rows, Func<T, string> text, Func<T, string> link, bool urgent)
    {
        var list = rows.ToList();
        items.AddRange(list.Take(MaxLinesPerKind).Select(r => new DigestItem(section, text(r), link(r), urgent)));
        if (list.Count > MaxLinesPerKind)
        {
            items.Add(new DigestItem(section, $"另有 {list.Count - MaxLinesPerKind} 项同类事项", section == "目录发布" ? "/Admin/Catalogue" : "/Admin/Requests", urgent));
        }
    }
}
