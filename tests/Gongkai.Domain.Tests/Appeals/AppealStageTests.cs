using Gongkai.Domain.Appeals;
using Gongkai.Domain.Tests.AnnualReports.Generation;
using static Gongkai.Domain.Tests.AnnualReports.Generation.RecordBuilder;

namespace Gongkai.Domain.Tests.Appeals;

public sealed class AppealStageTests
{
    private static readonly RecordBuilder Agency = new(Guid.NewGuid());

    [Fact]
    public void RecordStage_Reconsideration_KeptInOrder()
    {
        var c = Reconsideration.File(Guid.NewGuid(), Agency.Request("2024-03-01"), "某府复〔2024〕1号", D("2024-04-01"), Officer);
        c.RecordStage("受理", D("2024-04-03"), null, Officer);
        c.RecordStage("提交答复/答辩", D("2024-04-12"), "已提交书面答复", Officer);
        Assert.Equal(["受理", "提交答复/答辩"], c.Stages.Select(s => s.Name));
        Assert.Equal("已提交书面答复", c.Stages[1].Note);
        Assert.Equal(Officer.Actor, c.Stages[0].RecordedBy);
    }

    [Fact]
    public void RecordStage_BeforeFiling_Refused()
    {
        var c = Litigation.FileDirectly(Guid.NewGuid(), Agency.Request("2024-03-01"), "（2024）行初1号", D("2024-05-01"), Officer);
        var e = Assert.Throws<RuleViolationException>(() => c.RecordStage("开庭", D("2024-04-30"), null, Officer));
        Assert.Equal("行政诉讼进展日期2024-04-30早于提起日期2024-05-01。", e.Message);
        Assert.Empty(c.Stages);
    }

    [Fact]
    public void RecordStage_NoName_Refused()
    {
        var c = Litigation.FileDirectly(Guid.NewGuid(), Agency.Request("2024-03-01"), "（2024）行初1号", D("2024-05-01"), Officer);
        Assert.Throws<RuleViolationException>(() => c.RecordStage(" ", D("2024-05-02"), null, Officer));
    }

    [Fact]
    public void RecordStage_AfterDecision_AllowedAndDoesNotChangeTheResult()
    {
        var c = Litigation.FileDirectly(Guid.NewGuid(), Agency.Request("2024-03-01"), "（2024）行初1号", D("2024-05-01"), Officer);
        c.Decide(AppealResult.Upheld, D("2024-08-01"), Officer);
        c.RecordStage("提起上诉", D("2024-08-10"), null, Officer);
        Assert.Equal(AppealResult.Upheld, c.Result);
        Assert.Single(c.Stages);
    }
}
