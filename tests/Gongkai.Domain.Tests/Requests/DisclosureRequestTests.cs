using Gongkai.Domain;
using Gongkai.Domain.Calendar;
using Gongkai.Domain.Requests;

namespace Gongkai.Domain.Tests.Requests;

/// <summary>The request aggregate: each action appends one event; each refused action says why and changes nothing.</summary>
public sealed class DisclosureRequestTests
{
    private static readonly StatutoryClock Clock = new(WorkingDayCalendar.Official);
    private static readonly RecordedBy Officer = new("officer.li", new DateTime(2025, 3, 3, 1, 0, 0, DateTimeKind.Utc));
    private static readonly Applicant Citizen = new(ApplicantKind.NaturalPerson, "张三", null, "13800000000", null, null);

    private static DisclosureRequest Register(SubmissionChannel channel = SubmissionChannel.InPerson, DateOnly? on = null) =>
        DisclosureRequest.Register(Guid.NewGuid(), Guid.NewGuid(), "T-1", channel, Citizen, "2024年财政预算执行情况报告", "电子邮件", on ?? new DateOnly(2025, 3, 3), Officer);

    private static void AssertRefused(DisclosureRequest request, Action action, string messagePart)
    {
        var before = request.Events.Count;
        var refusal = Assert.Throws<RuleViolationException>(action);
        Assert.Contains(messagePart, refusal.Message);
        Assert.Equal(before, request.Events.Count);
    }

    [Fact]
    public void Register_InPerson_IsInProgressWithDueDateFromSubmission()
    {
        var request = Register();

        Assert.Equal(RequestStatus.InProgress, request.Status(Clock));
        Assert.Equal(new DateOnly(2025, 3, 31), request.Deadline(Clock).DueOn);
        var submitted = Assert.Single(request.Events);
        Assert.Equal((RequestEventKind.Submitted, "第二十九条", "officer.li"), (submitted.Kind, submitted.Article, submitted.Actor));
    }

    [Fact]
    public void Register_WithoutDescription_IsRefused()
    {
        var refusal = Assert.Throws<RuleViolationException>(() => DisclosureRequest.Register(
            Guid.NewGuid(), Guid.NewGuid(), "T-2", SubmissionChannel.Post, Citizen, "  ", null, new DateOnly(2025, 3, 3), Officer));

        Assert.Contains("第二十九条", refusal.Message);
    }

    [Fact]
    public void Applicant_WithoutAnyContact_IsRefused() =>
        Assert.Contains("联系方式", Assert.Throws<RuleViolationException>(() => new Applicant(ApplicantKind.CommercialEnterprise, "某公司", null, null, " ", null)).Message);

    [Fact]
    public void Online_BeforeConfirmation_AwaitsConfirmationAndRefusesHandling()
    {
        var request = Register(SubmissionChannel.Online);

        Assert.Equal(RequestStatus.AwaitingConfirmation, request.Status(Clock));
        AssertRefused(request, () => request.Reply(Clock, new DateOnly(2025, 3, 5), Outcome.Disclosed, null, Officer), "确认");
        AssertRefused(request, () => request.RequestCorrection(Clock, new DateOnly(2025, 3, 5), "请写明文号", null, Officer), "确认");

        request.ConfirmReceipt(new DateOnly(2025, 3, 4), Officer);

        Assert.Equal(new DateOnly(2025, 3, 4), request.Deadline(Clock).ReceivedOn);
        Assert.Equal(RequestStatus.InProgress, request.Status(Clock));
    }

    [Fact]
    public void ConfirmReceipt_InPerson_IsRefused()
    {
        var request = Register();

        AssertRefused(request, () => request.ConfirmReceipt(new DateOnly(2025, 3, 4), Officer), "第三十一条第（一）项");
    }

    [Fact]
    public void ApproveExtension_WithoutApprover_IsRefused()
    {
        var request = Register();

        AssertRefused(request, () => request.ApproveExtension(Clock, new DateOnly(2025, 3, 20), 10, " ", "调取档案", Officer), "负责人");
    }

    [Fact]
    public void ApproveExtension_BeyondTwentyWorkingDaysInTotal_IsRefused()
    {
        var request = Register();
        request.ApproveExtension(Clock, new DateOnly(2025, 3, 20), 15, "王主任", "调取档案", Officer);

        AssertRefused(request, () => request.ApproveExtension(Clock, new DateOnly(2025, 3, 21), 6, "王主任", "仍需时间", Officer), "最长不得超过20个工作日");
        Assert.Equal(15, request.Deadline(Clock).ExtensionWorkingDays);
    }

    [Fact]
    public void ApproveExtension_AfterTheDueDate_IsRefused()
    {
        var request = Register();

        AssertRefused(request, () => request.ApproveExtension(Clock, new DateOnly(2025, 4, 1), 5, "王主任", "调取档案", Officer), "已于2025-03-31届满");
    }

    [Theory]
    [InlineData(Outcome.PartlyDisclosed)]
    [InlineData(Outcome.WithheldStateSecret)]
    [InlineData(Outcome.UnavailableDoesNotExist)]
    [InlineData(Outcome.NotProcessedRepeatRequest)]
    [InlineData(Outcome.OtherHandling)]
    public void Reply_OutcomeNeedingGroundsWithoutThem_IsRefused(Outcome outcome)
    {
        var request = Register();

        AssertRefused(request, () => request.Reply(Clock, new DateOnly(2025, 3, 10), outcome, null, Officer), "须说明理由");
    }

    [Fact]
    public void Reply_Disclosed_NeedsNoGrounds()
    {
        var request = Register();

        request.Reply(Clock, new DateOnly(2025, 3, 10), Outcome.Disclosed, null, Officer);

        Assert.Equal(RequestStatus.Replied, request.Status(Clock));
        Assert.Equal(Outcome.Disclosed, request.Outcome);
        Assert.False(request.IsOverdue(Clock, new DateOnly(2025, 6, 1)));
    }

    [Fact]
    public void Reply_LapseOutcome_IsRefusedAsAReply()
    {
        var request = Register();

        AssertRefused(request, () => request.Reply(Clock, new DateOnly(2025, 3, 10), Outcome.OtherCorrectionLapsed, "x", Officer), "逾期不补正");
    }

    [Fact]
    public void Reply_OnArchivedRequest_IsRefused()
    {
        var request = Register();
        request.Reply(Clock, new DateOnly(2025, 3, 10), Outcome.Disclosed, null, Officer);
        request.RecordDelivery(Clock, new DateOnly(2025, 3, 11), "电子邮件送达，系统回执", Officer);
        request.Archive(Clock, new DateOnly(2025, 3, 12), Officer);

        AssertRefused(request, () => request.Reply(Clock, new DateOnly(2025, 3, 13), Outcome.Disclosed, null, Officer), "已归档");
        Assert.Equal(RequestStatus.Archived, request.Status(Clock));
    }

    [Fact]
    public void Reply_Twice_IsRefused()
    {
        var request = Register();
        request.Reply(Clock, new DateOnly(2025, 3, 10), Outcome.Disclosed, null, Officer);

        AssertRefused(request, () => request.Reply(Clock, new DateOnly(2025, 3, 11), Outcome.Disclosed, null, Officer), "已经答复");
    }

    [Fact]
    public void Reply_WhileAwaitingCorrection_IsRefused()
    {
        var request = Register();
        request.RequestCorrection(Clock, new DateOnly(2025, 3, 4), "请写明文件名称", 10, Officer);

        Assert.Equal(RequestStatus.AwaitingCorrection, request.Status(Clock));
        AssertRefused(request, () => request.Reply(Clock, new DateOnly(2025, 3, 6), Outcome.Disclosed, null, Officer), "等待申请人补正");
    }

    [Fact]
    public void Correction_LapsedAfterItsPeriod_EndsTheRequestAsOtherHandlingRow1()
    {
        var request = Register();
        request.RequestCorrection(Clock, new DateOnly(2025, 3, 4), "请写明文件名称", 10, Officer);

        AssertRefused(request, () => request.RecordCorrectionLapsed(Clock, new DateOnly(2025, 3, 18), Officer), "尚未届满");
        request.RecordCorrectionLapsed(Clock, new DateOnly(2025, 3, 19), Officer);

        Assert.Equal(RequestStatus.Ended, request.Status(Clock));
        Assert.Equal(Outcome.OtherCorrectionLapsed, request.Outcome);
        AssertRefused(request, () => request.Reply(Clock, new DateOnly(2025, 3, 20), Outcome.Disclosed, null, Officer), "终止办理");
        request.RecordDelivery(Clock, new DateOnly(2025, 3, 20), "邮寄终止办理告知书", Officer);
        request.Archive(Clock, new DateOnly(2025, 3, 21), Officer);
    }

    [Fact]
    public void Correction_SecondNotice_IsRefused()
    {
        var request = Register();
        request.RequestCorrection(Clock, new DateOnly(2025, 3, 4), "请写明文件名称", null, Officer);
        request.ReceiveCorrection(Clock, new DateOnly(2025, 3, 7), Officer);

        AssertRefused(request, () => request.RequestCorrection(Clock, new DateOnly(2025, 3, 10), "还需写明年份", null, Officer), "一次性");
        Assert.Equal(new DateOnly(2025, 4, 7), request.Deadline(Clock).DueOn);
    }

    [Fact]
    public void Correction_AfterAnExtension_IsRefused()
    {
        var request = Register();
        request.ApproveExtension(Clock, new DateOnly(2025, 3, 5), 5, "王主任", "调取档案", Officer);

        AssertRefused(request, () => request.RequestCorrection(Clock, new DateOnly(2025, 3, 6), "请写明文号", null, Officer), "已经延长答复期限");
    }

    [Fact]
    public void Consultation_Open_PausesAndBlocksTheReply()
    {
        var request = Register();
        request.StartConsultation(Clock, new DateOnly(2025, 3, 10), ConsultedParty.ThirdParty, "某公司：合同价款", Officer);

        Assert.Equal(RequestStatus.Paused, request.Status(Clock));
        Assert.Null(request.Deadline(Clock).DueOn);
        AssertRefused(request, () => request.Reply(Clock, new DateOnly(2025, 3, 12), Outcome.Disclosed, null, Officer), "征求意见");

        request.EndConsultation(Clock, new DateOnly(2025, 3, 14), "第三方同意公开", Officer);

        // 4 working days (11–14 March) are not counted: 31 March + 4 working days.
        Assert.Equal(new DateOnly(2025, 4, 7), request.Deadline(Clock).DueOn);
    }

    [Fact]
    public void FeeNotice_NotPaid_EndsAsOtherHandlingRow2()
    {
        var request = Register();
        request.SendFeeNotice(Clock, new DateOnly(2025, 3, 10), 10000, 15, Officer);

        request.RecordFeeLapsed(Clock, new DateOnly(2025, 4, 1), Officer);

        Assert.Equal(Outcome.OtherFeeLapsed, request.Outcome);
        Assert.Equal(RequestStatus.Ended, request.Status(Clock));
    }

    [Fact]
    public void Delivery_BeforeReply_IsRefused()
    {
        var request = Register();

        AssertRefused(request, () => request.RecordDelivery(Clock, new DateOnly(2025, 3, 10), "邮寄", Officer), "尚未答复");
    }

    [Fact]
    public void Archive_BeforeDelivery_IsRefused()
    {
        var request = Register();
        request.Reply(Clock, new DateOnly(2025, 3, 10), Outcome.Disclosed, null, Officer);

        AssertRefused(request, () => request.Archive(Clock, new DateOnly(2025, 3, 11), Officer), "送达后");
    }

    [Fact]
    public void IsOverdue_OpenPastTheDueDate_IsTrue()
    {
        var request = Register();

        Assert.False(request.IsOverdue(Clock, new DateOnly(2025, 3, 31)));
        Assert.True(request.IsOverdue(Clock, new DateOnly(2025, 4, 1)));
    }

    [Fact]
    public void Events_AreNumberedInOrderWithUtcInstants()
    {
        var request = Register();
        request.ApproveExtension(Clock, new DateOnly(2025, 3, 28), 5, "王主任", "调取档案", Officer);
        request.Reply(Clock, new DateOnly(2025, 4, 2), Outcome.Disclosed, null, Officer);

        Assert.Equal([1, 2, 3], request.Events.Select(e => e.Sequence));
        Assert.All(request.Events, e => Assert.Equal(DateTimeKind.Utc, e.OccurredAtUtc.Kind));
        Assert.True(request.WasExtended);
    }
}
