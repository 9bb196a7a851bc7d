using System.Text.RegularExpressions;
using Gongkai.Domain.AnnualReports;

namespace Gongkai.Domain.Tests.AnnualReports;

public sealed partial class ConsistencyRuleSetTests
{
    [Fact]
    public void For_2021_HasTheTableRules() =>
        Assert.Equal(
            ["cells.in-layout", "cells.value-kind", "table3.applicant-total", "table3.intake-balances-outcomes", "table3.outcome-total", "table4.appeal-totals"],
            ConsistencyRuleSet.For(ReportFormat.Format2021).Rules.Select(r => r.Id));

    [Fact]
    public void For_2019WithPreviousYear_AddsTheCrossYearRulesThatApply() =>
        Assert.Equal(
            [
                "cells.in-layout", "cells.value-kind", "table2.newly-published-within-total", "table3.applicant-total",
                "table3.intake-balances-outcomes", "table3.outcome-total", "table4.appeal-totals", "cross-year.carry-over", "cross-year.item-count",
            ],
            ConsistencyRuleSet.For(ReportFormat.Format2019, Reports.Empty(ReportFormat.Format2019, 2019)).Rules.Select(r => r.Id));

    [Fact]
    public void For_2014_HasTheStatisticsTableAndNarrativeRules() =>
        Assert.Equal(
            [
                "cells.in-layout", "cells.value-kind", "narrative.matches-table", "narrative.parts-within-totals", "stats2014.answers-by-type",
                "stats2014.closed-by-timeliness", "stats2014.litigation-results", "stats2014.normative-published-within-issued",
                "stats2014.proactive-channels", "stats2014.reconsideration-results", "stats2014.refusal-grounds", "stats2014.requests-by-channel",
                "stats2014.staff-by-kind", "stats2014.subsets",
            ],
            ConsistencyRuleSet.For(ReportFormat.Format2014).Rules.Select(r => r.Id));

    [Fact]
    public void For_2008_HasTheNarrativeRule() =>
        Assert.Equal(["cells.in-layout", "cells.value-kind", "narrative.parts-within-totals"], ConsistencyRuleSet.For(ReportFormat.Format2008).Rules.Select(r => r.Id));

    [Fact]
    public void For_2014WithPreviousYear_HasNoCrossYearRule() =>
        Assert.DoesNotContain(
            ConsistencyRuleSet.For(ReportFormat.Format2014, Reports.Empty(ReportFormat.Format2014, 2016)).Rules,
            r => r.Id.StartsWith("cross-year.", StringComparison.Ordinal));

    [Fact]
    public void Check_ReportInAnotherFormat_Throws() =>
        Assert.Throws<ArgumentException>(() => ConsistencyRuleSet.For(ReportFormat.Format2021).Check(Reports.Empty(ReportFormat.Format2019, 2020)));

    [Fact]
    public void Rules_Ids_AreUniqueAndTitlesAreChinese()
    {
        var previous = Reports.Empty(ReportFormat.Format2021, 2021);
        var rules = Enum.GetValues<ReportFormat>().SelectMany(f => ConsistencyRuleSet.For(f, previous).Rules).DistinctBy(r => r.GetType()).ToArray();

        Assert.Equal(rules.Length, rules.Select(r => r.Id).Distinct().Count());
        Assert.All(rules, r => Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", r.Title));
    }

    [Fact]
    public void Docs_ConsistencyRules_ListsEveryRuleId()
    {
        var docs = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "docs", "consistency-rules.md"));
        var previous2019 = Reports.Empty(ReportFormat.Format2019, 2019);
        var previous2021 = Reports.Empty(ReportFormat.Format2021, 2021);
        var ids = Enum.GetValues<ReportFormat>()
            .SelectMany(f => ConsistencyRuleSet.For(f, previous2019).Rules.Concat(ConsistencyRuleSet.For(f, previous2021).Rules))
            .Select(r => r.Id)
            .Distinct();

        var documented = RuleIdInDocs().Matches(docs).Select(m => m.Groups[1].Value).ToHashSet();
        Assert.All(ids, id => Assert.Contains(id, documented));
    }

    [GeneratedRegex(@"`([a-z0-9]+(?:[.-][a-z0-9]+)+)`")]
    private static partial Regex RuleIdInDocs();
}
