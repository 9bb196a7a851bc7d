using Gongkai.Domain.Calendar;
using Gongkai.Domain.Requests;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Data.Requests;

/// <summary>Which requests the queue lists.</summary>
public enum RequestQueueView
{
    /// <summary>Still being handled: not yet delivered nor archived (the default).</summary>
    Open,

    /// <summary>Delivered, waiting to be archived (第四十五条).</summary>
    ToArchive,

    /// <summary>Every request, newest first.</summary>
    All,
}

/// <summary>Urgency filter of the open queue.</summary>
public enum RequestUrgency
{
    /// <summary>No filter.</summary>
    Any,

    /// <summary>Not yet answered and due within <see cref="RequestQueue.DueSoonWorkingDays"/> working days (today included).</summary>
    DueSoon,

    /// <summary>Not answered and the due date has passed.</summary>
    Overdue,
}

/// <summary>What an open request waits for.</summary>
public enum RequestWaitingFor
{
    /// <summary>No filter.</summary>
    Any,

    /// <summary>待确认收到 (第三十一条): online, e-mail and fax requests not yet confirmed, letters to confirm.</summary>
    Confirmation,

    /// <summary>待补正 (第三十条).</summary>
    Correction,

    /// <summary>征求意见中 (第三十二条、第三十四条).</summary>
    Consultation,

    /// <summary>待缴费 (第四十二条).</summary>
    Fee,

    /// <summary>延期待批准 (第三十三条第二款).</summary>
    ExtensionApproval,

    /// <summary>已答复待送达.</summary>
    Delivery,
}

/// <summary>The queue's filters; every one optional.</summary>
public sealed record RequestQueueFilter
{
    /// <summary>Which requests.</summary>
    public RequestQueueView View { get; init; } = RequestQueueView.Open;

    /// <summary>Due soon or overdue (open view only).</summary>
    public RequestUrgency Urgency { get; init; } = RequestUrgency.Any;

    /// <summary>What they wait for (open view only).</summary>
    public RequestWaitingFor WaitingFor { get; init; } = RequestWaitingFor.Any;

    /// <summary>Assigned to this officer.</summary>
    public Guid? OfficerId { get; init; }

    /// <summary>Only requests nobody is assigned to.</summary>
    public bool Unassigned { get; init; }

    /// <summary>Arrived through this channel.</summary>
    public SubmissionChannel? Channel { get; init; }

    /// <summary>Part of the tracking number or of the applicant's name.</summary>
    public string? Text { get; init; }

    /// <summary>1-based page.</summary>
    public int Page { get; init; } = 1;

    /// <summary>Rows per page.</summary>
    public int PageSize { get; init; } = 20;
}

/// <summary>One line of the queue (the applicant's name only: other personal data stays on the request page).</summary>
public sealed record RequestQueueRow(
    Guid Id,
    Guid AgencyId,
    string TrackingNumber,
    string ApplicantName,
    string Description,
    SubmissionChannel Channel,
    RequestStatus Status,
    DateOnly SubmittedOn,
    DateOnly? DueOn,
    int? WorkingDaysLeft,
    bool IsDueSoon,
    bool IsOverdue,
    bool ExtensionAwaitsApproval,
    bool WaitsForConsultation,
    bool WaitsForFee,
    Guid? AssignedOfficerId,
    string? AssignedOfficerName);

/// <summary>A page of the queue with the counts of the officer's whole open queue.</summary>
public sealed record RequestQueuePage(
    IReadOnlyList<RequestQueueRow> Rows, int Total, int Page, int PageSize, int OpenCount, int DueSoonCount, int OverdueCount)
{
    /// <summary>Number of pages (at least 1).</summary>
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

/// <summary>
/// The officers' queue: the requests of the agencies in scope, filtered and paged. Always scoped — the agency ids are
/// a required argument and nothing outside them is read or counted.
/// <para>
/// Due dates come from the deadline engine (<see cref="DisclosureRequest.Deadline"/>), not from a stored column: a
/// corrected holiday notice changes them, and so does any other writer of requests (portal, demo, import). Open
/// requests — the only ones with a due date that matters — are loaded and computed in memory, sorted soonest due
/// first; closed ones are paged in SQL and computed for the page shown only (docs/back-office.md).
/// </para>
/// </summary>
public sealed class RequestQueue(GongkaiDbContext db)
{
    /// <summary>"Due soon": at most this many working days left (条例 第三十三条 counts working days).</summary>
    public const int DueSoonWorkingDays = 3;

    /// <summary>Runs the queue for the agencies in <paramref name="agencyIds"/> on <paramref name="today"/>.</summary>
    public async Task<RequestQueuePage> SearchAsync(
        IReadOnlyCollection<Guid> agencyIds, StatutoryClock clock, DateOnly today, RequestQueueFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(agencyIds);
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(filter);
        var pageSize = Math.Clamp(filter.PageSize, 1, 200);
        var page = Math.Max(1, filter.Page);
        var ids = agencyIds.ToList();
        var scoped = db.DisclosureRequests.AsNoTracking().Where(r => ids.Contains(r.AgencyId));
        var open = OpenOnly(scoped);

        // Counts of the whole open queue in scope (the badges), whatever the filters.
        var openRows = (await open.ToListAsync(cancellationToken)).Select(r => Row(r, clock, today)).ToList();
        var openCount = openRows.Count;
        var dueSoon = openRows.Count(r => r.IsDueSoon);
        var overdue = openRows.Count(r => r.IsOverdue);

        if (filter.View == RequestQueueView.Open)
        {
            var rows = openRows.AsEnumerable();
            rows = ApplyInMemory(rows, filter);
            var filtered = rows
                .OrderBy(r => r.DueOn is null ? 1 : 0)
                .ThenBy(r => r.DueOn)
                .ThenBy(r => r.SubmittedOn)
                .ThenBy(r => r.TrackingNumber, StringComparer.Ordinal)
                .ToList();
            return new RequestQueuePage(filtered.Skip((page - 1) * pageSize).Take(pageSize).ToList(), filtered.Count, page, pageSize, openCount, dueSoon, overdue);
        }

        var query = filter.View == RequestQueueView.ToArchive
            ? scoped.Where(r => r.Events.Any(e => e.Kind == RequestEventKind.Delivered) && !r.Events.Any(e => e.Kind == RequestEventKind.Archived))
            : scoped;
        query = ApplyInSql(query, filter);
        var total = await query.CountAsync(cancellationToken);
        var shown = await query
            .OrderByDescending(r => EF.Property<DateOnly>(r, RequestStatisticsColumns.ReceivedOn))
            .ThenBy(r => r.TrackingNumber)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .ToListAsync(cancellationToken);
        return new RequestQueuePage(shown.Select(r => Row(r, clock, today)).ToList(), total, page, pageSize, openCount, dueSoon, overdue);
    }

    /// <summary>The queue line of one request, with its due date as the deadline engine proves it.</summary>
    public static RequestQueueRow Row(DisclosureRequest request, StatutoryClock clock, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(clock);
        var status = request.Status(clock);
        DateOnly? due = null;
        try
        {
            due = request.Deadline(clock).DueOn;
        }
        catch (Gongkai.Domain.RuleViolationException)
        {
            // A log the clock cannot read (e.g. imported history) shows without a due date rather than breaking the queue.
        }

        var answerPending = status is RequestStatus.InProgress or RequestStatus.Paused or RequestStatus.AwaitingCorrection;
        int? left = due is { } d && answerPending && d >= today ? clock.Calendar.WorkingDaysAfter(today, d) : null;
        var isOverdue = answerPending && due is { } o && o < today;
        var isDueSoon = answerPending && left is { } l && l <= DueSoonWorkingDays;
        return new RequestQueueRow(
            request.Id, request.AgencyId, request.TrackingNumber, request.Applicant.Name, request.Description, request.Channel, status,
            request.SubmittedOn, due, left, isDueSoon, isOverdue, request.HasPendingExtensionProposal,
            request.IsConsultationOpen, request.IsFeeOpen, request.AssignedOfficerId, request.AssignedOfficerName);
    }

    private static IQueryable<DisclosureRequest> OpenOnly(IQueryable<DisclosureRequest> query) =>
        query.Where(r => !r.Events.Any(e => e.Kind == RequestEventKind.Delivered || e.Kind == RequestEventKind.Archived));

    private static IQueryable<DisclosureRequest> ApplyInSql(IQueryable<DisclosureRequest> query, RequestQueueFilter filter)
    {
        if (filter.OfficerId is { } officer)
        {
            query = query.Where(r => r.AssignedOfficerId == officer);
        }

        if (filter.Unassigned)
        {
            query = query.Where(r => r.AssignedOfficerId == null);
        }

        if (filter.Channel is { } channel)
        {
            query = query.Where(r => r.Channel == channel);
        }

        if (!string.IsNullOrWhiteSpace(filter.Text))
        {
            var text = filter.Text.Trim();
            query = query.Where(r => r.TrackingNumber.Contains(text) || r.Applicant.Name.Contains(text));
        }

        return query;
    }

    private static IEnumerable<RequestQueueRow> ApplyInMemory(IEnumerable<RequestQueueRow> rows, RequestQueueFilter filter)
    {
        if (filter.OfficerId is { } officer)
        {
            rows = rows.Where(r => r.AssignedOfficerId == officer);
        }

        if (filter.Unassigned)
        {
            rows = rows.Where(r => r.AssignedOfficerId is null);
        }

        if (filter.Channel is { } channel)
        {
            rows = rows.Where(r => r.Channel == channel);
        }

        if (!string.IsNullOrWhiteSpace(filter.Text))
        {
            var text = filter.Text.Trim();
            rows = rows.Where(r => r.TrackingNumber.Contains(text, StringComparison.OrdinalIgnoreCase) || r.ApplicantName.Contains(text, StringComparison.Ordinal));
        }

        rows = filter.Urgency switch
        {
            RequestUrgency.DueSoon => rows.Where(r => r.IsDueSoon),
            RequestUrgency.Overdue => rows.Where(r => r.IsOverdue),
            _ => rows,
        };
        return filter.WaitingFor switch
        {
            RequestWaitingFor.Confirmation => rows.Where(r => r.Status == RequestStatus.AwaitingConfirmation),
            RequestWaitingFor.Correction => rows.Where(r => r.Status == RequestStatus.AwaitingCorrection),
            RequestWaitingFor.Consultation => rows.Where(r => r.WaitsForConsultation),
            RequestWaitingFor.Fee => rows.Where(r => r.WaitsForFee),
            RequestWaitingFor.ExtensionApproval => rows.Where(r => r.ExtensionAwaitsApproval),
            RequestWaitingFor.Delivery => rows.Where(r => r.Status is RequestStatus.Replied or RequestStatus.Ended),
            _ => rows,
        };
    }
}
