using Gongkai.Domain.Requests;

namespace Gongkai.Web.Requests;

/// <summary>
/// What a repeated submission must repeat to be answered with the first receipt (docs/security.md, “Idempotency”):
/// the agency, the applicant and the request, after the domain's normalisation (trimmed, blanks as none). The
/// submission key (Idempotency-Key or the form's token) is scoped to this fingerprint: the same key with another
/// fingerprint is refused, so a reused key never hands out another applicant's tracking number and access code.
/// </summary>
public sealed record SubmissionFingerprint(
    Guid AgencyId, ApplicantKind Kind, string Name, string? IdentityNumber, string? Phone, string? Email, string? Address,
    string Description, string? FormRequested)
{
    /// <summary>The fingerprint of a submission about to be registered.</summary>
    public static SubmissionFingerprint Of(Guid agencyId, Applicant applicant, string description, string? formRequested)
    {
        ArgumentNullException.ThrowIfNull(applicant);
        return new(agencyId, applicant.Kind, applicant.Name, applicant.IdentityNumber, applicant.Phone, applicant.Email, applicant.Address,
            description.Trim(), string.IsNullOrWhiteSpace(formRequested) ? null : formRequested.Trim());
    }

    /// <summary>The fingerprint of a registered request.</summary>
    public static SubmissionFingerprint Of(DisclosureRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Of(request.AgencyId, request.Applicant, request.Description, request.FormRequested);
    }
}

/// <summary>The submission key was already used for a different submission (answered 409, never with the first receipt).</summary>
public sealed class SubmissionKeyReusedException()
    : Exception("该幂等键（Idempotency-Key）已用于另一份内容不同的申请，不能重复使用；请换用新的键重新提交。");
