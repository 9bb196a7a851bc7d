using Gongkai.Domain.Requests;

namespace Gongkai.Domain.Calendar;

/// <summary>
/// How and when a request arrived: the facts from which 第三十一条 fixes the date of receipt (收到申请之日).
/// </summary>
/// <param name="Channel">The channel it came by.</param>
/// <param name="SubmittedOn">Handed in (当面), signed for by the agency (邮寄), or sent (网络, 传真).</param>
/// <param name="ConfirmedOn">
/// For 网络 / 传真 / 电子邮件 the day both sides confirmed it; for an ordinary letter needing no signature the day the
/// office confirmed it with the applicant. Null when not (yet) confirmed.
/// </param>
public sealed record Receipt(SubmissionChannel Channel, DateOnly SubmittedOn, DateOnly? ConfirmedOn = null);
