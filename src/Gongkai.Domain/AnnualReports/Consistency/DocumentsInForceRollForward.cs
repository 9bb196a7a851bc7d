namespace Gongkai.Domain.AnnualReports;

/// <summary>
/// 2021 format, table 二 第二十条第（一）项, for 规章 and 行政规范性文件: 现行有效件数 = last year's 现行有效件数
/// + 本年制发件数 − 本年废止件数.
/// <para>
/// Source: inference from the column names of 国办公开办函〔2021〕30号. Warning, not error: a document can leave force
/// without being repealed (an 有效期 running out), a document issued and repealed in the same year may be counted
/// either way, and some agencies print a historical total (汉阳 2022 "现行有效件数（历史累计）"). Both 现行有效件数 cells are
/// totals: if either is blank the rule reports Info. Applies only when last year's report is also in the 2021 format
/// (the 2019 format has different columns).
/// </para>
/// </summary>
public sealed class DocumentsInForceRollForward(AnnualReportData previousYear) : CrossYearRule(previousYear)
{
    /// <summary>The rule id.</summary>
    public const string RuleId = "cross-year.documents-in-force";

    /// <inheritdoc/>
    public override string Id => RuleId;

    /// <inheritdoc/>
    public override string Title => "表二第二十条第（一）项：现行有效件数＝上年现行有效件数＋本年制发件数－本年废止件数";

    /// <inheritdoc/>
    protected override bool AppliesTo(ReportFormat format, ReportFormat previousFormat) =>
        format == ReportFormat.Format2021 && previousFormat == ReportFormat.Format2021;

    /// <inheritdoc/>
    protected override IEnumerable<Finding> CheckAgainstPreviousYear(AnnualReportData report) =>
        new[] { Table2Labels.Rules, Table2Labels.AdministrativeNormativeDocuments }.SelectMany(row =>
        {
            IReadOnlyList<string> path = [Table2Labels.Article20Item1, row];
            CellAddress At(string column) => new(Table2Labels.TableId, path, [column]);
            var relation = new CellRelation(
                [new RelationTerm(report, At(Table2Labels.InForce), IsTotal: true), new RelationTerm(report, At(Table2Labels.RepealedThisYear))],
                RelationKind.Equal,
                [new RelationTerm(PreviousYear, At(Table2Labels.InForce), IsTotal: true), new RelationTerm(report, At(Table2Labels.IssuedThisYear))]);
            return relation.Findings(this, r =>
            {
                var inForce = report.ValueAt(At(Table2Labels.InForce)) ?? 0;
                var expected = r.RightSum - (report.ValueAt(At(Table2Labels.RepealedThisYear)) ?? 0);
                return $"表二第二十条第（一）项“{row}”：现行有效件数为{ValueText.Of(inForce)}，而上年现行有效件数{ValueText.Of(PreviousYear.ValueAt(At(Table2Labels.InForce)))}" +
                       $"＋本年制发{ValueText.Of(report.ValueAt(At(Table2Labels.IssuedThisYear)) ?? 0)}－本年废止{ValueText.Of(report.ValueAt(At(Table2Labels.RepealedThisYear)) ?? 0)}＝{ValueText.Of(expected)}。";
            });
        });
}
