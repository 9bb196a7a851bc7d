using Gongkai.Domain.AnnualReports;
using S = Gongkai.Domain.AnnualReports.StatisticsTableRows;

namespace Gongkai.Domain.Tests.AnnualReports;

public sealed class StatisticsTableRulesTests
{
    private static AnnualReportData Report(params (IReadOnlyList<string> Row, decimal? Value)[] rows) =>
        Reports.Of(ReportFormat.Format2014, 2016, rows.Select(r => new ReportCell(S.At(r.Row), r.Value)));

    private static AnnualReportData Xining(IReadOnlyList<string> row, decimal? value) =>
        XiningStatisticsTable2017.TableOnly().WithValue(S.At(row), value);

    public static TheoryData<string, string[]> BrokenSums => new()
    {
        { RequestsReceivedByChannel.RuleId, [.. S.ReceivedByLetter] },
        { RequestsReceivedByChannel.RuleId, [.. S.RequestsReceived] },
        { RequestsClosedByTimeliness.RuleId, [.. S.ClosedAfterExtension] },
        { RequestsAnsweredByType.RuleId, [.. S.AnsweredToldOtherChannel] },
        { ReconsiderationsByResult.RuleId, [.. S.ReconsiderationsOther] },
        { LawsuitsByResult.RuleId, [.. S.LawsuitsCorrected] },
        { StaffByKind.RuleId, [.. S.PartTimeStaff] },
    };

    [Theory]
    [MemberData(nameof(BrokenSums))]
    public void SumRule_XiningWithOneCellOff_ErrorCitingIt(string ruleId, string[] row)
    {
        var report = Xining(row, (XiningStatisticsTable2017.TableOnly().ValueAt(S.At(row)) ?? 0) + 1);

        var finding = Assert.Single(Reports.Check(report), f => f.RuleId == ruleId);
        Assert.Equal(FindingSeverity.Error, finding.Severity);
        Assert.True(finding.Cites(S.At(row)));
    }

    [Fact]
    public void RequestsReceivedByChannel_TotalBlankChannelsFilled_Info()
    {
        var finding = Assert.Single(new RequestsReceivedByChannel().Check(Report((S.RequestsReceived, null), (S.ReceivedInPerson, 3))));

        Assert.Equal(FindingSeverity.Info, finding.Severity);
    }

    [Fact]
    public void RefusalGrounds_ShortOfTheTotal_Silent() =>
        Assert.Empty(new RefusalGroundsWithinRefusals().Check(Report((S.AnsweredRefused, 5), (S.RefusedStateSecret, 2))));

    [Fact]
    public void RefusalGrounds_SumAboveTotal_Warning()
    {
        var finding = Assert.Single(new RefusalGroundsWithinRefusals().Check(
            Report((S.AnsweredRefused, 5), (S.RefusedStateSecret, 3), (S.RefusedPersonalPrivacy, 3))));

        Assert.Equal(FindingSeverity.Warning, finding.Severity);
    }

    [Fact]
    public void RefusalGrounds_OneGroundAboveTotal_Error() =>
        Assert.Equal(FindingSeverity.Error, Assert.Single(new RefusalGroundsWithinRefusals().Check(
            Report((S.AnsweredRefused, 5), (S.RefusedStateSecret, 6)))).Severity);

    [Theory]
    [InlineData(13, true)]
    [InlineData(22, false)]
    [InlineData(23, true)]
    public void Subsets_PrincipalAtPressConferences_AtMostAllPressConferences(int principal, bool fires)
    {
        var findings = new SubsetsWithinTotals().Check(Report((S.PressConferences, fires ? principal - 1 : 22), (S.PressConferencesWithPrincipal, principal)));

        Assert.Equal(fires, findings.Any(f => f.Severity == FindingSeverity.Error));
    }

    [Fact]
    public void ProactiveChannels_TotalBelowTheLargestChannel_Warning()
    {
        var finding = Assert.Single(new ProactiveChannelsCoverTotal().Check(Xining(S.ViaWebsite, 70000)));

        Assert.Equal(FindingSeverity.Warning, finding.Severity);
        Assert.Contains("2.政府网站公开政府信息数", finding.Message);
    }

    [Fact]
    public void ProactiveChannels_TotalAboveTheSumOfChannels_Warning()
    {
        var finding = Assert.Single(new ProactiveChannelsCoverTotal().Check(Xining(S.ProactivelyPublished, 80000)));

        Assert.Contains("五个渠道公开数之和78538", finding.Message);
    }

    [Fact]
    public void ProactiveChannels_TotalNotTheSumOfChannels_IsNotADefect() =>
        Assert.Empty(new ProactiveChannelsCoverTotal().Check(XiningStatisticsTable2017.TableOnly())); // 66045 ≠ 78538, correctly

    [Fact]
    public void ProactiveChannels_TotalBlank_OneInfo() =>
        Assert.Equal(FindingSeverity.Info, Assert.Single(new ProactiveChannelsCoverTotal().Check(Xining(S.ProactivelyPublished, null))).Severity);

    [Fact]
    public void PublishedNormative_AtMostIssued_Silent() =>
        Assert.Empty(new PublishedNormativeWithinIssued().Check(Xining(S.PublishedNormativeDocuments, 2139)));

    [Fact]
    public void StatisticsRules_OtherFormats_NotApplicable()
    {
        var report2021 = Reports.Zeros(ReportFormat.Format2021, 2021);
        IConsistencyRule[] rules = [new RequestsReceivedByChannel(), new RefusalGroundsWithinRefusals(), new SubsetsWithinTotals(), new ProactiveChannelsCoverTotal(), new PublishedNormativeWithinIssued()];

        Assert.Empty(rules.SelectMany(r => r.Check(report2021)));
    }

    [Fact]
    public void Rules_AllZeroTable_Silent() => Assert.Empty(Reports.Check(Reports.Zeros(ReportFormat.Format2014, 2015)));
}
