using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Gongkai.Domain.Calendar;
using Gongkai.Domain.Requests;
using Outcome = Gongkai.Domain.Requests.Outcome;

namespace Gongkai.Domain.Tests.Requests;

/// <summary>
/// <see cref="DisclosureRequest.AllowedActions"/> is what the back office offers; the guarded methods are the authority.
/// Over random histories of a letter, an online and a counter request: in every state reached, each action is offered
/// exactly when its method accepts it (with ordinary arguments on the next day), so the page never offers a form that
/// is refused nor hides one the law allows.
/// </summary>
public sealed class AllowedActionsPropertyTests
{
    private static readonly StatutoryClock Clock = new(WorkingDayCalendar.Official);
    private static readonly DateOnly Submitted = new(2025, 3, 3);
    private static readonly RequestAction[] Actions = Enum.GetValues<RequestAction>();
    private static readonly SubmissionChannel[] Channels = [SubmissionChannel.InPerson, SubmissionChannel.Post, SubmissionChannel.Online];

    /// <summary>Random histories: a channel and up to ten attempted actions (the refused ones are skipped).</summary>
    public static Arbitrary<(SubmissionChannel Channel, RequestAction[] Attempts)> Histories() =>
        (from channel in Gen.Elements(Channels)
         from attempts in Gen.Elements(Actions).ArrayOf().Resize(10)
         select (channel, attempts)).ToArbitrary();

    [Property(Arbitrary = [typeof(AllowedActionsPropertyTests)], MaxTest = 500)]
    public void AllowedActions_InEveryReachedState_AreExactlyTheActionsAccepted((SubmissionChannel Channel, RequestAction[] Attempts) history)
    {
        var applied = new List<RequestAction>();
        Check(history.Channel, applied);
        foreach (var attempt in history.Attempts)
        {
            if (TryPerform(Replay(history.Channel, applied), attempt))
            {
                applied.Add(attempt);
                Check(history.Channel, applied);
            }
        }
    }

    [Fact]
    public void AllowedActions_EveryActionIsReachable()
    {
        var offered = new HashSet<RequestAction>();
        foreach (var channel in Channels)
        {
            foreach (var path in new[]
            {
                new[] { RequestAction.RequestCorrection },
                [RequestAction.StartConsultation],
                [RequestAction.SendFeeNotice],
                [RequestAction.Reply, RequestAction.RecordDelivery],
            })
            {
                // an online request is confirmed first (第三十一条); for the others the confirmation is refused and skipped
                var request = Register(channel);
                foreach (var action in path.Prepend(RequestAction.ConfirmReceipt))
                {
                    TryPerform(request, action);
                    offered.UnionWith(request.AllowedActions(Clock));
                }
            }

            offered.UnionWith(Register(channel).AllowedActions(Clock));
        }

        Assert.Equal(Actions.Order(), offered.Order());
    }

    private static void Check(SubmissionChannel channel, IReadOnlyList<RequestAction> applied)
    {
        var allowed = Replay(channel, applied).AllowedActions(Clock);
        foreach (var action in Actions)
        {
            var accepted = TryPerform(Replay(channel, applied), action);
            Assert.True(accepted == allowed.Contains(action),
                $"{channel} after [{string.Join(", ", applied)}]: {action} is {(allowed.Contains(action) ? "offered" : "not offered")} but {(accepted ? "accepted" : "refused")}.");
        }
    }

    private static DisclosureRequest Register(SubmissionChannel channel) =>
        RequestBuilder.InPerson(Guid.NewGuid(), "P-1", Submitted, RequestBuilder.Officer) is var counter && channel == SubmissionChannel.InPerson
            ? counter
            : DisclosureRequest.Register(Guid.NewGuid(), Guid.NewGuid(), "P-1", channel, RequestBuilder.CitizenByPhone(),
                "2024年城中区棚户区改造项目征收补偿方案", "纸质，邮寄", Submitted, RequestBuilder.Officer);

    private static DisclosureRequest Replay(SubmissionChannel channel, IEnumerable<RequestAction> applied)
    {
        var request = Register(channel);
        foreach (var action in applied)
        {
            if (!TryPerform(request, action))
            {
                throw new InvalidOperationException($"{action} was accepted before and is refused on replay.");
            }
        }

        return request;
    }

    /// <summary>Performs the action with ordinary arguments on the day after the last event; false when refused.</summary>
    private static bool TryPerform(DisclosureRequest request, RequestAction action)
    {
        var by = new RecordedBy("officer.li", RequestBuilder.Officer.AtUtc);
        var next = request.Events.Max(e => e.LegalDate).AddDays(1);
        var lapsed = next.AddDays(90);
        try
        {
            Action perform = action switch
            {
                RequestAction.Assign => () => request.AssignTo(Guid.NewGuid(), "李四", by),
                RequestAction.RecordDocuments => () => request.RecordDocuments("申请表原件1份", by),
                RequestAction.ConfirmReceipt => () => request.ConfirmReceipt(next, by),
                RequestAction.RequestCorrection => () => request.RequestCorrection(Clock, next, "请写明文件名称", null, by),
                RequestAction.ReceiveCorrection => () => request.ReceiveCorrection(Clock, next, by),
                RequestAction.RecordCorrectionLapsed => () => request.RecordCorrectionLapsed(Clock, lapsed, by),
                RequestAction.ProposeExtension => () => request.ProposeExtension(Clock, next, 10, "需调取档案", by),
                RequestAction.ApproveExtension => () => request.ApproveExtension(Clock, next, 10, "王主任", "需调取档案", by),
                RequestAction.StartConsultation => () => request.StartConsultation(Clock, next, ConsultedParty.ThirdParty, "某公司：商业秘密", by),
                RequestAction.EndConsultation => () => request.EndConsultation(Clock, next, "不同意公开", by),
                RequestAction.SendFeeNotice => () => request.SendFeeNotice(Clock, next, 10_000, null, by),
                RequestAction.RecordFeePaid => () => request.RecordFeePaid(Clock, next, by),
                RequestAction.RecordFeeLapsed => () => request.RecordFeeLapsed(Clock, lapsed, by),
                RequestAction.SetDelayedReply => () => request.SetDelayedReply(Clock, next, next.AddDays(60), "申请数量明显超过合理范围", by),
                RequestAction.Reply => () => request.Reply(Clock, next, Outcome.Disclosed, null, by),
                RequestAction.RecordForwarding => () => request.RecordForwarding(next, "市财政局", null, by),
                RequestAction.RecordDelivery => () => request.RecordDelivery(Clock, next, "当面领取", by),
                RequestAction.Archive => () => request.Archive(Clock, next, by),
            };
            perform();
            return true;
        }
        catch (RuleViolationException)
        {
            return false;
        }
    }
}
