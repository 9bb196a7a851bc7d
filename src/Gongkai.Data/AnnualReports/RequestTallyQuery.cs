using Gongkai.Data.Requests;
using Gongkai.Domain.AnnualReports;
using Gongkai.Domain.AnnualReports.Generation;
using Gongkai.Domain.Requests;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Data.AnnualReports;

/// <summary>
/// Counts one report year's requests of a set of agencies in the database — one GROUP BY over the request rows and
/// their <see cref="RequestStatisticsColumns"/> — with the year-boundary rule of <see cref="RequestInYear"/>: a request
/// counts when received on or before 31 December and not closed before 1 January; it is 上年结转 when received
/// before 1 January, and 结转下年度 when not closed by 31 December.
/// </summary>
public sealed class RequestTallyQuery(GongkaiDbContext db)
{
    /// <summary>
    /// The tallies (without request ids; drill down with <see cref="RequestsBehind"/>) of the requests of
    /// <paramref name="agencyIds"/>; null means every agency in the database (the root of the whole tree), which
    /// spares the database a membership test per row.
    /// </summary>
    public async Task<IReadOnlyList<RequestTally>> RunAsync(IReadOnlyCollection<Guid>? agencyIds, ReportingYear year, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(year);
        var first = year.FirstDay;
        var last = year.LastDay;
        var rows = await Counted(agencyIds, year)
            .GroupBy(r => new
            {
                CarriedOver = EF.Property<DateOnly>(r, RequestStatisticsColumns.ReceivedOn) < first,
                ClosedWith = EF.Property<DateOnly?>(r, RequestStatisticsColumns.ClosedOn) <= last
                    ? EF.Property<Outcome?>(r, RequestStatisticsColumns.ClosedWith)
                    : null,
                r.Applicant.Kind,
                r.Channel,
                Extended = EF.Property<bool>(r, RequestStatisticsColumns.Extended),
            })
            .Select(g => new { g.Key.CarriedOver, g.Key.ClosedWith, g.Key.Kind, g.Key.Channel, g.Key.Extended, Count = g.Count() })
            .ToListAsync(cancellationToken);

        return rows
            .Select(r => new RequestTally(
                r.CarriedOver ? RequestIntake.CarriedOver : RequestIntake.NewThisYear, r.ClosedWith, r.Kind, r.Channel, r.Extended, r.Count))
            .ToArray();
    }

    /// <summary>
    /// The requests counted in the year whose stored applicant kind is undefined (stored before the portal refused
    /// such input): the report names them as needing correction (<see cref="RequestNeedingCorrection"/>).
    /// </summary>
    public async Task<IReadOnlyList<RequestNeedingCorrection>> NeedingCorrectionAsync(IReadOnlyCollection<Guid>? agencyIds, ReportingYear year, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(year);
        var defined = Enum.GetValues<ApplicantKind>();
        var rows = await Counted(agencyIds, year)
            .Where(r => !defined.Contains(r.Applicant.Kind))
            .Select(r => new { r.Id, r.TrackingNumber, r.Applicant.Kind })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new RequestNeedingCorrection(r.Id, r.TrackingNumber, r.Kind)).ToArray();
    }

    /// <summary>The ids of the requests behind one tally: the drill-down of a report cell computed in the database.</summary>
    public async Task<IReadOnlyList<Guid>> RequestsBehind(IReadOnlyCollection<Guid>? agencyIds, ReportingYear year, RequestTally tally, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tally);
        var first = year.FirstDay;
        var last = year.LastDay;
        var query = Counted(agencyIds, year)
            .Where(r => r.Applicant.Kind == tally.ApplicantKind && r.Channel == tally.Channel
                && EF.Property<bool>(r, RequestStatisticsColumns.Extended) == tally.WasExtended);
        query = tally.Intake == RequestIntake.CarriedOver
            ? query.Where(r => EF.Property<DateOnly>(r, RequestStatisticsColumns.ReceivedOn) < first)
            : query.Where(r => EF.Property<DateOnly>(r, RequestStatisticsColumns.ReceivedOn) >= first);
        query = tally.ClosedWith is { } outcome
            ? query.Where(r => EF.Property<DateOnly?>(r, RequestStatisticsColumns.ClosedOn) <= last
                && EF.Property<Outcome?>(r, RequestStatisticsColumns.ClosedWith) == outcome)
            : query.Where(r => EF.Property<DateOnly?>(r, RequestStatisticsColumns.ClosedOn) == null
                || EF.Property<DateOnly?>(r, RequestStatisticsColumns.ClosedOn) > last);
        return await query.Select(r => r.Id).ToListAsync(cancellationToken);
    }

    private IQueryable<DisclosureRequest> Counted(IReadOnlyCollection<Guid>? agencyIds, ReportingYear year)
    {
        var first = year.FirstDay;
        var last = year.LastDay;
        var requests = db.DisclosureRequests.IgnoreAutoIncludes().AsNoTracking();
        if (agencyIds is not null)
        {
            requests = requests.Where(r => agencyIds.Contains(r.AgencyId));
        }

        return requests
            .Where(r => EF.Property<DateOnly>(r, RequestStatisticsColumns.ReceivedOn) <= last)
            .Where(r => EF.Property<DateOnly?>(r, RequestStatisticsColumns.ClosedOn) == null
                || EF.Property<DateOnly?>(r, RequestStatisticsColumns.ClosedOn) >= first);
    }
}
