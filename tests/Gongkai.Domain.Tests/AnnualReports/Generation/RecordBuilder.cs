using System.Globalization;
using Gongkai.Domain.Appeals;
using Gongkai.Domain.AnnualReports;
using Gongkai.Domain.AnnualReports.Statistics;
using Gongkai.Domain.Calendar;
using Gongkai.Domain.Catalogue;
using Gongkai.Domain.Requests;

namespace Gongkai.Domain.Tests.AnnualReports.Generation;

/// <summary>Builds records of one agency for the generator tests, only through domain methods.</summary>
internal sealed class RecordBuilder(Guid agencyId)
{
    public static StatutoryClock Clock { get; } = new(WorkingDayCalendar.Official);

    public static RecordedBy Officer { get; } = new("officer.li", new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc));

    public Guid AgencyId { get; } = agencyId;

    public static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A request received in person on <paramref name="received"/>.</summary>
    public DisclosureRequest Request(DateOnly received, SubmissionChannel channel = SubmissionChannel.InPerson, ApplicantKind kind = ApplicantKind.NaturalPerson)
    {
        var request = DisclosureRequest.Register(
            Guid.NewGuid(), AgencyId, "T-" + received.ToString("yyyyMMdd", CultureInfo.InvariantCulture), channel,
            new Applicant(kind, "申请人", null, "13800000000", null, null), "2023年部门预算", null, received, Officer);
        if (channel.NeedsMutualConfirmation())
        {
            request.ConfirmReceipt(received, Officer);
        }

        return request;
    }

    public DisclosureRequest Request(string received, SubmissionChannel channel = SubmissionChannel.InPerson) => Request(D(received), channel);

    public static DisclosureRequest Reply(DisclosureRequest request, DateOnly on, Outcome outcome)
    {
        request.Reply(Clock, on, outcome, outcome is Outcome.Disclosed or Outcome.DisclosedAlreadyPublic ? null : "依据和理由", Officer);
        return request;
    }

    /// <summary>A fee notice of <paramref name="fen"/> the day after receipt, paid on <paramref name="paidOn"/>.</summary>
    public static DisclosureRequest PaidFee(DisclosureRequest request, long fen, DateOnly paidOn)
    {
        request.SendFeeNotice(Clock, RequestInYearReceived(request).AddDays(1), fen, 5, Officer);
        request.RecordFeePaid(Clock, paidOn, Officer);
        return request;
    }

    public static Reconsideration Reconsider(DisclosureRequest request, DateOnly filed, AppealResult? result = null, DateOnly? decided = null)
    {
        var c = Gongkai.Domain.Appeals.Reconsideration.File(Guid.NewGuid(), request, "复〔" + filed.Year + "〕" + Random.Shared.Next(1, 999) + "号", filed, Officer);
        if (result is { } r)
        {
            c.Decide(r, decided ?? filed.AddDays(60), Officer);
        }

        return c;
    }

    public static Litigation Sue(
        DisclosureRequest request, DateOnly filed, LitigationRoute route, AppealResult? result = null, DateOnly? decided = null, Reconsideration? after = null)
    {
        var c = route == LitigationRoute.Direct
            ? Gongkai.Domain.Appeals.Litigation.FileDirectly(Guid.NewGuid(), request, "（" + filed.Year + "）行初1号", filed, Officer)
            : Gongkai.Domain.Appeals.Litigation.FileAfterReconsideration(Guid.NewGuid(), request, after, "（" + filed.Year + "）行初2号", filed, Officer);
        if (result is { } r)
        {
            c.Decide(r, decided ?? filed.AddDays(90), Officer);
        }

        return c;
    }

    public NormativeDocument Document(NormativeDocumentKind kind, DateOnly issued, DateOnly? published = null, DateOnly? repealed = null)
    {
        var d = NormativeDocument.Register(Guid.NewGuid(), AgencyId, kind, "某某管理办法", "某政规〔" + issued.Year + "〕1号", issued, Officer);
        if (published is { } p)
        {
            d.Publish(p, Officer);
        }

        if (repealed is { } r)
        {
            d.Repeal(r, "关于废止部分规范性文件的决定", Officer);
        }

        return d;
    }

    public AnnualStatistic Statistic(int year, ReportFormat format, CellAddress cell, decimal value, string source = "办公室统计") =>
        AnnualStatistic.Enter(Guid.NewGuid(), AgencyId, new ReportingYear(year), format, cell, value, source, Officer);

    private static DateOnly RequestInYearReceived(DisclosureRequest request) => RequestInYear.ReceivedOn(request);
}
