namespace Gongkai.Domain.AnnualReports;

/// <summary>
/// The consistency rules (勾稽关系) that apply to reports of one format, in a fixed order. The generator runs them
/// before publishing (an Error blocks it); the auditor runs the same set on a report read back from publication.
/// Every rule id and formula is listed in docs/consistency-rules.md.
/// </summary>
public sealed class ConsistencyRuleSet
{
    private ConsistencyRuleSet(ReportFormat format, IReadOnlyList<IConsistencyRule> rules)
    {
        Format = format;
        Rules = rules;
    }

    /// <summary>The format the set is for.</summary>
    public ReportFormat Format { get; }

    /// <summary>The rules, in the order they run.</summary>
    public IReadOnlyList<IConsistencyRule> Rules { get; }

    /// <summary>
    /// The rules for reports in <paramref name="format"/>; with <paramref name="previousYear"/> (the same agency's report
    /// of the year before, in whatever format it was written) also the cross-year rules that apply to the pair. The
    /// rules are every rule class of the Domain that applies (<see cref="ConsistencyRuleCatalogue.Domain"/>).
    /// </summary>
    public static ConsistencyRuleSet For(ReportFormat format, AnnualReportData? previousYear = null) =>
        For(format, previousYear, ConsistencyRuleCatalogue.Domain);

    /// <summary>The rules of <paramref name="catalogue"/> for reports in <paramref name="format"/>.</summary>
    public static ConsistencyRuleSet For(ReportFormat format, AnnualReportData? previousYear, ConsistencyRuleCatalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        return new ConsistencyRuleSet(format, catalogue.RulesFor(format, previousYear));
    }

    /// <summary>Every finding of every rule on <paramref name="report"/>, in rule order.</summary>
    /// <exception cref="ArgumentException">The report is in another format.</exception>
    public IReadOnlyList<Finding> Check(AnnualReportData report)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (report.Format != Format)
        {
            throw new ArgumentException($"规则集适用于 {Format}，报告为 {report.Format}。", nameof(report));
        }

        return Rules.SelectMany(rule => rule.Check(report)).ToArray();
    }
}
