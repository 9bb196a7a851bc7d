using Gongkai.Domain.AnnualReports;
using N = Gongkai.Domain.AnnualReports.NarrativeFigures;
using S = Gongkai.Domain.AnnualReports.StatisticsTableRows;

namespace Gongkai.Domain.Tests.AnnualReports;

public sealed class NarrativeRulesTests
{
    private static AnnualReportData Narrative(ReportFormat format, int year, params (IReadOnlyList<string> Figure, decimal Value)[] figures) =>
        Reports.Of(format, year, figures.Select(f => new ReportCell(N.At(f.Figure), f.Value)));

    [Fact]
    public void Erlianhaote2011_StatedFigures_Silent()
    {
        // seeds/002: 主动公开政府各类信息8392条; 未收到依申请公开信息要求; 无收费; 未出现复议、诉讼
        var report = Narrative(ReportFormat.Format2008, 2011,
            (N.ProactivelyPublished, 8392), (N.RequestsReceived, 0), (N.FeesCollected, 0), (N.Reconsiderations, 0), (N.Lawsuits, 0));

        Assert.Empty(Reports.Check(report));
    }

    [Fact]
    public void Bole2017_NarrativeOnlyWithoutStatisticsTable_Silent()
    {
        // seeds/004: 9616余条; 规范性文件4条; 微博1481条, 微信157条, 其他方式865条; 收到申请1次
        var report = Narrative(ReportFormat.Format2014, 2017,
            (N.ProactivelyPublished, 9616), (N.PublishedNormativeDocuments, 4), (N.ViaMicroblog, 1481), (N.ViaWeChat, 157),
            (N.ViaOtherMeans, 865), (N.RequestsReceived, 1));

        Assert.Empty(Reports.Check(report));
    }

    [Fact]
    public void Bayannaoer2017_AppealsStated_Silent()
    {
        // seeds/000: 依申请公开受理25件; 没有收费; 行政复议三例; 行政诉讼二例
        var report = Narrative(ReportFormat.Format2014, 2017,
            (N.RequestsReceived, 25), (N.FeesCollected, 0), (N.Reconsiderations, 3), (N.Lawsuits, 2));

        Assert.Empty(Reports.Check(report));
    }

    [Fact]
    public void PartsWithinTotals_ChannelsAboveReceived_Warning()
    {
        var finding = Assert.Single(Reports.Check(Narrative(ReportFormat.Format2008, 2012,
            (N.RequestsReceived, 10), (N.ReceivedInPerson, 6), (N.ReceivedByLetter, 7))));

        Assert.Equal(NarrativePartsWithinTotals.RuleId, finding.RuleId);
        Assert.Equal(FindingSeverity.Warning, finding.Severity);
        Assert.Contains("“当面申请数”、“信函申请数”之和为13", finding.Message);
    }

    [Fact]
    public void PartsWithinTotals_TotalNotStated_NotReadAsZero() =>
        Assert.Empty(Reports.Check(Narrative(ReportFormat.Format2008, 2012, (N.AnsweredDisclosed, 14), (N.AnsweredRefused, 5))));

    [Fact]
    public void PartsWithinTotals_OneChannelAboveProactiveTotal_Warning() =>
        Assert.Single(Reports.Check(Narrative(ReportFormat.Format2008, 2010, (N.ProactivelyPublished, 100), (N.ViaWebsite, 120))));

    [Fact]
    public void MatchesTable_TableCellBlankButTextStatesFigure_Info()
    {
        var report = XiningStatisticsTable2017.TableOnly().With(new ReportCell(N.At(N.ReceivedByFax), 1m));

        var finding = Assert.Single(new NarrativeMatchesTable().Check(report));
        Assert.Equal(FindingSeverity.Info, finding.Severity);
        Assert.True(finding.Cites(S.At(S.ReceivedByFax)));
    }

    [Fact]
    public void MatchesTable_FigureNotStated_Skipped() =>
        Assert.Empty(new NarrativeMatchesTable().Check(XiningStatisticsTable2017.TableOnly()));
}
