using Gongkai.Data;
using Gongkai.Domain.Requests;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Demo.Reports;

/// <summary>
/// The demo's requests of the present (docs/decisions/0011-demo-relative-to-today.md): the requests of the report year
/// in draft that were closed in the past months, and the open queue of the main agency (西宁市人民政府) on today — due in
/// 1, 3 and 5 working days, two overdue by a few working days, one awaiting 补正 and one submitted online and not yet
/// confirmed. Due dates are those the statutory clock proves (条例 第三十三条, working days with China's holidays), not
/// calendar-day guesses: each queue request's day of receipt is found by asking the clock. Every event goes through the
/// request's guarded methods, in order, and no event is dated today or later. Placed once per database.
/// </summary>
public static class DemoLiveRequests
{
    /// <summary>The code of the demo's main agency, whose queue a newcomer sees.</summary>
    public const string MainAgencyCode = "XN";

    /// <summary>The queue requests due in this many working days after today (in this order).</summary>
    public static IReadOnlyList<int> DueInWorkingDays { get; } = [1, 3, 5];

    /// <summary>The queue requests overdue: their due date this many working days before today.</summary>
    public static IReadOnlyList<int> OverdueByWorkingDays { get; } = [2, 4];

    /// <summary>Requests of the year in draft are received at least this many days before today, so that they are closed by now.</summary>
    private const int ClosedLeadDays = 45;

    private static readonly (string Description, SubmissionChannel Channel, Applicant Applicant)[] QueueLines =
    [
        ("本市城乡居民最低生活保障标准调整的文件及测算依据", SubmissionChannel.InPerson, Person("王某", 1)),
        ("某工业园区建设项目环境影响评价报告书及批复", SubmissionChannel.Online, Organisation(ApplicantKind.CommercialEnterprise, "某某商贸有限公司", 2)),
        ("某街道老旧小区改造项目的立项批复和资金预算", SubmissionChannel.Post, Person("李某", 3)),
        ("本市公办中小学招生划片方案及调整说明", SubmissionChannel.Online, Person("张某", 4)),
        ("某路段交通信号灯设置的论证材料", SubmissionChannel.Post, Person("刘某", 5)),
        ("关于某地块征收的相关文件", SubmissionChannel.Online, Person("陈某", 6)),
        ("本市养老服务补贴发放标准及申领条件", SubmissionChannel.Online, Person("杨某", 7)),
    ];

    /// <summary>The id of queue request <paramref name="index"/> (0–6).</summary>
    public static Guid QueueId(int index) => DemoIds.For($"queue:{MainAgencyCode}:{index}");

    /// <summary>Whether the live part was placed already (on this day or an earlier one).</summary>
    public static Task<bool> IsPlacedAsync(GongkaiDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var marker = QueueId(0);
        return db.DisclosureRequests.AnyAsync(r => r.Id == marker, cancellationToken);
    }

    /// <summary>Saves <see cref="Requests"/>.</summary>
    public static async Task PlaceAsync(GongkaiDbContext db, DemoTimeline timeline, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        db.DisclosureRequests.AddRange(Requests(timeline));
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }

    /// <summary>The closed requests of the year in draft, then the open queue (not saved).</summary>
    public static IReadOnlyList<DisclosureRequest> Requests(DemoTimeline timeline) => [.. ClosedInDraftYear(timeline), .. Queue(timeline)];

    /// <summary>
    /// The requests of the year in draft received from early January until <see cref="ClosedLeadDays"/> days before today,
    /// for each demo government and its units, each closed before today (those whose handling would reach today are
    /// left out, so the only open requests are the queue's).
    /// </summary>
    public static IReadOnlyList<DisclosureRequest> ClosedInDraftYear(DemoTimeline timeline)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        var until = timeline.Today.AddDays(-ClosedLeadDays);
        if (until < new DateOnly(timeline.DraftYear, 1, 6))
        {
            return [];
        }

        return
        [
            .. DemoReportData.SyntheticAgencies.Select(DemoAgencies.ByCode).SelectMany(agency =>
                DemoRequests.Make(DemoReportData.UnitsOf(agency), agency.Code, timeline.DraftYear,
                    DemoRequestPlans.ClosedWithinYear(DemoReportData.SizeOf(agency)), timeline.Clock, receivedUntil: until)
                .Where(r => r.Events[^1].LegalDate < timeline.Today)),
        ];
    }

    /// <summary>The open queue of the main agency on today (7 requests, in the order of <see cref="QueueId"/>).</summary>
    public static IReadOnlyList<DisclosureRequest> Queue(DemoTimeline timeline)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        var agencyId = DemoAgencies.ByCode(MainAgencyCode).Id;
        var calendar = timeline.Calendar;
        var today = timeline.Today;
        var queue = new List<DisclosureRequest>();
        var index = 0;

        // due in 1, 3, 5 working days, then overdue: the due date the clock proves is the target day
        var targets = DueInWorkingDays.Select(n => calendar.AddWorkingDays(today, n))
            .Concat(OverdueByWorkingDays.Select(n => timeline.WorkingDaysBefore(today, n)));
        foreach (var due in targets)
        {
            var i = index++;
            queue.Add(ReceivedFor(timeline, due, received => Registered(agencyId, i, received, confirm: true)));
        }

        // awaiting 补正: received six working days ago, told to correct three working days later (within 7, 第三十条)
        var correctionReceived = timeline.WorkingDaysBefore(today, 6);
        var correction = Registered(agencyId, index++, correctionReceived, confirm: true);
        var noticeOn = calendar.AddWorkingDays(correctionReceived, 3);
        correction.RequestCorrection(timeline.Clock, noticeOn, "所需信息的名称、文号或者其他特征性描述，以及获取信息的方式", 15, DemoTimeline.OfficerOn(noticeOn));
        queue.Add(correction);

        // submitted online yesterday; the receipt is not yet confirmed by both sides (第三十一条第（三）项)
        queue.Add(Registered(agencyId, index, today.AddDays(-1), confirm: false));
        return queue;
    }

    /// <summary>
    /// The request registered on the latest working day before today whose due date, as the statutory clock computes
    /// it, is <paramref name="due"/>.
    /// </summary>
    private static DisclosureRequest ReceivedFor(DemoTimeline timeline, DateOnly due, Func<DateOnly, DisclosureRequest> register)
    {
        for (var received = timeline.Today.AddDays(-1); received > timeline.Today.AddDays(-120); received = received.AddDays(-1))
        {
            if (!timeline.Calendar.IsWorkingDay(received))
            {
                continue;
            }

            var candidate = register(received);
            var dueOn = candidate.Deadline(timeline.Clock).DueOn;
            if (dueOn == due)
            {
                return candidate;
            }

            if (dueOn < due)
            {
                break;
            }
        }

        throw new InvalidOperationException($"No day of receipt gives the due date {due:yyyy-MM-dd} on {timeline.Today:yyyy-MM-dd}.");
    }

    private static DisclosureRequest Registered(Guid agencyId, int index, DateOnly received, bool confirm)
    {
        var (description, channel, applicant) = QueueLines[index];
        var request = DisclosureRequest.Register(
            QueueId(index), agencyId, $"{MainAgencyCode}-{received.Year}-{901 + index:D4}", channel, applicant, description,
            channel == SubmissionChannel.Online ? "电子文档，网上获取" : "纸质，邮寄", received, DemoTimeline.OfficerOn(received));
        if (confirm && channel.NeedsMutualConfirmation())
        {
            request.ConfirmReceipt(received, DemoTimeline.OfficerOn(received));
        }

        return request;
    }

    private static Applicant Person(string name, int house) =>
        new(ApplicantKind.NaturalPerson, name, null, null, null, $"西宁市城中区某路{house}号");

    private static Applicant Organisation(ApplicantKind kind, string name, int house) =>
        new(kind, name, null, null, null, $"西宁市城东区某路{house}号");
}
