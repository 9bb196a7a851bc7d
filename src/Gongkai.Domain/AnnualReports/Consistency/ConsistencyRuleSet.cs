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
    /// of the year before, in whatever format it was written) also the cross-year rules that apply to the pair.
    /// </summary>
    public static ConsistencyRuleSet For(ReportFormat format, AnnualReportData? previousYear = null)
    {
        IEnumerable<IConsistencyRule> common = [new CellsBelongToLayout(), new ValuesFitTheirCells()];
        IEnumerable<IConsistencyRule> specific = format switch
        {
            ReportFormat.Format2008 => [new NarrativePartsWithinTotals()],
            ReportFormat.Format2014 =>
            [
                new RequestsReceivedByChannel(), new RequestsClosedByTimeliness(), new RequestsAnsweredByType(),
                new RefusalGroundsWithinRefusals(), new SubsetsWithinTotals(), new ReconsiderationsByResult(),
                new LawsuitsByResult(), new StaffByKind(), new ProactiveChannelsCoverTotal(), new PublishedNormativeWithinIssued(),
                new NarrativePartsWithinTotals(), new NarrativeMatchesTable(),
            ],
            ReportFormat.Format2019 =>
            [
                new IntakeBalancesOutcomes(), new OutcomeTotalIsSumOfOutcomes(), new ApplicantTotalIsSumOfApplicants(),
                new AppealTotalsAreSumsOfResults(), new NewlyPublishedWithinPublishedTotal(),
            ],
            ReportFormat.Format2021 =>
            [
                new IntakeBalancesOutcomes(), new OutcomeTotalIsSumOfOutcomes(), new ApplicantTotalIsSumOfApplicants(),
                new AppealTotalsAreSumsOfResults(),
            ],
        };

        IEnumerable<CrossYearRule> crossYear = previousYear is null
            ? []
            : new CrossYearRule[]
            {
                new CarryOverMatchesPreviousYear(previousYear),
                new DocumentsInForceRollForward(previousYear),
                new ItemCountRollsForward(previousYear),
            }.Where(r => r.AppliesTo(format));

        return new ConsistencyRuleSet(format, [.. common, .. specific, .. crossYear]);
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
