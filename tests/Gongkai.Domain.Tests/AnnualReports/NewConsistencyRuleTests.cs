using Gongkai.Domain.AnnualReports;

namespace Gongkai.Domain.Tests.AnnualReports;

/// <summary>
/// docs/extending.md, "A new audit (consistency) rule": a rule is one class and nothing else is wired. The class below
/// is written exactly as the checklist says (Id, Chinese Title, AppliesTo, Check) and is picked up by the catalogue of
/// the assembly it is in — here the test assembly, in the product the Domain — without being listed anywhere.
/// </summary>
public sealed class NewConsistencyRuleTests
{
    [Fact]
    public void Catalogue_RuleClassAddedToAnAssembly_IsInForceForItsFormatsWithoutRegistration()
    {
        var catalogue = ConsistencyRuleCatalogue.Of(typeof(ThrowAwayRule).Assembly);

        Assert.Equal([ThrowAwayRule.RuleId], ConsistencyRuleSet.For(ReportFormat.Format2021, null, catalogue).Rules.Select(r => r.Id));
        Assert.Empty(ConsistencyRuleSet.For(ReportFormat.Format2019, null, catalogue).Rules);
    }

    [Fact]
    public void Check_RuleClassAddedToAnAssembly_ReportsItsFinding()
    {
        var catalogue = ConsistencyRuleCatalogue.Of(typeof(ThrowAwayRule).Assembly);

        var finding = Assert.Single(ConsistencyRuleSet.For(ReportFormat.Format2021, null, catalogue).Check(Reports.Empty(ReportFormat.Format2021, 2023)));

        Assert.Equal((ThrowAwayRule.RuleId, FindingSeverity.Info), (finding.RuleId, finding.Severity));
    }

    [Fact]
    public void Domain_EveryRuleClass_IsInForceForSomeFormat()
    {
        var inForce = Enum.GetValues<ReportFormat>()
            .SelectMany(f => ConsistencyRuleSet.For(f, Reports.Empty(f, 2030)).Rules)
            .Select(r => r.GetType())
            .ToHashSet();
        var ruleClasses = typeof(IConsistencyRule).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IConsistencyRule).IsAssignableFrom(t));

        Assert.All(ruleClasses, t => Assert.Contains(t, inForce));
    }
}

/// <summary>A throw-away rule (test only): every 2021 report gets one Info finding.</summary>
public sealed class ThrowAwayRule : IConsistencyRule
{
    /// <summary>The id.</summary>
    public const string RuleId = "test.throw-away";

    /// <inheritdoc/>
    public string Id => RuleId;

    /// <inheritdoc/>
    public string Title => "测试用规则";

    /// <inheritdoc/>
    public FindingSeverity Severity => FindingSeverity.Info;

    /// <inheritdoc/>
    public bool AppliesTo(ReportFormat format) => format == ReportFormat.Format2021;

    /// <inheritdoc/>
    public IEnumerable<Finding> Check(AnnualReportData report) =>
        AppliesTo(report.Format) ? [new Finding(Id, Severity, "测试用规则的发现。", [])] : [];
}
