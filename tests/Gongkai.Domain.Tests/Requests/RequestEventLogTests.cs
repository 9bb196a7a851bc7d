using Gongkai.Domain.Calendar;
using Gongkai.Domain.Requests;

namespace Gongkai.Domain.Tests.Requests;

/// <summary>The log keeps the recorded order whatever order a database hands the events back in.</summary>
public sealed class RequestEventLogTests
{
    private static readonly StatutoryClock Clock = new(WorkingDayCalendar.Official);
    private static readonly RecordedBy Officer = new("officer.li", new DateTime(2025, 3, 3, 1, 0, 0, DateTimeKind.Utc));

    private static IReadOnlyList<RequestEvent> FiveEvents()
    {
        var request = DisclosureRequest.Register(Guid.NewGuid(), Guid.NewGuid(), "T-9", SubmissionChannel.Post,
            new Applicant(ApplicantKind.NaturalPerson, "张三", null, "13800000000", null, null), "2024年财政预算执行情况报告", "电子邮件",
            new DateOnly(2025, 3, 3), Officer);
        request.RequestCorrection(Clock, new DateOnly(2025, 3, 5), "请写明文号", 10, Officer);
        request.ReceiveCorrection(Clock, new DateOnly(2025, 3, 10), Officer);
        request.Reply(Clock, new DateOnly(2025, 3, 20), Outcome.Disclosed, "予以公开", Officer);
        request.RecordDelivery(Clock, new DateOnly(2025, 3, 21), "当面领取", Officer);
        return request.Events.ToList();
    }

    [Theory]
    [InlineData(new[] { 4, 3, 2, 1, 0 })]
    [InlineData(new[] { 2, 0, 4, 1, 3 })]
    [InlineData(new[] { 0, 1, 2, 3, 4 })]
    public void Add_InAnyOrder_KeepsSequenceOrder(int[] order)
    {
        var events = FiveEvents();
        var log = new RequestEventLog();

        foreach (var index in order)
        {
            log.Add(events[index]);
        }

        Assert.Equal([1, 2, 3, 4, 5], log.Select(e => e.Sequence));
        Assert.Equal(new DateOnly(2025, 3, 3), log[0].LegalDate);
        Assert.Equal(RequestEventKind.Delivered, log[^1].Kind);
    }

    [Fact]
    public void Add_SameEventTwice_KeepsOne()
    {
        var events = FiveEvents();
        var log = new RequestEventLog { events[1], events[0], events[1] };

        Assert.Equal([1, 2], log.Select(e => e.Sequence));
    }

    [Fact]
    public void Add_AnotherEventWithATakenSequence_IsRefused()
    {
        var first = FiveEvents();
        var second = FiveEvents();
        var log = new RequestEventLog { first[0], first[1] };

        Assert.Throws<InvalidOperationException>(() => log.Add(second[1]));
        Assert.Equal(2, log.Count);
    }
}
