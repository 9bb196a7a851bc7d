namespace Gongkai.Domain.AnnualReports;

/// <summary>
/// Every filled cell holds a number of its kind (<see cref="CellValueKind"/>): a count is a whole number ≥ 0, 本年增/减
/// is a whole number of either sign, an amount is ≥ 0.
/// <para>
/// Source: the meaning of the cells (counts of requests, documents, cases, people; amounts of money), and for
/// 本年增/减 the 2019 format's single signed column ("减用负值表示", 武汉 2020 annotation). Cells the format does not
/// define are left to <see cref="CellsBelongToLayout"/>.
/// </para>
/// </summary>
public sealed class ValuesFitTheirCells : IConsistencyRule
{
    /// <summary>The rule id.</summary>
    public const string RuleId = "cells.value-kind";

    /// <inheritdoc/>
    public string Id => RuleId;

    /// <inheritdoc/>
    public string Title => "数值与单元格相符：件数为非负整数，本年增/减为整数，金额为非负数";

    /// <inheritdoc/>
    public FindingSeverity Severity => FindingSeverity.Error;

    /// <inheritdoc/>
    public bool AppliesTo(ReportFormat format) => true;

    /// <inheritdoc/>
    public IEnumerable<Finding> Check(AnnualReportData report)
    {
        foreach (var cell in report.Cells)
        {
            if (cell.Value is not { } value || report.Layout.Find(cell.Address) is not { } definition)
            {
                continue;
            }

            var whole = value == decimal.Truncate(value);
            var (fits, expected) = definition.Kind switch
            {
                CellValueKind.Count => (whole && value >= 0, "非负整数"),
                CellValueKind.SignedCount => (whole, "整数（减少用负数表示）"),
                _ => (value >= 0, "非负数"),
            };
            if (!fits)
            {
                yield return new Finding(Id, Severity,
                    $"{cell.Address.Describe()}的值为{ValueText.Of(value)}，应为{expected}。",
                    [FindingEvidence.Of(report.Year, cell)]);
            }
        }
    }
}
