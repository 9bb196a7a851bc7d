using Gongkai.Domain.Calendar;
using Gongkai.Domain.Requests;

namespace Gongkai.Demo.Reports;

/// <summary>
/// Makes demo requests through the domain's own methods (so every event, deadline and outcome is as an officer would
/// have recorded it), deterministically: the same agency, year and lines give the same ids, dates and texts.
/// Requests are spread over the working days of the year (or up to a last day of receipt); each is replied to within
/// its statutory time limit (条例 第三十三条), after an approved extension where the line says so. Every event is
/// recorded on its own legal date (no record is dated after the day it happened).
/// </summary>
public static class DemoRequests
{
    private static readonly string[] Descriptions =
    [
        "本区2017年城市居民最低生活保障资金发放明细（不含个人身份信息）",
        "某街道棚户区改造项目房屋征收补偿方案及批准文件",
        "市本级年度部门预算和“三公”经费预算说明",
        "某路段道路拓宽工程建设用地审批文件（文号不详）",
        "本市公办幼儿园收费标准调整的批复文件",
        "某小区周边变电站环境影响评价批复",
        "本年度城乡医疗救助资金使用情况",
        "某企业安全生产事故调查报告",
        "农村集体土地征收补偿安置方案公告",
        "本市事业单位公开招聘工作人员考试成绩及拟聘人员名单",
    ];

    private static readonly string[] Names = ["王某", "李某", "张某", "刘某", "陈某", "杨某", "赵某", "黄某"];

    /// <summary>The requests of <paramref name="lines"/> for an agency in <paramref name="year"/>.</summary>
    public static IReadOnlyList<DisclosureRequest> Make(Guid agencyId, string agencyCode, int year, IReadOnlyList<DemoRequestLine> lines, StatutoryClock clock) =>
        Make([agencyId], agencyCode, year, lines, clock);

    /// <summary>
    /// The requests of <paramref name="lines"/> in <paramref name="year"/>, dealt in turn to the agencies of a
    /// government's tree (request n to agency n mod count), numbered in the series <paramref name="seriesCode"/>.
    /// </summary>
    /// <param name="agencyIds">The agencies, dealt in turn.</param>
    /// <param name="seriesCode">The code in ids and tracking numbers.</param>
    /// <param name="year">The year they are received in.</param>
    /// <param name="lines">What becomes of them.</param>
    /// <param name="clock">The statutory clock.</param>
    /// <param name="carriedForwardRepliedOn">
    /// When given, the requests still open on 31 December (lines without an outcome) are answered (予以公开) and
    /// delivered on this day of the next year — they still count as 结转下年度 in <paramref name="year"/>.
    /// </param>
    /// <param name="receivedUntil">When given, the last day a closed request may be received (default: early November).</param>
    public static IReadOnlyList<DisclosureRequest> Make(
        IReadOnlyList<Guid> agencyIds, string seriesCode, int year, IReadOnlyList<DemoRequestLine> lines, StatutoryClock clock,
        DateOnly? carriedForwardRepliedOn = null, DateOnly? receivedUntil = null)
    {
        ArgumentNullException.ThrowIfNull(agencyIds);
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(clock);
        var total = lines.Sum(l => l.Count);
        var requests = new List<DisclosureRequest>(total);
        var n = 0;
        foreach (var line in lines)
        {
            for (var i = 0; i < line.Count; i++, n++)
            {
                requests.Add(Make(agencyIds[n % agencyIds.Count], seriesCode, year, line, n, total, clock, carriedForwardRepliedOn, receivedUntil));
            }
        }

        return requests;
    }

    private static DisclosureRequest Make(
        Guid agencyId, string agencyCode, int year, DemoRequestLine line, int n, int total, StatutoryClock clock, DateOnly? carriedForwardRepliedOn, DateOnly? receivedUntil)
    {
        var calendar = clock.Calendar;
        var first = new DateOnly(year, 1, 6);
        var spanDays = Math.Clamp(receivedUntil is { } until ? until.DayNumber - first.DayNumber : 300, 0, 300);
        var received = line.FromPreviousYear
            ? WorkingDayOnOrBefore(calendar, new DateOnly(year - 1, 12, 24 - (n % 10)))
            : line.Outcome is null
                ? WorkingDayOnOrBefore(calendar, new DateOnly(year, 12, 28 - (n % 10)))
                : WorkingDayOnOrBefore(calendar, first.AddDays(n * spanDays / Math.Max(1, total)));
        var applicant = line.Kind == ApplicantKind.NaturalPerson
            ? new Applicant(line.Kind, Names[n % Names.Length], null, null, null, "某市某区某路" + (n + 1) + "号")
            : new Applicant(line.Kind, "某某" + line.Kind switch
            {
                ApplicantKind.CommercialEnterprise => "商贸有限公司",
                ApplicantKind.ResearchInstitution => "研究院",
                ApplicantKind.PublicWelfareOrganization => "公益基金会",
                ApplicantKind.LegalServiceInstitution => "律师事务所",
                _ => "协会",
            }, null, null, null, "某市某区某路" + (n + 1) + "号");
        var request = DisclosureRequest.Register(
            DemoIds.For($"request:{agencyCode}:{year}:{n}"), agencyId, $"{agencyCode}-{year}-{n + 1:D4}", line.Channel, applicant,
            Descriptions[n % Descriptions.Length], "纸质，邮寄", received, By(received));
        if (line.Channel.NeedsMutualConfirmation())
        {
            request.ConfirmReceipt(received, By(received));
        }

        if (line.Outcome is not { } outcome)
        {
            if (carriedForwardRepliedOn is { } repliedOn)
            {
                request.Reply(clock, repliedOn, Outcome.Disclosed, null, By(repliedOn));
                request.RecordDelivery(clock, repliedOn, "邮寄送达，挂号信回执存档", By(repliedOn));
            }

            return request;
        }

        var day = calendar.AddWorkingDays(received, 3);
        switch (outcome)
        {
            case Outcome.OtherCorrectionLapsed:
                request.RequestCorrection(clock, day, "所需信息的名称、文号或者其他特征性描述", 15, By(day));
                request.RecordCorrectionLapsed(clock, calendar.AddWorkingDays(day, 16), By(calendar.AddWorkingDays(day, 16)));
                request.RecordDelivery(clock, calendar.AddWorkingDays(day, 16), "终止办理告知书邮寄送达，回执存档", By(calendar.AddWorkingDays(day, 16)));
                return request;
            case Outcome.OtherFeeLapsed:
                request.SendFeeNotice(clock, day, 10_000, 20, By(day));
                request.RecordFeeLapsed(clock, calendar.AddWorkingDays(day, 21), By(calendar.AddWorkingDays(day, 21)));
                request.RecordDelivery(clock, calendar.AddWorkingDays(day, 21), "终止办理告知书邮寄送达，回执存档", By(calendar.AddWorkingDays(day, 21)));
                return request;
        }

        if (line.Extended)
        {
            var approvedOn = calendar.AddWorkingDays(received, 18);
            request.ApproveExtension(clock, approvedOn, 20, "工作机构负责人", "需调取档案资料", By(approvedOn));
        }

        var replyOn = calendar.AddWorkingDays(received, line.Extended ? 28 : 12);
        request.Reply(clock, replyOn, outcome, OutcomeTaxonomy.RequiresGrounds(outcome) ? $"依据{OutcomeTaxonomy.Article(outcome)}，{OutcomeTaxonomy.ChineseName(outcome)}。" : null, By(replyOn));
        request.RecordDelivery(clock, replyOn, "邮寄送达，挂号信回执存档", By(replyOn));
        return request;
    }

    private static RecordedBy By(DateOnly day) => DemoTimeline.OfficerOn(day);

    private static DateOnly WorkingDayOnOrBefore(WorkingDayCalendar calendar, DateOnly day)
    {
        while (!calendar.IsWorkingDay(day))
        {
            day = day.AddDays(-1);
        }

        return day;
    }
}
