namespace Gongkai.Web.Requests;

/// <summary>
/// What the applicant is given once the request is committed: the tracking number and the secret access code, the
/// day it was submitted, and — for an online request — the pending confirmation of receipt (第三十一条第（三）项).
/// </summary>
/// <param name="TrackingNumber">受理编号.</param>
/// <param name="AccessCode">查询码 (secret).</param>
/// <param name="AgencyName">The agency asked.</param>
/// <param name="SubmittedOn">提交日期.</param>
/// <param name="ReceivedOn">收到申请之日, null while pending confirmation.</param>
/// <param name="State">"pendingConfirmation" or "received".</param>
/// <param name="DueOn">答复期限 if known (from the deadline engine; provisional while pending).</param>
/// <param name="Replayed">Whether this submission had already been received (a double submit).</param>
public sealed record RequestReceipt(string TrackingNumber, string AccessCode, string AgencyName, DateOnly SubmittedOn, DateOnly? ReceivedOn, string State, DateOnly? DueOn, bool Replayed);
