namespace Gongkai.Domain.AnnualReports;

/// <summary>
/// 勾稽关系 — a relation the numbers of a report must satisfy. The same rules check a report the generator computed
/// from records (an <see cref="FindingSeverity.Error"/> blocks publication) and a report the auditor read back from
/// anybody's publication.
/// <para>
/// Blank cells: a blank (null or absent) cell is "not filled". A sum rule reads a blank part as 0, but never reports
/// an error against a blank total: when a total is blank while other cells of the relation are filled, it reports
/// one <see cref="FindingSeverity.Info"/> finding instead; when every cell of the relation is blank it says nothing.
/// Rules over narrative figures (table "正文") never read a blank as 0: a figure the text does not state is skipped.
/// </para>
/// <para>
/// A class implementing this interface in the Domain is in force for every format its <see cref="AppliesTo"/> accepts:
/// <see cref="ConsistencyRuleCatalogue"/> finds it by type, so a new rule is one class (docs/extending.md).
/// </para>
/// </summary>
public interface IConsistencyRule
{
    /// <summary>Stable id, e.g. "table3.intake-balances-outcomes"; never renamed (findings are stored with it).</summary>
    string Id { get; }

    /// <summary>The rule in Chinese, as shown to officers and evaluators.</summary>
    string Title { get; }

    /// <summary>The severity of a violation (blank-total findings are always <see cref="FindingSeverity.Info"/>).</summary>
    FindingSeverity Severity { get; }

    /// <summary>Whether the rule checks reports written in <paramref name="format"/>.</summary>
    bool AppliesTo(ReportFormat format);

    /// <summary>The findings on <paramref name="report"/>; none when the rule does not apply to its format.</summary>
    IEnumerable<Finding> Check(AnnualReportData report);
}
