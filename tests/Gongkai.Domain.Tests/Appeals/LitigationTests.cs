using Gongkai.Domain.Appeals;
using Gongkai.Domain.AnnualReports;
using Gongkai.Domain.Tests.AnnualReports.Generation;
using static Gongkai.Domain.Tests.AnnualReports.Generation.RecordBuilder;

namespace Gongkai.Domain.Tests.Appeals;

public sealed class LitigationTests
{
    private static readonly RecordBuilder Agency = new(Guid.NewGuid());

    [Fact]
    public void FileDirectly_ForRequest_IsDirectWithoutReconsideration()
    {
        var request = Agency.Request("2024-03-01");

        var c = Litigation.FileDirectly(Guid.NewGuid(), request, "（2024）行初1号", D("2024-05-01"), Officer);

        Assert.Equal(LitigationRoute.Direct, c.Route);
        Assert.Null(c.ReconsiderationId);
        Assert.Equal(Agency.AgencyId, c.AgencyId);
        Assert.Equal(request.Id, c.RequestId);
    }

    [Fact]
    public void FileAfterReconsideration_WithCase_LinksIt()
    {
        var request = Agency.Request("2024-03-01");
        var reconsideration = Reconsider(request, D("2024-04-01"), AppealResult.Upheld, D("2024-06-01"));

        var c = Litigation.FileAfterReconsideration(Guid.NewGuid(), request, reconsideration, "（2024）行初2号", D("2024-06-10"), Officer);

        Assert.Equal(LitigationRoute.AfterReconsideration, c.Route);
        Assert.Equal(reconsideration.Id, c.ReconsiderationId);
    }

    [Fact]
    public void FileAfterReconsideration_WithoutRecordedCase_Allowed()
    {
        var c = Litigation.FileAfterReconsideration(Guid.NewGuid(), Agency.Request("2024-03-01"), null, "（2024）行初3号", D("2024-06-10"), Officer);

        Assert.Equal(LitigationRoute.AfterReconsideration, c.Route);
        Assert.Null(c.ReconsiderationId);
    }

    [Fact]
    public void FileAfterReconsideration_CaseOfAnotherRequest_Refused()
    {
        var reconsideration = Reconsider(Agency.Request("2024-02-01"), D("2024-04-01"));

        Assert.Throws<RuleViolationException>(() =>
            Litigation.FileAfterReconsideration(Guid.NewGuid(), Agency.Request("2024-03-01"), reconsideration, "（2024）行初4号", D("2024-06-10"), Officer));
    }

    [Fact]
    public void FileAfterReconsideration_BeforeReconsiderationFiled_Refused()
    {
        var request = Agency.Request("2024-03-01");
        var reconsideration = Reconsider(request, D("2024-04-01"));

        Assert.Throws<RuleViolationException>(() =>
            Litigation.FileAfterReconsideration(Guid.NewGuid(), request, reconsideration, "（2024）行初5号", D("2024-03-31"), Officer));
    }

    [Fact]
    public void FileDirectly_BeforeRequestSubmitted_Refused() =>
        Assert.Throws<RuleViolationException>(() =>
            Litigation.FileDirectly(Guid.NewGuid(), Agency.Request("2024-03-01"), "（2024）行初6号", D("2024-02-01"), Officer));

    [Fact]
    public void Decide_Twice_RefusedButCorrectionWithReasonReplaces()
    {
        var c = Sue(Agency.Request("2024-03-01"), D("2024-04-01"), LitigationRoute.Direct, AppealResult.Upheld, D("2024-09-01"));

        Assert.Throws<RuleViolationException>(() => c.Decide(AppealResult.Corrected, D("2025-02-01"), Officer));
        c.CorrectDecision(AppealResult.Corrected, D("2025-02-01"), "二审改判", Officer);

        Assert.Equal(AppealResult.Corrected, c.Result);
        Assert.Equal(AppealResult.Pending, c.ResultIn(new ReportingYear(2024)));
        Assert.Equal(AppealResult.Corrected, c.ResultIn(new ReportingYear(2025)));
    }

    [Fact]
    public void Decide_BeforeFiling_Refused() =>
        Assert.Throws<RuleViolationException>(() =>
            Sue(Agency.Request("2024-03-01"), D("2024-04-01"), LitigationRoute.Direct).Decide(AppealResult.Other, D("2024-03-01"), Officer));
}
