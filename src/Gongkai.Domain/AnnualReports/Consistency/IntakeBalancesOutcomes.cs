namespace Gongkai.Domain.AnnualReports;

/// <summary>
/// For every column of table 三: 一、本年新收 + 二、上年结转 = 三、本年度办理结果（（七）总计）+ 四、结转下年度继续办理.
/// <para>
/// Source: stated in the form itself — the top-left cell of table 三 of 国办公开办函〔2019〕60号 and 〔2021〕30号 reads
/// "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）" [V+]. Each request open during the year enters
/// by exactly one intake row and leaves by exactly one outcome or is carried forward. "第三项" is read as the outcome
/// total （七）总计. Checked on real data: 上海市政府办公厅 2019, 859 + 18 = 805 + 72.
/// </para>
/// <para>Blank handling: （七）总计 is the total; blank 一, 二 or 四 read as 0.</para>
/// </summary>
public sealed class IntakeBalancesOutcomes : IConsistencyRule
{
    /// <summary>The rule id.</summary>
    public const string RuleId = "table3.intake-balances-outcomes";

    /// <inheritdoc/>
    public string Id => RuleId;

    /// <inheritdoc/>
    public string Title => "表三每列：本年新收＋上年结转＝办理结果总计＋结转下年度继续办理";

    /// <inheritdoc/>
    public FindingSeverity Severity => FindingSeverity.Error;

    /// <inheritdoc/>
    public bool AppliesTo(ReportFormat format) => Table3Labels.IsIn(format);

    /// <inheritdoc/>
    public IEnumerable<Finding> Check(AnnualReportData report)
    {
        if (!AppliesTo(report.Format))
        {
            return [];
        }

        return Table3Labels.Columns.SelectMany(column =>
        {
            var relation = new CellRelation(
                CellRelation.Of(report, [Table3Labels.At(Table3Labels.NewRequestsRow, column), Table3Labels.At(Table3Labels.CarriedOverRow, column)]),
                RelationKind.Equal,
                [
                    new RelationTerm(report, Table3Labels.At(Table3Labels.OutcomeTotalRow, column), IsTotal: true),
                    new RelationTerm(report, Table3Labels.At(Table3Labels.CarriedForwardRow, column)),
                ]);
            return relation.Findings(this, r =>
                $"表三“{Table3Labels.NameOf(column)}”列：一（本年新收）＋二（上年结转）＝{ValueText.Of(r.LeftSum)}，" +
                $"三（（七）总计）＋四（结转下年度继续办理）＝{ValueText.Of(r.RightSum)}；表中注明“第一项加第二项之和，等于第三项加第四项之和”。");
        });
    }
}
