using System.Globalization;
using Gongkai.Domain.AnnualReports;
using Gongkai.Domain.Audit;
using Gongkai.Domain.Audit.Rules;
using Gongkai.Domain.Tests.Audit.Claims;
using T3 = Gongkai.Domain.AnnualReports.Table3Labels;

namespace Gongkai.Domain.Tests.Audit.Extraction;

/// <summary>
/// Subtotal rows some agencies add inside table 三 (issue 14 item 6): "小计" under a group, the group's heading printed
/// with figures of its own, a bare "合计" after a group's rows. They are read as the agency's own cells at
/// [group…, 小计] and checked against the sum of the group's rows (<see cref="AuditRuleIds.SubtotalMismatch"/>).
/// </summary>
public sealed class SubtotalRowTests
{
    private static readonly IReadOnlyList<ReportCell> Tables = DraftedNarrative.ConsistentTables(ReportFormat.Format2021, new Random(11));

    /// <summary>The group's sum in every column of table 三, as printed in a pipe row after <paramref name="label"/>.</summary>
    private static string Row(string label, IReadOnlyList<string> group, Func<int, decimal, decimal>? edit = null)
    {
        var sums = T3.Columns.Select((column, i) =>
        {
            var sum = Tables.Where(c => c.Table == T3.TableId && c.RowPath.Count > group.Count && c.RowPath.Take(group.Count).SequenceEqual(group)
                && c.ColumnPath.SequenceEqual(column)).Sum(c => c.Value ?? 0);
            return (edit ?? ((_, v) => v))(i, sum);
        });
        return $"| {label} | {string.Join(" | ", sums.Select(v => v.ToString("0", CultureInfo.InvariantCulture)))} |";
    }

    private static AuditReport Audit(string afterLabel, string row, bool before = false)
    {
        var lines = GeneratedReports.Text2019(ReportFormat.Format2021, 2022, Tables, "一、总体情况\n本年度工作正常。").Split('\n').ToList();
        var at = lines.FindIndex(l => l.Contains(afterLabel, StringComparison.Ordinal));
        lines.Insert(before ? at : at + 1, row);
        return ReportAuditor.Audit(ReportText.FromPlainText(string.Join("\n", lines), "subtotal.txt"));
    }

    private static readonly string[] Withheld = [T3.Outcomes, T3.Withheld];
    private static readonly string[] Unable = [T3.Outcomes, T3.UnableToProvide];

    [Fact]
    public void Audit_SubtotalUnderNamedGroupThatAddsUp_IsReadAndIsNoFinding()
    {
        var audit = Audit("8.属于行政查询事项", Row("三、本年度办理结果 / （三）不予公开 / 小计", Withheld));
        var subtotal = Assert.Single(audit.Cells, c => c.RowPath.SequenceEqual([T3.Outcomes, T3.Withheld, "小计"]) && c.ColumnPath.SequenceEqual(T3.TotalColumn));
        Assert.Equal(Tables.Where(c => c.RowPath.Count == 3 && c.RowPath[1] == T3.Withheld && c.ColumnPath.SequenceEqual(T3.TotalColumn)).Sum(c => c.Value), subtotal.Value);
        Assert.DoesNotContain(audit.Findings, f => f.RuleId == AuditRuleIds.SubtotalMismatch);
        Assert.DoesNotContain(audit.Findings, f => f.Severity == FindingSeverity.Error);
    }

    [Fact]
    public void Audit_SubtotalUnderNamedGroupOffByOne_IsAnErrorNamingGroupAndColumn()
    {
        var audit = Audit("8.属于行政查询事项", Row("三、本年度办理结果 / （三）不予公开 / 小计", Withheld, (i, v) => i == 6 ? v + 1 : v));
        var finding = Assert.Single(audit.Findings, f => f.RuleId == AuditRuleIds.SubtotalMismatch);
        Assert.Equal(FindingSeverity.Error, finding.Severity);
        Assert.Contains("（三）不予公开", finding.Message, StringComparison.Ordinal);
        Assert.Contains("总计", finding.Message, StringComparison.Ordinal);
        Assert.Equal(9, finding.Evidence.Count); // the subtotal and the eight grounds
    }

    [Fact]
    public void Audit_GroupHeadingPrintedWithFigures_IsTheGroupsSubtotal()
    {
        var right = Audit("1.属于国家秘密", Row("三、本年度办理结果 / （三）不予公开", Withheld), before: true);
        Assert.Contains(right.Cells, c => c.RowPath.SequenceEqual([T3.Outcomes, T3.Withheld, "小计"]));
        Assert.DoesNotContain(right.Findings, f => f.RuleId == AuditRuleIds.SubtotalMismatch || f.Severity == FindingSeverity.Error);

        var wrong = Audit("1.属于国家秘密", Row("三、本年度办理结果 / （三）不予公开", Withheld, (i, v) => i == 0 ? v + 2 : v), before: true);
        var finding = Assert.Single(wrong.Findings, f => f.RuleId == AuditRuleIds.SubtotalMismatch);
        Assert.Contains("自然人", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Audit_BareTotalWordAfterAGroup_IsCheckedAgainstTheGroupAboveAsAWarning()
    {
        var audit = Audit("3.补正后申请内容仍不明确", Row("合计", Unable, (i, v) => i == 6 ? v + 3 : v));
        var finding = Assert.Single(audit.Findings, f => f.RuleId == AuditRuleIds.SubtotalMismatch);
        Assert.Equal(FindingSeverity.Warning, finding.Severity);
        Assert.Contains("（四）无法提供", finding.Message, StringComparison.Ordinal);
        Assert.Contains("未写明所属项", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Audit_SubtotalRows_LeaveTheOfficialCellsAsRead()
    {
        var plain = ReportAuditor.Audit(ReportText.FromPlainText(GeneratedReports.Text2019(ReportFormat.Format2021, 2022, Tables, "一、总体情况\n本年度工作正常。"), "plain.txt"));
        var audit = Audit("8.属于行政查询事项", Row("三、本年度办理结果 / （三）不予公开 / 小计", Withheld));
        var official = audit.Cells.Where(c => c.RowPath.Count == 0 || c.RowPath[^1] != "小计").Select(c => (c.Address.Key, c.Value)).ToArray();
        Assert.Equal(plain.Cells.Select(c => (c.Address.Key, c.Value)), official);
    }
}
