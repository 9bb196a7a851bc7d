using Gongkai.Domain.Requests;

namespace Gongkai.Domain.AnnualReports;

/// <summary>
/// Where one request stands in one report year: the intake row it enters by and how it leaves — the outcome it was
/// closed with within the year, or 四、结转下年度继续办理 when still open on 31 December.
/// <para>
/// A request counts in a year when it was received on or before 31 December and was not closed before 1 January.
/// The date of receipt is the confirmed date when the receipt was confirmed (第三十一条第（二）（三）项), otherwise
/// the submission date — so an online request whose receipt was never confirmed counts from the day it was sent.
/// "Closed" is <see cref="DisclosureRequest.ClosedOn"/>: the reply or the lapse (逾期不补正, 逾期未缴费) that ended it.
/// </para>
/// </summary>
/// <param name="Request">The request.</param>
/// <param name="Intake">The intake row.</param>
/// <param name="ClosedWith">The outcome when closed within the year; null when carried into next year.</param>
public sealed record RequestInYear(DisclosureRequest Request, RequestIntake Intake, Outcome? ClosedWith)
{
    /// <summary>Whether the request is still open at year end (四、结转下年度继续办理).</summary>
    public bool IsCarriedForward => ClosedWith is null;

    /// <summary>The day the request counts as received (收到申请之日, 第三十一条), see the type remarks.</summary>
    public static DateOnly ReceivedOn(DisclosureRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Receipt.ConfirmedOn ?? request.SubmittedOn;
    }

    /// <summary>Where <paramref name="request"/> stands in <paramref name="year"/>; null when it does not count there.</summary>
    public static RequestInYear? Of(DisclosureRequest request, ReportingYear year)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(year);
        var received = ReceivedOn(request);
        var closed = request.ClosedOn;
        if (received > year.LastDay || closed < year.FirstDay)
        {
            return null;
        }

        var intake = received < year.FirstDay ? RequestIntake.CarriedOver : RequestIntake.NewThisYear;
        var closedWithin = closed is { } c && c <= year.LastDay ? request.Outcome : null;
        return new RequestInYear(request, intake, closedWithin);
    }
}
