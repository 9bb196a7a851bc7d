using Gongkai.Domain.AnnualReports;
using Gongkai.Domain.Requests;

namespace Gongkai.Domain.Tests.Requests;

/// <summary>Every outcome lands in exactly one row of each national format.</summary>
public sealed class OutcomeTaxonomyTests
{
    [Fact]
    public void RowPath2021_AllOutcomes_CoverTheTwentyOneOutcomeLeavesOfTable3()
    {
        var rows = Enum.GetValues<Outcome>().Select(o => string.Join("›", OutcomeTaxonomy.RowPath2021(o))).Distinct().ToList();

        // 2021 table 三: （一）,（二）, 8 不予公开, 3 无法提供, 5 不予处理, 3 其他处理 = 21 outcome leaves.
        Assert.Equal(21, rows.Count);
        Assert.All(rows, r => Assert.StartsWith("三、本年度办理结果", r));
    }

    [Fact]
    public void RowPath2019_OtherHandlingOutcomes_ShareTheSingleRow()
    {
        Assert.Equal(["三、本年度办理结果", "（六）其他处理"], OutcomeTaxonomy.RowPath2019(Outcome.OtherCorrectionLapsed));
        Assert.Equal(["三、本年度办理结果", "（六）其他处理"], OutcomeTaxonomy.RowPath2019(Outcome.OtherFeeLapsed));
        Assert.Equal(19, Enum.GetValues<Outcome>().Select(o => string.Join("›", OutcomeTaxonomy.RowPath2019(o))).Distinct().Count());
    }

    [Fact]
    public void RowPath2014_AlreadyPublicAndDisclosed_AreToldApart()
    {
        Assert.Equal("1.属于已主动公开范围数", OutcomeTaxonomy.RowPath2014(Outcome.DisclosedAlreadyPublic)[^1]);
        Assert.Equal("2.同意公开答复数", OutcomeTaxonomy.RowPath2014(Outcome.Disclosed)[^1]);
        Assert.Equal("5.不属于本行政机关公开数", OutcomeTaxonomy.RowPath2014(Outcome.UnavailableNotThisAgency)[^1]);
        Assert.Equal("6.申请信息不存在数", OutcomeTaxonomy.RowPath2014(Outcome.UnavailableDoesNotExist)[^1]);
    }

    [Theory]
    [InlineData(Outcome.Disclosed, false)]
    [InlineData(Outcome.DisclosedAlreadyPublic, false)]
    [InlineData(Outcome.PartlyDisclosed, true)]
    [InlineData(Outcome.WithheldThirdPartyRights, true)]
    public void RequiresGrounds_ByOutcome_FollowsArticles36And37(Outcome outcome, bool required) =>
        Assert.Equal(required, OutcomeTaxonomy.RequiresGrounds(outcome));

    [Theory]
    [InlineData(ApplicantKind.NaturalPerson)]
    [InlineData(ApplicantKind.LegalServiceInstitution)]
    public void RowPaths_EveryOutcomeAndApplicantKind_AreCellsOfTheOfficialLayouts(ApplicantKind kind)
    {
        var columns = new[] { Table3Labels.ApplicantGroup }.Concat(kind.ColumnPath()).ToList();
        foreach (var outcome in Enum.GetValues<Outcome>())
        {
            Assert.NotNull(ReportLayout.For(ReportFormat.Format2021).Find("三", OutcomeTaxonomy.RowPath2021(outcome), columns));
            Assert.NotNull(ReportLayout.For(ReportFormat.Format2019).Find("三", OutcomeTaxonomy.RowPath2019(outcome), columns));
            Assert.NotNull(ReportLayout.For(ReportFormat.Format2014).Find(StatisticsTableRows.TableId, OutcomeTaxonomy.RowPath2014(outcome), StatisticsTableRows.Column));
        }
    }
}
