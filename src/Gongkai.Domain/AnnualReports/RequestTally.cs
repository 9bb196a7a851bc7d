using Gongkai.Domain.Requests;

namespace Gongkai.Domain.AnnualReports;

/// <summary>
/// How many requests of one report year share everything the report tables distinguish: intake row (新收 / 上年结转),
/// how they left the year (an outcome, or still open → 结转下年度), applicant kind, channel and whether the deadline
/// was extended. Counting requests one by one (<see cref="RequestInYear"/>) and counting them in the database with one
/// GROUP BY give the same tallies, so the report is the same whichever way it was computed.
/// </summary>
/// <param name="Intake">The intake row.</param>
/// <param name="ClosedWith">The outcome when closed within the year; null when carried into next year.</param>
/// <param name="ApplicantKind">The applicant column.</param>
/// <param name="Channel">How the requests were submitted (第二十九条).</param>
/// <param name="WasExtended">Whether an extension was approved (第三十三条第二款).</param>
/// <param name="Count">How many requests.</param>
/// <param name="RecordIds">The requests, when known (computed one by one); null when counted in the database — the
/// drill-down then re-runs the same filter.</param>
public sealed record RequestTally(
    RequestIntake Intake,
    Outcome? ClosedWith,
    ApplicantKind ApplicantKind,
    SubmissionChannel Channel,
    bool WasExtended,
    int Count,
    IReadOnlyList<Guid>? RecordIds = null)
{
    /// <summary>The tallies of <paramref name="requests"/> in <paramref name="year"/>, each with its request ids.</summary>
    public static IReadOnlyList<RequestTally> Of(IEnumerable<DisclosureRequest> requests, ReportingYear year)
    {
        ArgumentNullException.ThrowIfNull(requests);
        ArgumentNullException.ThrowIfNull(year);
        return requests
            .DistinctBy(r => r.Id)
            .Select(r => RequestInYear.Of(r, year))
            .OfType<RequestInYear>()
            .GroupBy(e => (e.Intake, e.ClosedWith, e.Request.Applicant.Kind, e.Request.Channel, e.Request.WasExtended))
            .Select(g => new RequestTally(g.Key.Intake, g.Key.ClosedWith, g.Key.Kind, g.Key.Channel, g.Key.WasExtended, g.Count(), g.Select(e => e.Request.Id).ToArray()))
            .ToArray();
    }
}
