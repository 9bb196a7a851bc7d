namespace Gongkai.Domain.AnnualReports;

/// <summary>
/// Every cell is one the report's format defines.
/// <para>
/// Source: the format itself (国办公开办函〔2021〕30号 / 〔2019〕60号 / 国办发〔2014〕32号 fix the tables). A cell outside the
/// layout is a local addition (白云鄂博 2019 added 处理决定数量 to 第二十条第（八）项), a changed label (长春 2022
/// "只计这一情况"), or a parser's mistake; the value is kept but no other rule reads it. Labels are compared by
/// <see cref="LabelKey"/>, so punctuation width and spaces never cause a finding.
/// </para>
/// </summary>
public sealed class CellsBelongToLayout : IConsistencyRule
{
    /// <summary>The rule id.</summary>
    public const string RuleId = "cells.in-layout";

    /// <inheritdoc/>
    public string Id => RuleId;

    /// <inheritdoc/>
    public string Title => "单元格属于本格式的表格";

    /// <inheritdoc/>
    public FindingSeverity Severity => FindingSeverity.Warning;

    /// <inheritdoc/>
    public bool AppliesTo(ReportFormat format) => true;

    /// <inheritdoc/>
    public IEnumerable<Finding> Check(AnnualReportData report) =>
        report.UnknownCells.Select(cell => new Finding(Id, Severity,
            $"{cell.Address.Describe()}不是{report.Layout.Name}规定的单元格（地方自设栏目、标签改动或识别错误），其他规则不核对它。",
            [FindingEvidence.Of(report.Year, cell)]));
}
