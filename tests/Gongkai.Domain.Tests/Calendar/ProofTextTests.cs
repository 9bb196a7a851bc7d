using Gongkai.Domain.Calendar;
using static Gongkai.Domain.Tests.Calendar.Cal;

namespace Gongkai.Domain.Tests.Calendar;

/// <summary>The written proof: each step cites its article, and the due step shows what was skipped and counted.</summary>
public sealed class ProofTextTests
{
    [Fact]
    public void Proof_NationalDay2024_StepsCiteReceiptCountingAndDueArticles()
    {
        var proof = RunInPerson("2024-09-27");

        Assert.Collection(proof.Steps,
            receipt =>
            {
                Assert.Equal("第三十一条第（一）项", receipt.Article);
                Assert.Equal(D("2024-09-27"), receipt.On);
            },
            counting =>
            {
                Assert.Equal("第三十三条第二款", counting.Article);
                Assert.Contains("20个工作日内", counting.Text, StringComparison.Ordinal);
                Assert.Contains("2024年9月27日为第0日，自次日起计算工作日", counting.Text, StringComparison.Ordinal);
                Assert.Contains("调休上班日计入", counting.Text, StringComparison.Ordinal);
            },
            due =>
            {
                Assert.Equal("第三十三条", due.Article);
                Assert.Equal(D("2024-10-30"), due.On);
                Assert.Contains("答复期限届满日为2024年10月30日（星期三）", due.Text, StringComparison.Ordinal);
                Assert.Contains("自收到申请之日2024年9月27日次日起计20个工作日", due.Text, StringComparison.Ordinal);
            });
    }

    [Fact]
    public void Proof_NationalDay2024_DueStepNamesHolidaySkippedAndMakeUpDaysCounted()
    {
        // 09-28..10-30: 国庆节 10-01..07 skipped; plain weekend days 09-28, 10-13, 10-19, 10-20, 10-26, 10-27 (6);
        // make-up days 09-29 (Sun) and 10-12 (Sat) counted.
        var due = RunInPerson("2024-09-27").Steps[^1].Text;

        Assert.Contains("不计国庆节放假10月1日至10月7日", due, StringComparison.Ordinal);
        Assert.Contains("不计周末6天", due, StringComparison.Ordinal);
        Assert.Contains("计入调休上班日9月29日（星期日，国庆节调休上班）、10月12日（星期六，国庆节调休上班）", due, StringComparison.Ordinal);
    }

    [Fact]
    public void Proof_SpringFestival2025_DueStepNamesChunjieAndBothMakeUpDays()
    {
        // 01-25..02-27: 春节 01-28..02-04; weekends 01-25, 02-09, 02-15, 02-16, 02-22, 02-23 (6); make-up 01-26, 02-08.
        var due = RunInPerson("2025-01-24").Steps[^1].Text;

        Assert.Contains("不计春节放假1月28日至2月4日", due, StringComparison.Ordinal);
        Assert.Contains("不计周末6天", due, StringComparison.Ordinal);
        Assert.Contains("1月26日（星期日，春节调休上班）、2月8日（星期六，春节调休上班）", due, StringComparison.Ordinal);
    }

    [Fact]
    public void Proof_YearEnd2025_DueStepNamesYuandanAndTheSundayMakeUpDay()
    {
        var due = RunInPerson("2025-12-15").Steps[^1].Text;

        Assert.Contains("答复期限届满日为2026年1月13日（星期二）", due, StringComparison.Ordinal);
        Assert.Contains("元旦放假1月1日至1月3日", due, StringComparison.Ordinal);
        Assert.Contains("1月4日（星期日，元旦调休上班）", due, StringComparison.Ordinal);
    }

    [Fact]
    public void Proof_Correction_CitesArticle30AndCountsFromCorrectedRequest()
    {
        var proof = RunInPerson("2025-03-03",
            E(ClockEventKind.CorrectionRequested, "2025-03-07", 10),
            E(ClockEventKind.CorrectionReceived, "2025-03-20"));

        Assert.Equal(["第三十一条第（一）项", "第三十三条第二款", "第三十条", "第三十条", "第三十三条"], proof.Steps.Select(s => s.Article));
        Assert.Contains("7个工作日内", proof.Steps[2].Text, StringComparison.Ordinal);
        Assert.Contains("该日为第0日，重新计算20个工作日", proof.Steps[3].Text, StringComparison.Ordinal);
        Assert.Contains("自收到补正的申请之日2025年3月20日次日起计20个工作日", proof.Steps[^1].Text, StringComparison.Ordinal);
        Assert.Contains("清明节放假4月4日至4月6日", proof.Steps[^1].Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ConsultedParty.ThirdParty, "第三十三条第三款、第三十二条", "第三方")]
    [InlineData(ConsultedParty.OtherAgency, "第三十三条第三款、第三十四条", "其他机关")]
    [InlineData(null, "第三十三条第三款、第三十二条、第三十四条", "第三方或其他机关")]
    public void Proof_Consultation_CitesArticleOfTheConsultedParty(ConsultedParty? party, string article, string whom)
    {
        var proof = RunInPerson("2025-03-03", Consult("2025-03-10", party), E(ClockEventKind.ConsultationEnded, "2025-03-14"));

        var start = proof.Steps.Single(s => s.On == D("2025-03-10"));
        Assert.Equal(article, start.Article);
        Assert.Contains($"书面征求{whom}意见", start.Text, StringComparison.Ordinal);
        Assert.Contains("15个工作日", start.Text, StringComparison.Ordinal);
        Assert.Contains("发出征求意见之日照常计入", start.Text, StringComparison.Ordinal);
        var end = proof.Steps.Single(s => s.On == D("2025-03-14"));
        Assert.Equal("第三十三条第三款", end.Article);
        Assert.Contains("征求意见不计入的工作日4个", end.Text, StringComparison.Ordinal);
        // The due step (2025-04-07) shows the 4 paused days and the 清明 holiday skipped.
        Assert.Contains("不计征求意见、等待缴费的工作日4个", proof.Steps[^1].Text, StringComparison.Ordinal);
        Assert.Contains("清明节放假4月4日至4月6日", proof.Steps[^1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Proof_Extension_CitesArticle33AndStatesTheTotalPeriod()
    {
        var proof = RunInPerson("2024-09-27", E(ClockEventKind.ExtensionApproved, "2024-10-25", 10));

        var extension = proof.Steps.Single(s => s.On == D("2024-10-25"));
        Assert.Equal("第三十三条第二款", extension.Article);
        Assert.Contains("负责人同意", extension.Text, StringComparison.Ordinal);
        Assert.Contains("累计延长10个，上限20个", extension.Text, StringComparison.Ordinal);
        Assert.Contains("由2024年10月30日（星期三）顺延10个工作日", extension.Text, StringComparison.Ordinal);
        Assert.Contains("20个工作日另加经批准延长的10个工作日，共30个工作日", proof.Steps[^1].Text, StringComparison.Ordinal);
        Assert.Contains("答复期限届满日为2024年11月13日（星期三）", proof.Steps[^1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Proof_DelayedReply_LastStepCitesArticle35()
    {
        var proof = RunInPerson("2025-03-03", Delay("2025-03-20", "2025-05-30"));

        Assert.Equal(["第三十一条第（一）项", "第三十三条第二款", "第三十五条", "第三十五条"], proof.Steps.Select(s => s.Article));
    }

    [Fact]
    public void Proof_EveryStep_HasArticleAndChineseText()
    {
        var proofs = new[]
        {
            RunInPerson("2024-09-27", E(ClockEventKind.ExtensionApproved, "2024-10-25", 10)),
            RunInPerson("2025-03-03", E(ClockEventKind.FeeNoticeSent, "2025-03-10", 15), E(ClockEventKind.FeePaid, "2025-03-17")),
            RunInPerson("2025-03-03", E(ClockEventKind.CorrectionRequested, "2025-03-07"), E(ClockEventKind.CorrectionLapsed, "2025-03-24")),
            RunInPerson("2025-03-03", Consult("2025-03-10")),
        };

        foreach (var step in proofs.SelectMany(p => p.Steps))
        {
            Assert.Matches("^(第.+条|国办函〔2020〕109号)", step.Article);
            Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", step.Text);
            Assert.EndsWith("。", step.Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void ChineseDates_Format_WritesYearMonthDayAndWeekday()
    {
        Assert.Equal("2024年10月30日（星期三）", ChineseDates.WithWeekday(D("2024-10-30")));
        Assert.Equal("2026年2月15日", ChineseDates.Format(D("2026-02-15")));
        Assert.Equal("星期日", ChineseDates.Weekday(D("2026-02-15")));
        Assert.Equal("1月4日", ChineseDates.MonthDay(D("2026-01-04")));
    }

    [Fact]
    public void ClockEventNames_EveryKind_HasContractAndChineseName()
    {
        foreach (var kind in Enum.GetValues<ClockEventKind>())
        {
            Assert.Equal(kind, ClockEventNames.FromContractName(ClockEventNames.ContractName(kind)));
            Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", ClockEventNames.Of(kind));
        }

        Assert.Null(ClockEventNames.FromContractName("noSuchEvent"));
        Assert.Equal(Enum.GetValues<ClockEventKind>().Length, ClockEventNames.ContractNames.Distinct().Count());
    }
}
