using Gongkai.Domain.Appeals;
using Gongkai.Domain.AnnualReports;
using Gongkai.Domain.Tests.AnnualReports.Generation;
using static Gongkai.Domain.Tests.AnnualReports.Generation.RecordBuilder;

namespace Gongkai.Domain.Tests.Appeals;

public sealed class ReconsiderationTests
{
    private static readonly RecordBuilder Agency = new(Guid.NewGuid());

    [Fact]
    public void File_ForRequest_TakesRespondentAndRequestFromIt()
    {
        var request = Agency.Request("2024-03-01");

        var c = Reconsideration.File(Guid.NewGuid(), request, " 某府复〔2024〕3号 ", D("2024-05-01"), Officer);

        Assert.Equal(Agency.AgencyId, c.AgencyId);
        Assert.Equal(request.Id, c.RequestId);
        Assert.Equal("某府复〔2024〕3号", c.CaseNumber);
        Assert.False(c.IsDecided);
        Assert.Equal(Officer.Actor, c.RegisteredBy);
    }

    [Fact]
    public void File_BeforeRequestSubmitted_Refused()
    {
        var request = Agency.Request("2024-03-01");

        var e = Assert.Throws<RuleViolationException>(() => Reconsideration.File(Guid.NewGuid(), request, "复1号", D("2024-02-28"), Officer));
        Assert.Equal("第五十一条", e.Article);
    }

    [Fact]
    public void File_NoCaseNumber_Refused() =>
        Assert.Throws<RuleViolationException>(() => Reconsideration.File(Guid.NewGuid(), Agency.Request("2024-03-01"), " ", D("2024-04-01"), Officer));

    [Fact]
    public void Decide_Pending_Refused() =>
        Assert.Throws<RuleViolationException>(() => Reconsider(Agency.Request("2024-03-01"), D("2024-04-01")).Decide(AppealResult.Pending, D("2024-06-01"), Officer));

    [Fact]
    public void Decide_BeforeFiling_Refused() =>
        Assert.Throws<RuleViolationException>(() => Reconsider(Agency.Request("2024-03-01"), D("2024-04-01")).Decide(AppealResult.Upheld, D("2024-03-31"), Officer));

    [Fact]
    public void Decide_Twice_Refused()
    {
        var c = Reconsider(Agency.Request("2024-03-01"), D("2024-04-01"), AppealResult.Upheld, D("2024-06-01"));

        Assert.Throws<RuleViolationException>(() => c.Decide(AppealResult.Corrected, D("2024-06-02"), Officer));
        Assert.Equal(AppealResult.Upheld, c.Result);
    }

    [Fact]
    public void CorrectDecision_WithReason_ReplacesResultAndKeepsReason()
    {
        var c = Reconsider(Agency.Request("2024-03-01"), D("2024-04-01"), AppealResult.Upheld, D("2024-06-01"));

        c.CorrectDecision(AppealResult.Corrected, D("2024-06-01"), "录入错误，决定书为撤销", Officer);

        Assert.Equal(AppealResult.Corrected, c.Result);
        Assert.Equal("录入错误，决定书为撤销", c.CorrectionReason);
    }

    [Fact]
    public void CorrectDecision_NoReason_Refused()
    {
        var c = Reconsider(Agency.Request("2024-03-01"), D("2024-04-01"), AppealResult.Upheld, D("2024-06-01"));

        Assert.Throws<RuleViolationException>(() => c.CorrectDecision(AppealResult.Corrected, D("2024-06-01"), " ", Officer));
    }

    [Fact]
    public void CorrectDecision_NotDecided_Refused() =>
        Assert.Throws<RuleViolationException>(() =>
            Reconsider(Agency.Request("2024-03-01"), D("2024-04-01")).CorrectDecision(AppealResult.Upheld, D("2024-06-01"), "理由", Officer));

    [Fact]
    public void CorrectDecision_ToPending_WithdrawsDecision()
    {
        var c = Reconsider(Agency.Request("2024-03-01"), D("2024-04-01"), AppealResult.Upheld, D("2024-06-01"));

        c.CorrectDecision(AppealResult.Pending, null, "决定已被撤销，重新审理", Officer);

        Assert.False(c.IsDecided);
        Assert.Null(c.DecidedOn);
        Assert.Equal(AppealResult.Pending, c.ResultIn(new ReportingYear(2024)));
    }

    [Theory]
    [InlineData("2024-04-01", null, 2023, false, AppealResult.Pending)]
    [InlineData("2024-04-01", null, 2024, true, AppealResult.Pending)]
    [InlineData("2024-04-01", null, 2025, true, AppealResult.Pending)]
    [InlineData("2024-04-01", "2024-12-31", 2024, true, AppealResult.Upheld)]
    [InlineData("2024-04-01", "2025-01-01", 2024, true, AppealResult.Pending)]
    [InlineData("2024-04-01", "2025-01-01", 2025, true, AppealResult.Upheld)]
    [InlineData("2024-04-01", "2025-03-01", 2026, false, AppealResult.Upheld)]
    [InlineData("2024-12-31", "2024-12-31", 2025, false, AppealResult.Upheld)]
    public void CountsIn_FiledAndDecided_CountsWhenFiledOrPendingAtStartOfYear(string filed, string? decided, int year, bool counts, AppealResult column)
    {
        var c = Reconsider(Agency.Request("2024-03-01"), D(filed), decided is null ? null : AppealResult.Upheld, decided is null ? null : D(decided));

        Assert.Equal(counts, c.CountsIn(new ReportingYear(year)));
        Assert.Equal(column, c.ResultIn(new ReportingYear(year)));
    }
}
