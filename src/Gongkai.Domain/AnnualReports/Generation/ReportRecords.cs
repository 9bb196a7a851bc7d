using Gongkai.Domain.Appeals;
using Gongkai.Domain.AnnualReports.Statistics;
using Gongkai.Domain.Catalogue;
using Gongkai.Domain.Requests;

namespace Gongkai.Domain.AnnualReports.Generation;

/// <summary>
/// The records an annual report is computed from — all those of the reporting agency's subtree (the agency, its
/// departments and lower governments, as the caller chose): requests, appeals, the normative-document register and
/// the annual statistics entered by people. Records of other years may be included; the generator picks what counts.
/// </summary>
public sealed class ReportRecords
{
    /// <summary>No records.</summary>
    public static ReportRecords Empty { get; } = new();

    /// <summary>政府信息公开申请.</summary>
    public IReadOnlyList<DisclosureRequest> Requests { get; init; } = [];

    /// <summary>
    /// The report year's requests already counted (in the database, <see cref="RequestTally"/>); when set, the request
    /// cells come from these and <see cref="Requests"/> need only hold the requests whose fees were paid.
    /// </summary>
    public IReadOnlyList<RequestTally>? RequestTallies { get; init; }

    /// <summary>
    /// With <see cref="RequestTallies"/>: the report year's requests whose stored applicant kind is undefined (they are
    /// in no column of table 三; the report names them as needing correction). Without tallies the generator finds
    /// them in <see cref="Requests"/>.
    /// </summary>
    public IReadOnlyList<RequestNeedingCorrection> RequestsNeedingCorrection { get; init; } = [];

    /// <summary>行政复议 cases.</summary>
    public IReadOnlyList<Reconsideration> Reconsiderations { get; init; } = [];

    /// <summary>行政诉讼 cases.</summary>
    public IReadOnlyList<Litigation> Litigations { get; init; } = [];

    /// <summary>The register of 规章 and 行政规范性文件.</summary>
    public IReadOnlyList<NormativeDocument> NormativeDocuments { get; init; } = [];

    /// <summary>Annual statistics entered by people.</summary>
    public IReadOnlyList<AnnualStatistic> Statistics { get; init; } = [];

    /// <summary>The ids of the agencies the records belong to.</summary>
    public IEnumerable<Guid> AgencyIds =>
        Requests.Select(r => r.AgencyId)
            .Concat(Reconsiderations.Select(r => r.AgencyId))
            .Concat(Litigations.Select(l => l.AgencyId))
            .Concat(NormativeDocuments.Select(d => d.AgencyId))
            .Concat(Statistics.Select(s => s.AgencyId))
            .Distinct();

    /// <summary>All records of <paramref name="parts"/> together.</summary>
    public static ReportRecords Combine(IEnumerable<ReportRecords> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        var all = parts.ToArray();
        var counted = all.Count(p => p.RequestTallies is not null);
        if (counted > 0 && counted < all.Length)
        {
            throw new ArgumentException("Either every part or none carries request tallies.", nameof(parts));
        }

        return new ReportRecords
        {
            Requests = [.. all.SelectMany(p => p.Requests)],
            RequestTallies = counted > 0 ? [.. all.SelectMany(p => p.RequestTallies!)] : null,
            RequestsNeedingCorrection = [.. all.SelectMany(p => p.RequestsNeedingCorrection).DistinctBy(r => r.RequestId)],
            Reconsiderations = [.. all.SelectMany(p => p.Reconsiderations)],
            Litigations = [.. all.SelectMany(p => p.Litigations)],
            NormativeDocuments = [.. all.SelectMany(p => p.NormativeDocuments)],
            Statistics = [.. all.SelectMany(p => p.Statistics)],
        };
    }

    /// <summary>The records of agency <paramref name="agencyId"/> alone.</summary>
    /// <exception cref="InvalidOperationException">The requests were counted in the database, for no agency in particular.</exception>
    public ReportRecords Of(Guid agencyId) => RequestTallies is not null
        ? throw new InvalidOperationException("Request tallies cannot be split by agency; count each unit separately.")
        : new()
    {
        Requests = [.. Requests.Where(r => r.AgencyId == agencyId)],
        Reconsiderations = [.. Reconsiderations.Where(r => r.AgencyId == agencyId)],
        Litigations = [.. Litigations.Where(l => l.AgencyId == agencyId)],
        NormativeDocuments = [.. NormativeDocuments.Where(d => d.AgencyId == agencyId)],
        Statistics = [.. Statistics.Where(s => s.AgencyId == agencyId)],
    };
}

/// <summary>A counted request whose stored applicant kind is not one of <see cref="ApplicantKind"/>'s values.</summary>
/// <param name="RequestId">The request.</param>
/// <param name="TrackingNumber">Its tracking number (受理编号), to find it.</param>
/// <param name="ApplicantKind">The stored, undefined value.</param>
public sealed record RequestNeedingCorrection(Guid RequestId, string TrackingNumber, ApplicantKind ApplicantKind);
