using System.Globalization;
using System.Text;
using Gongkai.Domain.AnnualReports;
using Gongkai.Domain.Audit;

namespace Gongkai.Cli.Audit;

/// <summary>The audit for people: a summary when there are several reports, then each report's findings with evidence.</summary>
public static class AuditText
{
    /// <summary>The text of <paramref name="reports"/>.</summary>
    public static string Of(IReadOnlyList<AuditReport> reports)
    {
        var text = new StringBuilder();
        if (reports.Count > 1)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"共审核 {reports.Count} 份年度报告：");
            foreach (var report in reports)
            {
                text.AppendLine(CultureInfo.InvariantCulture,
                    $"  {Path.GetFileName(report.File)}  {report.Format}  错误 {report.Count(FindingSeverity.Error)}  警告 {report.Count(FindingSeverity.Warning)}  提示 {report.Count(FindingSeverity.Info)}");
            }

            text.AppendLine();
        }

        foreach (var report in reports)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"== {report.File}");
            text.AppendLine(CultureInfo.InvariantCulture,
                $"机关：{report.Agency ?? "未识别"}  年度：{(report.Year is { } y ? y.ToString(CultureInfo.InvariantCulture) : "未识别")}  格式：{report.Format}（可信度 {report.Confidence:P0}）");
            text.AppendLine(CultureInfo.InvariantCulture,
                $"读出表格数字 {report.Cells.Count} 个、正文数字 {report.Claims.Count} 个；错误 {report.Count(FindingSeverity.Error)}，警告 {report.Count(FindingSeverity.Warning)}，提示 {report.Count(FindingSeverity.Info)}。");
            foreach (var finding in report.Findings)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"[{SeverityName(finding.Severity)}] {finding.RuleId}：{finding.Message}");
                foreach (var evidence in finding.Evidence)
                {
                    text.AppendLine(CultureInfo.InvariantCulture, $"    {Describe(evidence)}");
                }
            }

            text.AppendLine();
        }

        return text.ToString();
    }

    /// <summary>The Chinese name of a severity.</summary>
    public static string SeverityName(FindingSeverity severity) => severity switch
    {
        FindingSeverity.Error => "错误",
        FindingSeverity.Warning => "警告",
        _ => "提示",
    };

    /// <summary>An evidence line: the cell, the value as written and where.</summary>
    public static string Describe(FindingEvidence evidence)
    {
        var where = evidence.Source is { } s ? string.Create(CultureInfo.InvariantCulture, $"第{s.Line}行“{s.Text}”") : "未填";
        var value = evidence.Value is { } v ? v.ToString(CultureInfo.InvariantCulture) : "空白";
        return string.Create(CultureInfo.InvariantCulture, $"{evidence.Address.Describe()} = {value}（{where}）");
    }
}
