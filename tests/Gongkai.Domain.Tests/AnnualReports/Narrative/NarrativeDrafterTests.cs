using Gongkai.Domain.AnnualReports;
using Gongkai.Domain.AnnualReports.Narrative;
using static Gongkai.Domain.AnnualReports.NarrativeFigures;

namespace Gongkai.Domain.Tests.AnnualReports.Narrative;

public sealed class NarrativeDrafterTests
{
    private static AnnualReportData Legacy(ReportFormat format, params (IReadOnlyList<string> Figure, decimal? Value)[] figures) =>
        Reports.Of(format, format == ReportFormat.Format2008 ? 2011 : 2017, figures.Select(f => new ReportCell(At(f.Figure), f.Value)));

    private static string Part(AnnualReportData data, string heading) => NarrativeDrafter.Draft(data).Part(heading).DraftedText;

    [Fact]
    public void Draft_ProactiveFigures_StatesTotalNormativeAndChannels()
    {
        var data = Legacy(ReportFormat.Format2008,
            (ProactivelyPublished, 1200), (PublishedNormativeDocuments, 35), (ViaGazette, 12), (ViaWebsite, 1100),
            (ViaMicroblog, 40), (ViaWeChat, 30), (ViaOtherMeans, 18));

        Assert.Equal(
            "全年主动公开政府信息1200条，其中主动公开规范性文件35条。通过政府公报公开政府信息12条，通过政府网站公开政府信息1100条，" +
            "通过政务微博公开政府信息40条，通过政务微信公开政府信息30条，通过其他方式公开政府信息18条。",
            Part(data, ProactivePart));
    }

    [Fact]
    public void Draft_RequestsByChannel_StatesSharesWithOneDecimal()
    {
        var data = Legacy(ReportFormat.Format2014,
            (RequestsReceived, 48), (ReceivedInPerson, 6), (ReceivedByFax, 0), (ReceivedOnline, 40), (ReceivedByLetter, 2),
            (ClosedOnTime, 46), (ClosedAfterExtension, 2),
            (RequestsAnswered, 48), (AnsweredAlreadyPublished, 10), (AnsweredDisclosed, 20), (AnsweredPartiallyDisclosed, 5),
            (AnsweredRefused, 3), (AnsweredNotThisAgency, 6), (AnsweredDoesNotExist, 4));

        Assert.Equal(
            "全年共收到政府信息公开申请48件，其中当面申请6件、占12.5%，传真申请0件、占0.0%，网络申请40件、占83.3%，信函申请2件、占4.2%。" +
            "按时办结46件，延期办结2件。" +
            "已答复48件，其中属于已主动公开范围10件、同意公开20件、同意部分公开5件、不同意公开3件、不属于本行政机关公开6件、申请信息不存在4件。",
            Part(data, OnRequestPart));
    }

    [Fact]
    public void Draft_NoRequestsReceived_StatesChannelsWithoutShares()
    {
        var data = Legacy(ReportFormat.Format2008, (RequestsReceived, 0), (ReceivedInPerson, 0), (ReceivedOnline, 0));

        Assert.Equal("全年共收到政府信息公开申请0件，其中当面申请0件，网络申请0件。", Part(data, OnRequestPart));
    }

    [Fact]
    public void Draft_ReceivedBlank_StatesChannelsWithoutLeadOrShares()
    {
        var data = Legacy(ReportFormat.Format2008, (ReceivedInPerson, 3), (ReceivedByLetter, 1));

        Assert.Equal("当面申请3件，信函申请1件。", Part(data, OnRequestPart));
    }

    [Fact]
    public void Draft_FeesZero_SaysNoFeeCollected()
    {
        var data = Legacy(ReportFormat.Format2008, (FeesCollected, 0), (FeesWaived, 0));

        Assert.Equal("未收取信息公开费用，减免费用0万元。", Part(data, FeesPart));
    }

    [Fact]
    public void Draft_FeesCollected_WritesAmountWithoutTrailingZeros()
    {
        var data = Legacy(ReportFormat.Format2008, (FeesCollected, 0.1500m), (FeesWaived, 0.01234m));

        Assert.Equal("收取信息公开费用0.15万元，减免费用0.0123万元。", Part(data, FeesPart));
    }

    [Fact]
    public void Draft_Appeals_StatesReconsiderationsAndLawsuitsWithZeros()
    {
        var data = Legacy(ReportFormat.Format2014, (Reconsiderations, 0), (Lawsuits, 2));

        Assert.Equal("因政府信息公开申请提起行政复议0件，提起行政诉讼2件。", Part(data, AppealsPart));
    }

    [Fact]
    public void Draft_ReconsiderationsBlank_LawsuitSentenceKeepsItsSubject()
    {
        var data = Legacy(ReportFormat.Format2014, (Lawsuits, 1));

        Assert.Equal("因政府信息公开申请提起行政诉讼1件。", Part(data, AppealsPart));
    }

    [Fact]
    public void Draft_TotalBlank_StatesNormativeDocumentsWithoutQiZhong()
    {
        var data = Legacy(ReportFormat.Format2008, (PublishedNormativeDocuments, 7));

        Assert.Equal("主动公开规范性文件7条。", Part(data, ProactivePart));
    }

    [Fact]
    public void Draft_NoFigures_DraftsNothingAndListsEveryTextPartAsMissing()
    {
        var draft = NarrativeDrafter.Draft(Reports.Empty(ReportFormat.Format2008, 2010));

        Assert.All(draft.Parts, p => Assert.Equal(string.Empty, p.DraftedText));
        Assert.Equal(NarrativeFigures.Parts, draft.MissingParts.Select(p => p.Heading));
    }

    [Fact]
    public void Draft_2014_StatisticsTablePartIsNeverMissing()
    {
        var draft = NarrativeDrafter.Draft(Reports.Zeros(ReportFormat.Format2014, 2017));

        Assert.Equal([ProblemsPart, OtherMattersPart], draft.MissingParts.Select(p => p.Heading));
    }

    [Fact]
    public void Draft_2014_DraftsOnlyFromNarrativeFigures()
    {
        var data = Reports.Of(ReportFormat.Format2014, 2017,
            [new ReportCell(new CellAddress(StatisticsTableRows.TableId, StatisticsTableRows.RequestsReceived, [StatisticsTableRows.ValueColumn]), 9)]);

        Assert.Equal(string.Empty, Part(data, OnRequestPart));
    }

    [Fact]
    public void Draft_Table3_StatesIntakeApplicantsAndOutcomeGroups()
    {
        var data = Table3Report(ReportFormat.Format2021);
        var overview = Part(data, "一、总体情况");

        Assert.Contains("本年度新收政府信息公开申请8件，上年结转政府信息公开申请2件。", overview);
        Assert.Contains(
            "新收申请中，自然人5件、占62.5%，商业企业1件、占12.5%，科研机构0件、占0.0%，社会公益组织0件、占0.0%，法律服务机构2件、占25.0%，其他0件、占0.0%。",
            overview);
        Assert.Contains(
            "本年度办结9件，其中予以公开3件、部分公开1件、不予公开2件、无法提供1件、不予处理1件、其他处理1件；结转下年度继续办理1件。",
            overview);
        Assert.Equal("本年度新收政府信息公开申请8件，上年结转政府信息公开申请2件。", Part(data, Table3Labels.Title));
    }

    [Fact]
    public void Draft_Table3With2019Layout_ReadsTheSingleOtherHandlingRow()
    {
        var overview = Part(Table3Report(ReportFormat.Format2019), "一、总体情况");

        Assert.Contains("不予处理1件、其他处理1件；结转下年度继续办理1件。", overview);
    }

    [Fact]
    public void Draft_OutcomeGroupWithBlankGround_LeavesTheGroupOut()
    {
        var data = Table3Report(ReportFormat.Format2021)
            .WithValue(Table3Labels.At([Table3Labels.Outcomes, Table3Labels.Withheld, Table3Labels.WithheldGrounds[7]], Table3Labels.TotalColumn), null);

        var overview = Part(data, "一、总体情况");

        Assert.Contains("部分公开1件、无法提供1件", overview);
        Assert.DoesNotContain("不予公开", overview);
    }

    [Fact]
    public void Draft_Table4_StatesReconsiderationAndLitigation()
    {
        var data = Reports.Of(ReportFormat.Format2021, 2023,
        [
            .. Table4Labels.Columns.Select((c, i) => new ReportCell(Table4Labels.At(c), i switch
            {
                0 => 2, 1 => 1, 2 => 0, 3 => 1, 4 => 4, // 复议 维持 纠正 其他 未审结 总计
                5 => 1, 9 => 1, // 直接起诉 维持, 总计
                14 => 0,
                _ => 0,
            })),
        ]);

        Assert.Equal(
            "因政府信息公开工作被申请行政复议4件，其中结果维持2件、结果纠正1件、其他结果0件、尚未审结1件，被提起行政诉讼1件，其中未经复议直接起诉1件、复议后起诉0件。",
            Part(data, Table4Labels.Title));
    }

    [Fact]
    public void Draft_Table2Of2021_StatesRulesAndNormativeDocuments()
    {
        CellAddress At(string row, string column) => new(Table2Labels.TableId, [Table2Labels.Article20Item1, row], [column]);
        var data = Reports.Of(ReportFormat.Format2021, 2023,
        [
            new ReportCell(At(Table2Labels.Rules, Table2Labels.IssuedThisYear), 1),
            new ReportCell(At(Table2Labels.AdministrativeNormativeDocuments, Table2Labels.IssuedThisYear), 12),
            new ReportCell(At(Table2Labels.Rules, Table2Labels.RepealedThisYear), 0),
            new ReportCell(At(Table2Labels.AdministrativeNormativeDocuments, Table2Labels.RepealedThisYear), 3),
            new ReportCell(At(Table2Labels.Rules, Table2Labels.InForce), 8),
            new ReportCell(At(Table2Labels.AdministrativeNormativeDocuments, Table2Labels.InForce), 95),
        ]);

        var expected = "本年制发规章1件、行政规范性文件12件，废止规章0件、行政规范性文件3件，现行有效规章8件、行政规范性文件95件。";
        Assert.Equal(expected, Part(data, Table2Labels.Title));
        Assert.StartsWith(expected, Part(data, "一、总体情况"));
    }

    [Fact]
    public void Draft_Table2Of2019_StatesNoSentence()
    {
        var draft = NarrativeDrafter.Draft(Reports.Zeros(ReportFormat.Format2019, 2020));

        Assert.Equal(string.Empty, draft.Part(Table2Labels.Title).DraftedText);
        Assert.DoesNotContain("本年制发", draft.Part("一、总体情况").DraftedText);
    }

    [Fact]
    public void Draft_AllZeros2021_ListsOnlyPartsFiveAndSixAsMissing()
    {
        var draft = NarrativeDrafter.Draft(Reports.Zeros(ReportFormat.Format2021, 2023));

        Assert.Equal(["五、存在的主要问题及改进情况", "六、其他需要报告的事项"], draft.MissingParts.Select(p => p.Heading));
        Assert.Contains("新收申请中，自然人0件，商业企业0件", draft.Part("一、总体情况").DraftedText);
    }

    [Fact]
    public void Draft_WithEdits_KeepsHumanParagraphsAfterRegeneratedFigures()
    {
        var before = Legacy(ReportFormat.Format2008, (Reconsiderations, 1), (Lawsuits, 0));
        var edits = new Dictionary<string, string>
        {
            [AppealsPart] = "复议机关维持了原答复。",
            [ProblemsPart] = "一是公开内容不够全面。\n\n二是解读不够及时。",
        };

        var after = NarrativeDrafter.Draft(before.WithValue(At(Reconsiderations), 2), edits);

        Assert.Equal("因政府信息公开申请提起行政复议2件，提起行政诉讼0件。\n复议机关维持了原答复。", after.Part(AppealsPart).Text);
        Assert.Equal("一是公开内容不够全面。\n二是解读不够及时。", after.Part(ProblemsPart).Text);
        Assert.Equal([ProactivePart, OnRequestPart, FeesPart, OtherMattersPart], after.MissingParts.Select(p => p.Heading));
    }

    [Fact]
    public void Draft_EditRepeatingTheDraftedParagraph_DoesNotDuplicateIt()
    {
        var data = Legacy(ReportFormat.Format2008, (Reconsiderations, 1), (Lawsuits, 0));
        var printed = NarrativeDrafter.Draft(data, new Dictionary<string, string> { [AppealsPart] = "无其他情况。" }).Part(AppealsPart).Text;

        var again = NarrativeDrafter.Draft(data, new Dictionary<string, string> { [AppealsPart] = printed });

        Assert.Equal(printed, again.Part(AppealsPart).Text);
        Assert.Equal("无其他情况。", again.Part(AppealsPart).HumanText);
    }

    [Fact]
    public void Draft_EditOfUnknownPart_Throws()
    {
        var data = Reports.Empty(ReportFormat.Format2021, 2023);

        Assert.Throws<ArgumentException>(() => NarrativeDrafter.Draft(data, new Dictionary<string, string> { ["七、附录"] = "x" }));
    }

    [Fact]
    public void Draft_EditHeadingWithHalfWidthPunctuation_FindsThePart()
    {
        var data = Reports.Empty(ReportFormat.Format2008, 2010);

        var draft = NarrativeDrafter.Draft(data, new Dictionary<string, string> { ["(六)其他需要报告的事项"] = "无。" });

        Assert.Equal("无。", draft.Part(OtherMattersPart).Text);
    }

    [Fact]
    public void ToDocument_PrintsEveryPartInOrder()
    {
        var data = Legacy(ReportFormat.Format2008, (Lawsuits, 0));

        var document = NarrativeDrafter.Draft(data).ToDocument();

        Assert.Equal(NarrativeFigures.Parts, document.Sections.Select(s => s.Section.Heading));
        Assert.Equal("因政府信息公开申请提起行政诉讼0件。", document.Sections[3].Text);
    }

    [Theory]
    [InlineData(1, 8, "12.5")]
    [InlineData(1, 3, "33.3")]
    [InlineData(2, 3, "66.7")]
    [InlineData(1, 16, "6.3")]
    [InlineData(1, 80, "1.3")]
    [InlineData(0, 5, "0.0")]
    [InlineData(7, 7, "100.0")]
    public void PercentText_Part_RoundsHalfAwayFromZeroToOneDecimal(int part, int whole, string expected) =>
        Assert.Equal(expected, NarrativeNumber.PercentText(part, whole));

    [Fact]
    public void Percent_ThirdsOfTheWhole_SumWithinRoundingOfHundred()
    {
        var shares = new[] { 1m, 1m, 1m }.Select(n => NarrativeNumber.Percent(n, 3)).ToArray();

        Assert.Equal([33.3m, 33.3m, 33.3m], shares);
        Assert.InRange(shares.Sum(), 99.85m, 100.15m);
    }

    [Fact]
    public void Percent_WholeZero_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => NarrativeNumber.Percent(1, 0));

    /// <summary>新收 8 = 5 自然人 + 1 商业企业 + 2 法律服务机构; 上年结转 2; 办结 9; 结转 1.</summary>
    internal static AnnualReportData Table3Report(ReportFormat format)
    {
        var cells = new List<ReportCell>();
        void Put(IReadOnlyList<string> row, decimal total, params decimal[] applicants)
        {
            for (var c = 0; c < 6; c++)
            {
                cells.Add(new ReportCell(Table3Labels.At(row, Table3Labels.ApplicantColumns[c]), c < applicants.Length ? applicants[c] : 0));
            }

            cells.Add(new ReportCell(Table3Labels.At(row, Table3Labels.TotalColumn), total));
        }

        Put(Table3Labels.NewRequestsRow, 8, 5, 1, 0, 0, 2, 0);
        Put(Table3Labels.CarriedOverRow, 2, 2);
        var outcomeTotals = new Dictionary<string, decimal>
        {
            [Table3Labels.Disclosed] = 3, [Table3Labels.PartiallyDisclosed] = 1,
            [Table3Labels.WithheldGrounds[0]] = 1, [Table3Labels.WithheldGrounds[3]] = 1,
            [Table3Labels.UnableToProvideGrounds[0]] = 1, [Table3Labels.NotProcessedGrounds[1]] = 1,
            [Table3Labels.OtherHandling] = 1, [Table3Labels.OtherHandlingGrounds2021[2]] = 1,
        };
        foreach (var row in Table3Labels.OutcomeRows(format))
        {
            var n = outcomeTotals.GetValueOrDefault(row[^1]);
            Put(row, n, n);
        }

        Put(Table3Labels.OutcomeTotalRow, 9, 9);
        Put(Table3Labels.CarriedForwardRow, 1, 1);
        return Reports.Of(format, format == ReportFormat.Format2019 ? 2020 : 2023, cells);
    }
}
