namespace Gongkai.Domain.Requests;

/// <summary>What the suggestions need of one request: no personal data beyond an applicant key.</summary>
/// <param name="RequestId">The request.</param>
/// <param name="AgencyId">The agency asked.</param>
/// <param name="TrackingNumber">Its number.</param>
/// <param name="ApplicantKey"><see cref="RequestSimilarity.ApplicantKey"/>.</param>
/// <param name="Description">What was asked for.</param>
/// <param name="ReceivedOn">The day it counts as received.</param>
public sealed record RequestDigest(Guid RequestId, Guid AgencyId, string TrackingNumber, string ApplicantKey, string Description, DateOnly ReceivedOn);

/// <summary>Information that several different applicants asked one agency for.</summary>
/// <param name="AgencyId">The agency.</param>
/// <param name="Description">The earliest description of the group.</param>
/// <param name="ApplicantCount">Distinct applicants.</param>
/// <param name="Requests">The requests, earliest first.</param>
public sealed record ProactiveDisclosureSuggestion(Guid AgencyId, string Description, int ApplicantCount, IReadOnlyList<RequestDigest> Requests);

/// <summary>
/// 第四十四条: 多个申请人就相同政府信息向同一行政机关提出公开申请，且该政府信息属于可以公开的，行政机关可以纳入主动公开的
/// 范围. Groups disclosed requests (予以公开 / 部分公开: "属于可以公开的") of one agency by similar descriptions
/// (<see cref="RequestSimilarity"/>) and keeps groups with at least <c>minApplicants</c> different applicants. A
/// suggestion only: the agency decides whether to publish.
/// </summary>
public static class ProactiveDisclosureSuggestions
{
    /// <summary>Outcomes that show the information "属于可以公开的".</summary>
    public static IReadOnlyList<Outcome> DisclosableOutcomes { get; } = [Outcome.Disclosed, Outcome.PartlyDisclosed];

    /// <summary>The groups, largest first.</summary>
    public static IReadOnlyList<ProactiveDisclosureSuggestion> Find(IEnumerable<RequestDigest> requests, int minApplicants = 2)
    {
        ArgumentNullException.ThrowIfNull(requests);
        var groups = new List<List<RequestDigest>>();
        foreach (var request in requests.OrderBy(r => r.ReceivedOn).ThenBy(r => r.TrackingNumber, StringComparer.Ordinal))
        {
            var group = groups.FirstOrDefault(g => g[0].AgencyId == request.AgencyId && RequestSimilarity.Similar(g[0].Description, request.Description));
            if (group is null)
            {
                groups.Add([request]);
            }
            else
            {
                group.Add(request);
            }
        }

        return groups
            .Select(g => new ProactiveDisclosureSuggestion(g[0].AgencyId, g[0].Description, g.Select(r => r.ApplicantKey).Distinct(StringComparer.Ordinal).Count(), g))
            .Where(s => s.ApplicantCount >= minApplicants)
            .OrderByDescending(s => s.ApplicantCount)
            .ThenBy(s => s.Requests[0].ReceivedOn)
            .ToList();
    }
}
