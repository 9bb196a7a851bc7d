using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Gongkai.Domain.AnnualReports;

namespace Gongkai.Domain.Tests.AnnualReports;

public sealed class Table4RulesTests
{
    private static IEnumerable<ReportCell> Group(IReadOnlyList<string> group, decimal? upheld, decimal? corrected, decimal? other, decimal? pending, decimal? total) =>
        new[] { upheld, corrected, other, pending, total }
            .Zip(Table4Labels.Results.Append(Table4Labels.Total))
            .Select(p => new ReportCell(Table4Labels.At([.. group, p.Second]), p.First));

    [Fact]
    public void AppealTotals_Shanghai2019_Silent()
    {
        // 上海 2019: 复议 5 + 0 + 0 + 2 = 7; 直接起诉 8 + 0 + 0 + 1 = 9
        var report = Reports.Of(ReportFormat.Format2019, 2019,
        [
            .. Group(Table4Labels.Groups[0], 5, 0, 0, 2, 7),
            .. Group(Table4Labels.Groups[1], 8, 0, 0, 1, 9),
            .. Group(Table4Labels.Groups[2], 0, 0, 0, 0, 0),
        ]);

        Assert.Empty(Reports.Check(report));
    }

    [Fact]
    public void AppealTotals_OnlyTotalsFilledWithZero_Silent()
    {
        // 白云鄂博 2019 (seeds/003) filled only the three 总计 cells, with 0
        var report = Reports.Of(ReportFormat.Format2019, 2019, Table4Labels.Groups.SelectMany(g => Group(g, null, null, null, null, 0)));

        Assert.Empty(Reports.Check(report));
    }

    [Fact]
    public void AppealTotals_LitigationTotalWrong_ErrorNamingTheGroup()
    {
        var report = Reports.Of(ReportFormat.Format2021, 2021,
        [
            .. Group(Table4Labels.Groups[0], 1, 1, 0, 0, 2),
            .. Group(Table4Labels.Groups[2], 1, 0, 0, 1, 3),
        ]);

        var finding = Assert.Single(Reports.Check(report));
        Assert.Equal(AppealTotalsAreSumsOfResults.RuleId, finding.RuleId);
        Assert.Equal(FindingSeverity.Error, finding.Severity);
        Assert.Contains("行政诉讼›复议后起诉", finding.Message);
        Assert.True(finding.Cites(Table4Labels.At(["行政诉讼", "复议后起诉", "总计"])));
    }

    [Fact]
    public void AppealTotals_TotalBlankResultsFilled_Info()
    {
        var report = Reports.Of(ReportFormat.Format2021, 2021, Group(Table4Labels.Groups[0], 1, 0, 0, 0, null));

        Assert.Equal(FindingSeverity.Info, Assert.Single(Reports.Check(report)).Severity);
    }

    [Property(MaxTest = 200)]
    public Property ConsistentTable4_PerturbOneCell_ErrorCitesIt()
    {
        var cases =
            from results in Gen.Choose(0, 30).ArrayOf(12)
            from index in Gen.Choose(0, 14)
            from delta in Gen.Choose(1, 9)
            select (results, index, delta);

        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var cells = Table4Labels.Groups.SelectMany((g, i) =>
                Group(g, c.results[4 * i], c.results[4 * i + 1], c.results[4 * i + 2], c.results[4 * i + 3], c.results.Skip(4 * i).Take(4).Sum()));
            var report = Reports.Of(ReportFormat.Format2021, 2021, cells);
            var cell = Table4Labels.At(Table4Labels.Columns[c.index]);
            var perturbed = report.WithValue(cell, report.ValueAt(cell) + c.delta);

            var consistent = Reports.Check(report).Count == 0;
            var errors = Reports.Check(perturbed).Errors().ToArray();
            return consistent.Label("consistent table is silent")
                .And((errors.Length == 1 && errors[0].Cites(cell)).Label("one error citing the changed cell"));
        });
    }
}
