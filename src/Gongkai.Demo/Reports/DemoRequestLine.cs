using Gongkai.Domain.Requests;

namespace Gongkai.Demo.Reports;

/// <summary>
/// A group of demo requests that end the same way: how many, by which channel and kind of applicant, with which
/// outcome (null: still open on 31 December, 结转下年度), and whether the deadline was extended.
/// </summary>
/// <param name="Count">How many requests.</param>
/// <param name="Channel">How they were submitted.</param>
/// <param name="Outcome">How they were closed; null when still open at year end.</param>
/// <param name="Kind">The kind of applicant.</param>
/// <param name="Extended">Whether an extension was approved before the reply.</param>
/// <param name="FromPreviousYear">Whether they were received in December of the year before (上年结转).</param>
public sealed record DemoRequestLine(
    int Count,
    SubmissionChannel Channel,
    Outcome? Outcome,
    ApplicantKind Kind = ApplicantKind.NaturalPerson,
    bool Extended = false,
    bool FromPreviousYear = false);
