using Gongkai.Domain.Requests;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Data.Requests;

/// <summary>An earlier request of the same applicant asking for similar information (重复申请, 第三十六条第（六）项).</summary>
/// <param name="Id">The earlier request.</param>
/// <param name="TrackingNumber">Its number.</param>
/// <param name="ReceivedOn">When it counts as received.</param>
/// <param name="Description">What it asked for.</param>
/// <param name="Overlap">Share of shared bigrams (<see cref="RequestSimilarity.Overlap"/>).</param>
/// <param name="Outcome">How it was answered, if it was.</param>
/// <param name="ClosedOn">When.</param>
public sealed record DuplicateCandidate(Guid Id, string TrackingNumber, DateOnly ReceivedOn, string Description, double Overlap, Outcome? Outcome, DateOnly? ClosedOn)
{
    /// <summary>
    /// Whether 第三十六条第（六）项 can apply: the earlier request was answered (已作出答复) with an outcome other than a
    /// lapse. Otherwise it is only a hint.
    /// </summary>
    public bool WasAnswered => Outcome is { } o && o is not (Domain.Requests.Outcome.OtherCorrectionLapsed or Domain.Requests.Outcome.OtherFeeLapsed);
}

/// <summary>The applicant's requests to the agency in the calendar month of a request (信息处理费 按件计收, 国办函〔2020〕109号 第四条).</summary>
/// <param name="Year">Year of the month.</param>
/// <param name="Month">The month.</param>
/// <param name="Count">Requests of the same applicant to the same agency received in that month.</param>
/// <param name="Position">This request's place among them (1-based, by day of receipt then number).</param>
public sealed record ApplicantMonth(int Year, int Month, int Count, int Position)
{
    /// <summary>What the fee rules make of the position (see <see cref="ProcessingFeeSchedule"/>).</summary>
    public string Explanation => ProcessingFeeSchedule.Explain(Position);
}

/// <summary>
/// The questions the request page asks about other requests: earlier similar requests of the same applicant, the
/// applicant's monthly count, and (for the queue) information several applicants asked for (第四十四条). Every query
/// is limited to the agencies of the caller's scope.
/// </summary>
public sealed class RequestHandlingQueries(GongkaiDbContext db)
{
    /// <summary>How far back duplicates are looked for, by default.</summary>
    public const int DefaultDuplicateMonths = 12;

    /// <summary>
    /// Earlier or later requests to the same agency from the same applicant (<see cref="RequestSimilarity.SameApplicant"/>)
    /// with a similar description, received within <paramref name="months"/> months before the request.
    /// </summary>
    public async Task<IReadOnlyList<DuplicateCandidate>> DuplicatesAsync(
        IReadOnlyCollection<Guid> agencyIds, DisclosureRequest request, int months = DefaultDuplicateMonths, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(agencyIds);
        ArgumentNullException.ThrowIfNull(request);
        if (!agencyIds.Contains(request.AgencyId))
        {
            return [];
        }

        var from = request.SubmittedOn.AddMonths(-months);
        var identity = request.Applicant.IdentityNumber;
        var name = request.Applicant.Name;
        var candidates = await db.DisclosureRequests.AsNoTracking()
            .Where(r => r.AgencyId == request.AgencyId && r.Id != request.Id)
            .Where(r => EF.Property<DateOnly>(r, RequestStatisticsColumns.ReceivedOn) >= from)
            .Where(r => (identity != null && r.Applicant.IdentityNumber == identity) || r.Applicant.Name == name)
            .OrderByDescending(r => EF.Property<DateOnly>(r, RequestStatisticsColumns.ReceivedOn))
            .Take(500)
            .ToListAsync(cancellationToken);
        return candidates
            .Where(r => RequestSimilarity.SameApplicant(r.Applicant, request.Applicant))
            .Select(r => new DuplicateCandidate(r.Id, r.TrackingNumber, r.Receipt.ConfirmedOn ?? r.SubmittedOn, r.Description, RequestSimilarity.Overlap(r.Description, request.Description), r.Outcome, r.ClosedOn))
            .Where(c => c.Overlap >= RequestSimilarity.SimilarThreshold)
            .OrderByDescending(c => c.Overlap)
            .ThenByDescending(c => c.ReceivedOn)
            .ToList();
    }

    /// <summary>The applicant's count of requests to the request's agency in the calendar month it was received.</summary>
    public async Task<ApplicantMonth> ApplicantMonthAsync(DisclosureRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var received = request.Receipt.ConfirmedOn ?? request.SubmittedOn;
        var first = new DateOnly(received.Year, received.Month, 1);
        var next = first.AddMonths(1);
        var identity = request.Applicant.IdentityNumber;
        var name = request.Applicant.Name;
        var sameMonth = await db.DisclosureRequests.AsNoTracking()
            .Where(r => r.AgencyId == request.AgencyId)
            .Where(r => EF.Property<DateOnly>(r, RequestStatisticsColumns.ReceivedOn) >= first && EF.Property<DateOnly>(r, RequestStatisticsColumns.ReceivedOn) < next)
            .Where(r => (identity != null && r.Applicant.IdentityNumber == identity) || r.Applicant.Name == name)
            .ToListAsync(cancellationToken);
        var mine = sameMonth.Where(r => r.Id == request.Id || RequestSimilarity.SameApplicant(r.Applicant, request.Applicant)).ToList();
        if (mine.All(r => r.Id != request.Id))
        {
            mine.Add(request);
        }

        var ordered = mine.OrderBy(r => r.Receipt.ConfirmedOn ?? r.SubmittedOn).ThenBy(r => r.TrackingNumber, StringComparer.Ordinal).ToList();
        return new ApplicantMonth(first.Year, first.Month, ordered.Count, ordered.FindIndex(r => r.Id == request.Id) + 1);
    }

    /// <summary>
    /// 第四十四条 suggestions over the agencies in scope: disclosed or partly disclosed requests received since
    /// <paramref name="since"/>, grouped by similar description, with at least <paramref name="minApplicants"/> applicants.
    /// </summary>
    public async Task<IReadOnlyList<ProactiveDisclosureSuggestion>> ProactiveSuggestionsAsync(
        IReadOnlyCollection<Guid> agencyIds, DateOnly since, int minApplicants = 2, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(agencyIds);
        var ids = agencyIds.ToList();
        var disclosable = ProactiveDisclosureSuggestions.DisclosableOutcomes.Select(o => (Outcome?)o).ToList();
        var rows = await db.DisclosureRequests.AsNoTracking()
            .Where(r => ids.Contains(r.AgencyId))
            .Where(r => EF.Property<DateOnly>(r, RequestStatisticsColumns.ReceivedOn) >= since)
            .Where(r => disclosable.Contains(EF.Property<Outcome?>(r, RequestStatisticsColumns.ClosedWith)))
            .IgnoreAutoIncludes()
            .Select(r => new
            {
                r.Id,
                r.AgencyId,
                r.TrackingNumber,
                r.Applicant.Name,
                r.Applicant.IdentityNumber,
                r.Applicant.Phone,
                r.Applicant.Email,
                r.Applicant.Address,
                r.Description,
                ReceivedOn = EF.Property<DateOnly>(r, RequestStatisticsColumns.ReceivedOn),
            })
            .Take(5000)
            .ToListAsync(cancellationToken);
        var digests = rows.Select(r => new RequestDigest(
            r.Id, r.AgencyId, r.TrackingNumber,
            RequestSimilarity.ApplicantKey(r.IdentityNumber, r.Name, r.Phone ?? r.Email ?? r.Address),
            r.Description, r.ReceivedOn));
        return ProactiveDisclosureSuggestions.Find(digests, minApplicants);
    }
}
