namespace Gongkai.Domain.AnnualReports;

/// <summary>
/// 2019 format, table 二 第二十条第（一）项, for 规章 and 规范性文件: 本年新公开数量 ≤ 对外公开总数量.
/// <para>
/// Source: inference from the column names of 国办公开办函〔2019〕60号 — 对外公开总数量 counts every document of the
/// kind that is publicly available, which includes the ones newly published this year. Warning, because the format
/// never defined the columns and some agencies read 对外公开总数量 differently.
/// </para>
/// <para>
/// Considered and rejected: 对外公开总数量 = last year's 对外公开总数量 + 本年新公开数量 (repealed or expired documents may
/// leave the count — not sound); 本年新公开数量 ≤ 本年新制作数量 (documents made in earlier years may be published
/// this year — not sound).
/// </para>
/// </summary>
public sealed class NewlyPublishedWithinPublishedTotal : IConsistencyRule
{
    /// <summary>The rule id.</summary>
    public const string RuleId = "table2.newly-published-within-total";

    /// <inheritdoc/>
    public string Id => RuleId;

    /// <inheritdoc/>
    public string Title => "表二第二十条第（一）项（2019）：本年新公开数量不超过对外公开总数量";

    /// <inheritdoc/>
    public FindingSeverity Severity => FindingSeverity.Warning;

    /// <inheritdoc/>
    public bool AppliesTo(ReportFormat format) => format == ReportFormat.Format2019;

    /// <inheritdoc/>
    public IEnumerable<Finding> Check(AnnualReportData report)
    {
        if (!AppliesTo(report.Format))
        {
            return [];
        }

        return new[] { Table2Labels.Rules, Table2Labels.NormativeDocuments }.SelectMany(row =>
        {
            IReadOnlyList<string> path = [Table2Labels.Article20Item1, row];
            return CellRelation.WithinTotal(
                    report,
                    [new CellAddress(Table2Labels.TableId, path, [Table2Labels.NewlyPublished])],
                    new CellAddress(Table2Labels.TableId, path, [Table2Labels.PublishedTotal]))
                .Findings(this, r =>
                    $"表二第二十条第（一）项“{row}”：本年新公开数量{ValueText.Of(r.LeftSum)}大于对外公开总数量{ValueText.Of(r.RightSum)}。");
        });
    }
}
