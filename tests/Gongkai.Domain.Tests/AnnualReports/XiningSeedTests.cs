using Gongkai.Domain.AnnualReports;
using S = Gongkai.Domain.AnnualReports.StatisticsTableRows;
using N = Gongkai.Domain.AnnualReports.NarrativeFigures;

namespace Gongkai.Domain.Tests.AnnualReports;

/// <summary>
/// The rules over 西宁 2017 (seeds/001). Every sum in its 统计表 holds (checked by hand: 48 = 6 + 42; 48 = 46 + 2;
/// 48 = 5+14+6+5+12+3+1+2; 5 ≥ 4+0+0+0+1+0; 3 = 2+0+1; 172 = 21+151; 54162 ≤ 66045 ≤ 78538). The real defects are one
/// relation inside the table and three places where the text contradicts the table.
/// </summary>
public sealed class XiningSeedTests
{
    [Fact]
    public void StatisticsTable_AllCellsResolveToTheOfficialLayout()
    {
        var report = XiningStatisticsTable2017.TableOnly();

        Assert.Equal(58, report.Cells.Count);
        Assert.Empty(report.UnknownCells);
        Assert.Equal(66045m, report.ValueAt(S.At(S.ProactivelyPublished)));
        Assert.Null(report.ValueAt(S.At(S.ReceivedByFax)));
    }

    [Fact]
    public void StatisticsTable_Rules_FindOnlyPublishedNormativeDocumentsAboveIssued()
    {
        var findings = Reports.Check(XiningStatisticsTable2017.TableOnly());

        var finding = Assert.Single(findings);
        Assert.Equal(PublishedNormativeWithinIssued.RuleId, finding.RuleId);
        Assert.Equal(FindingSeverity.Warning, finding.Severity);
        Assert.Contains("3145", finding.Message);
        Assert.Contains("2139", finding.Message);
        Assert.Equal([("3145", 130, 6391), ("2139", 134, 6408)], finding.Evidence.Select(e => (e.Source!.Text, e.Source.Line, e.Source.Offset)));
    }

    [Fact]
    public void StatisticsTable_SumRules_AllHold()
    {
        var report = XiningStatisticsTable2017.TableOnly();
        IConsistencyRule[] sums =
        [
            new RequestsReceivedByChannel(), new RequestsClosedByTimeliness(), new RequestsAnsweredByType(), new RefusalGroundsWithinRefusals(),
            new SubsetsWithinTotals(), new ReconsiderationsByResult(), new LawsuitsByResult(), new StaffByKind(), new ProactiveChannelsCoverTotal(),
        ];

        Assert.Empty(sums.SelectMany(r => r.Check(report)));
    }

    [Fact]
    public void WithNarrative_Rules_AlsoFindTheThreeTextTableContradictions()
    {
        var findings = Reports.Check(XiningStatisticsTable2017.WithNarrative());

        Assert.All(findings, f => Assert.Equal(FindingSeverity.Warning, f.Severity));
        Assert.Equal(
            [
                (NarrativeMatchesTable.RuleId, "政府网站公开政府信息数"),   // 正文 21541 vs 统计表 54162
                (NarrativeMatchesTable.RuleId, "按时办结数"),               // 正文 "全部按时办结" (48) vs 统计表 46 on time + 2 extended
                (NarrativeMatchesTable.RuleId, "行政复议数"),               // 正文 2 件 vs 统计表 3
                (PublishedNormativeWithinIssued.RuleId, "其中：主动公开规范性文件数"),
            ],
            findings.Select(f => (f.RuleId, f.Evidence[0].RowPath[^1])));
    }

    [Fact]
    public void WithNarrative_ReconsiderationMismatch_CitesBothPlacesAsWritten()
    {
        var finding = Reports.Check(XiningStatisticsTable2017.WithNarrative()).Single(f => f.Evidence[0].RowPath[^1] == "行政复议数");

        Assert.Equal("正文所述“行政复议数”为2，而统计表“四、行政复议数量”为3。", finding.Message);
        Assert.Equal([(N.TableId, "2件", 85), (S.TableId, "3", 298)], finding.Evidence.Select(e => (e.Table, e.Source!.Text, e.Source.Line)));
    }
}
