using Gongkai.Domain.Calendar;
using Gongkai.Domain.Requests;

namespace Gongkai.Domain.Tests.Requests;

/// <summary>Assignment, papers, the extension proposal, the forwarding note, the allowed actions.</summary>
public sealed class RequestHandlingTests
{
    private static readonly StatutoryClock Clock = new(WorkingDayCalendar.Official);
    private static readonly RecordedBy Officer = new("officer.li", new DateTime(2025, 3, 3, 1, 0, 0, DateTimeKind.Utc));
    private static readonly Applicant Citizen = new(ApplicantKind.NaturalPerson, "张三", null, "13800000000", null, null);
    private static readonly DateOnly Monday = new(2025, 3, 3);

    private static DisclosureRequest Register(SubmissionChannel channel = SubmissionChannel.InPerson) =>
        DisclosureRequest.Register(Guid.NewGuid(), Guid.NewGuid(), "T-1", channel, Citizen, "2024年财政预算执行情况报告", "电子邮件", Monday, Officer);

    private static DisclosureRequest Delivered()
    {
        var request = Register();
        request.Reply(Clock, Monday.AddDays(2), Outcome.Disclosed, null, Officer);
        request.RecordDelivery(Clock, Monday.AddDays(3), "当面领取", Officer);
        return request;
    }

    [Fact]
    public void AssignTo_OpenRequest_SetsTheOfficerWithoutTouchingTheLog()
    {
        var request = Register();
        var officer = Guid.NewGuid();

        request.AssignTo(officer, "李四", Officer);

        Assert.Equal((officer, "李四"), (request.AssignedOfficerId!.Value, request.AssignedOfficerName!));
        Assert.Single(request.Events);
    }

    [Fact]
    public void AssignTo_Reassignment_IsAllowed_SameOfficerIsRefused()
    {
        var request = Register();
        var first = Guid.NewGuid();
        request.AssignTo(first, "李四", Officer);

        Assert.Contains("已由李四承办", Assert.Throws<RuleViolationException>(() => request.AssignTo(first, "李四", Officer)).Message);
        request.AssignTo(Guid.NewGuid(), "王五", Officer);
        Assert.Equal("王五", request.AssignedOfficerName);
    }

    [Fact]
    public void AssignTo_DeliveredRequest_IsRefused() =>
        Assert.Contains("第四十五条", Assert.Throws<RuleViolationException>(() => Delivered().AssignTo(Guid.NewGuid(), "李四", Officer)).Message);

    [Fact]
    public void AssignTo_WithoutOfficer_IsRefused() =>
        Assert.Contains("请选择承办人", Assert.Throws<RuleViolationException>(() => Register().AssignTo(Guid.Empty, "李四", Officer)).Message);

    [Fact]
    public void RecordDocuments_Empty_IsRefused_ListIsKept()
    {
        var request = Register();

        Assert.Contains("第二十九条", Assert.Throws<RuleViolationException>(() => request.RecordDocuments(" ", Officer)).Message);
        request.RecordDocuments("申请表原件1份", Officer);
        Assert.Equal("申请表原件1份", request.ApplicantDocuments);
    }

    [Fact]
    public void ProposeExtension_ThenApprove_AppendsTheApprovalAndClearsTheProposal()
    {
        var request = Register();
        request.ProposeExtension(Clock, new DateOnly(2025, 3, 20), 10, "调取档案", Officer);
        Assert.True(request.HasPendingExtensionProposal);
        Assert.Single(request.Events);

        request.ApproveProposedExtension(Clock, new DateOnly(2025, 3, 21), "王主任", new RecordedBy("wang", Officer.AtUtc));

        Assert.False(request.HasPendingExtensionProposal);
        var approval = request.Events[^1];
        Assert.Equal((RequestEventKind.ExtensionApproved, 10, "王主任", "调取档案"), (approval.Kind, approval.WorkingDays!.Value, approval.ApprovedBy!, approval.Note!));
        Assert.True(request.WasExtended);
    }

    [Fact]
    public void ProposeExtension_AfterDueDate_IsRefused()
    {
        var request = Register();
        var due = request.Deadline(Clock).DueOn!.Value;

        var refusal = Assert.Throws<RuleViolationException>(() => request.ProposeExtension(Clock, due.AddDays(1), 10, "调取档案", Officer));

        Assert.Contains("不能再延长", refusal.Message);
        Assert.False(request.HasPendingExtensionProposal);
    }

    [Fact]
    public void ProposeExtension_BeyondTwentyDays_IsRefused() =>
        Assert.Contains("第三十三条第二款", Assert.Throws<RuleViolationException>(() => Register().ProposeExtension(Clock, Monday, 21, "调取档案", Officer)).Message);

    [Fact]
    public void ApproveProposedExtension_WithoutProposal_IsRefused() =>
        Assert.Contains("没有待批准的延期申请", Assert.Throws<RuleViolationException>(() => Register().ApproveProposedExtension(Clock, Monday, "王主任", Officer)).Message);

    [Fact]
    public void DeclineExtension_ClearsTheProposal()
    {
        var request = Register();
        request.ProposeExtension(Clock, Monday.AddDays(3), 5, "调取档案", Officer);

        request.DeclineExtension(Officer);

        Assert.False(request.HasPendingExtensionProposal);
        Assert.False(request.WasExtended);
    }

    [Fact]
    public void RecordForwarding_IsAnInternalNote_RequestStaysOpen()
    {
        var request = Register();

        request.RecordForwarding(Monday.AddDays(1), "某市财政局", "函转", Officer);

        Assert.Equal("某市财政局", request.ForwardedTo);
        Assert.Equal(RequestStatus.InProgress, request.Status(Clock));
        Assert.Single(request.Events);
    }

    [Fact]
    public void ReplyNotThisAgency_NamesTheResponsibleAgency()
    {
        var request = Register();

        request.ReplyNotThisAgency(Clock, Monday.AddDays(2), "该信息由财政部门制作。", "某市财政局", "0971-1", Officer);

        Assert.Equal(Outcome.UnavailableNotThisAgency, request.Outcome);
        Assert.Contains("负责公开该政府信息的行政机关：某市财政局，联系方式：0971-1。", request.Events[^1].Note);
        Assert.Equal("第三十六条第（五）项", request.Events[^1].Article);
    }

    [Fact]
    public void ReplyNotThisAgency_WithoutGrounds_IsRefused() =>
        Assert.Contains("第三十六条第（五）项", Assert.Throws<RuleViolationException>(() => Register().ReplyNotThisAgency(Clock, Monday, " ", "某局", null, Officer)).Message);

    [Fact]
    public void AllowedActions_FollowTheState()
    {
        var online = Register(SubmissionChannel.Online);
        Assert.Contains(RequestAction.ConfirmReceipt, online.AllowedActions(Clock));
        Assert.DoesNotContain(RequestAction.Reply, online.AllowedActions(Clock));

        var request = Register(SubmissionChannel.Post);
        Assert.Superset(new HashSet<RequestAction> { RequestAction.ConfirmReceipt, RequestAction.RequestCorrection, RequestAction.Reply, RequestAction.ProposeExtension }, request.AllowedActions(Clock).ToHashSet());

        request.RequestCorrection(Clock, Monday.AddDays(1), "文号", 10, Officer);
        Assert.Equal(
            new HashSet<RequestAction> { RequestAction.Assign, RequestAction.RecordDocuments, RequestAction.RecordForwarding, RequestAction.ReceiveCorrection, RequestAction.RecordCorrectionLapsed },
            request.AllowedActions(Clock).ToHashSet());

        request.ReceiveCorrection(Clock, Monday.AddDays(3), Officer);
        Assert.DoesNotContain(RequestAction.RequestCorrection, request.AllowedActions(Clock));
        request.StartConsultation(Clock, Monday.AddDays(4), ConsultedParty.ThirdParty, "第三方某公司", Officer);
        Assert.Contains(RequestAction.EndConsultation, request.AllowedActions(Clock));
        Assert.DoesNotContain(RequestAction.RecordFeePaid, request.AllowedActions(Clock));
        Assert.DoesNotContain(RequestAction.Reply, request.AllowedActions(Clock));
        Assert.Contains(RequestAction.SendFeeNotice, request.AllowedActions(Clock));
        request.EndConsultation(Clock, Monday.AddDays(8), "同意", Officer);

        request.Reply(Clock, Monday.AddDays(9), Outcome.Disclosed, null, Officer);
        Assert.Equal(
            new HashSet<RequestAction> { RequestAction.Assign, RequestAction.RecordDelivery, RequestAction.RecordDocuments, RequestAction.RecordForwarding },
            request.AllowedActions(Clock).ToHashSet());
        request.RecordDelivery(Clock, Monday.AddDays(10), "邮寄", Officer);
        Assert.Equal(
            new HashSet<RequestAction> { RequestAction.Archive, RequestAction.RecordDocuments, RequestAction.RecordForwarding },
            request.AllowedActions(Clock).ToHashSet());
        request.Archive(Clock, Monday.AddDays(10), Officer);
        Assert.Empty(request.AllowedActions(Clock));
    }

    [Fact]
    public void SameApplicant_ByIdentityNumber_OrByNameAndContact()
    {
        var a = new Applicant(ApplicantKind.NaturalPerson, "张三", "630102199001011234", "1", null, null);
        var b = new Applicant(ApplicantKind.NaturalPerson, "张叁", "630102199001011234", null, "x@y", null);
        var c = new Applicant(ApplicantKind.NaturalPerson, "张三", null, "1", null, null);
        var d = new Applicant(ApplicantKind.NaturalPerson, "张三", null, "2", null, null);

        Assert.True(RequestSimilarity.SameApplicant(a, b));
        Assert.True(RequestSimilarity.SameApplicant(a, c));
        Assert.False(RequestSimilarity.SameApplicant(c, d));
    }

    [Theory]
    [InlineData("2025年城乡低保资金发放明细", "城乡低保资金发放明细（2025年）", true)]
    [InlineData("2025年城乡低保资金发放明细", "某路段道路拓宽工程建设用地审批文件", false)]
    [InlineData("", "城乡低保", false)]
    public void Similar_SharedBigrams(string a, string b, bool expected) =>
        Assert.Equal(expected, RequestSimilarity.Similar(a, b));

    [Theory]
    [InlineData(1, 0)]
    [InlineData(10, 0)]
    [InlineData(11, 100)]
    [InlineData(30, 100)]
    [InlineData(31, 200)]
    [InlineData(40, 200)]
    [InlineData(41, 300)]
    [InlineData(51, 400)]
    public void PerRequestYuan_FollowsArticle4Bands(int nth, int yuan) =>
        Assert.Equal(yuan, ProcessingFeeSchedule.PerRequestYuan(nth));

    [Theory]
    [InlineData(30, 0)]
    [InlineData(31, 10)]
    [InlineData(100, 700)]
    [InlineData(101, 720)]
    [InlineData(200, 2700)]
    [InlineData(201, 2740)]
    public void PerPageYuan_IsProgressive(int pages, int yuan) =>
        Assert.Equal(yuan, ProcessingFeeSchedule.PerPageYuan(pages));

    [Fact]
    public void ProactiveSuggestions_NeedTwoDifferentApplicants()
    {
        var agency = Guid.NewGuid();
        RequestDigest D(string applicant, string text, int day) => new(Guid.NewGuid(), agency, "T" + day, applicant, text, Monday.AddDays(day));
        var requests = new[]
        {
            D("a", "2025年城乡低保资金发放明细", 0),
            D("a", "城乡低保资金发放明细2025年", 1),
            D("b", "2025年度城乡低保资金发放明细表", 2),
            D("c", "某路段道路拓宽工程建设用地审批文件", 3),
            D("c", "某路段道路拓宽工程建设用地审批文件", 4),
        };

        var suggestion = Assert.Single(ProactiveDisclosureSuggestions.Find(requests));

        Assert.Equal((2, 3), (suggestion.ApplicantCount, suggestion.Requests.Count));
        Assert.Equal("2025年城乡低保资金发放明细", suggestion.Description);
    }
}
