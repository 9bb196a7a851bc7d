using System.Globalization;
using Gongkai.Domain.AnnualReports;
using Gongkai.Domain.Calendar;
using Gongkai.Domain.Requests;

namespace Gongkai.Domain.Tests.AnnualReports.Calculation;

/// <summary>Builds requests for the calculator tests, only through the domain methods of <see cref="DisclosureRequest"/>.</summary>
internal static class RequestHistory
{
    public static StatutoryClock Clock { get; } = new(WorkingDayCalendar.Official);

    public static ReportingAgency Agency { get; } = new("11110000000000000X", "某市人民政府办公室");

    private static readonly RecordedBy Officer = new("officer.wang", new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc));

    public static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A request received on <paramref name="received"/>; receipt confirmed that day when the channel needs it.</summary>
    public static DisclosureRequest Received(string received, ApplicantKind kind = ApplicantKind.NaturalPerson, SubmissionChannel channel = SubmissionChannel.InPerson) =>
        Received(D(received), kind, channel, confirm: true);

    public static DisclosureRequest Received(DateOnly received, ApplicantKind kind, SubmissionChannel channel, bool confirm, int confirmDelay = 0)
    {
        var request = DisclosureRequest.Register(
            Guid.NewGuid(), Guid.Empty, "T-" + received.ToString("yyyyMMdd", CultureInfo.InvariantCulture), channel,
            new Applicant(kind, "申请人", null, "13800000000", null, null), "2023年部门预算", null, received, Officer);
        if (confirm && (channel.NeedsMutualConfirmation() || channel == SubmissionChannel.Post && confirmDelay > 0))
        {
            request.ConfirmReceipt(received.AddDays(confirmDelay), Officer);
        }

        return request;
    }

    public static DisclosureRequest Replied(this DisclosureRequest request, string on, Outcome outcome) => request.Replied(D(on), outcome);

    public static DisclosureRequest Replied(this DisclosureRequest request, DateOnly on, Outcome outcome)
    {
        request.Reply(Clock, on, outcome, outcome is Outcome.Disclosed or Outcome.DisclosedAlreadyPublic ? null : "依据和理由", Officer);
        return request;
    }

    public static DisclosureRequest Extended(this DisclosureRequest request, DateOnly on)
    {
        request.ApproveExtension(Clock, on, 10, "办公室主任", "需调取档案", Officer);
        return request;
    }

    public static DisclosureRequest CorrectionRequested(this DisclosureRequest request, DateOnly on)
    {
        request.RequestCorrection(Clock, on, "请写明文件名称或文号", 5, Officer);
        return request;
    }

    public static DisclosureRequest CorrectionReceived(this DisclosureRequest request, DateOnly on)
    {
        request.ReceiveCorrection(Clock, on, Officer);
        return request;
    }

    /// <summary>补正告知 the day after receipt (period 5 working days), 逾期不补正 recorded on <paramref name="lapsedOn"/>.</summary>
    public static DisclosureRequest CorrectionLapsed(this DisclosureRequest request, DateOnly lapsedOn)
    {
        request.CorrectionRequested(RequestInYear.ReceivedOn(request).AddDays(1));
        request.RecordCorrectionLapsed(Clock, lapsedOn, Officer);
        return request;
    }

    /// <summary>收费通知 the day after receipt (5 working days to pay), 逾期未缴费 recorded on <paramref name="lapsedOn"/>.</summary>
    public static DisclosureRequest FeeLapsed(this DisclosureRequest request, DateOnly lapsedOn)
    {
        request.SendFeeNotice(Clock, RequestInYear.ReceivedOn(request).AddDays(1), 10000, 5, Officer);
        request.RecordFeeLapsed(Clock, lapsedOn, Officer);
        return request;
    }

    public static string Id(this DisclosureRequest request) => request.Id.ToString("D");
}
