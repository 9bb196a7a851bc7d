using System.Globalization;
using Gongkai.Domain.AnnualReports;
using Gongkai.Domain.Audit;
using Gongkai.Domain.Audit.Rules;
using Gongkai.Domain.Tests.Audit.Claims;
using T3 = Gongkai.Domain.AnnualReports.Table3Labels;

namespace Gongkai.Domain.Tests.Audit.Extraction;

/// <summary>
/// Subtotal rows of table 三 (issue 14 item 6) as really printed: flattened (text saved from a web page, one cell a
/// line, a blank cell a blank line) and run on one line with the line breaks lost.
/// </summary>
public sealed class SubtotalShapesTests
{
    private static readonly IReadOnlyList<ReportCell> Tables = DraftedNarrative.ConsistentTables(ReportFormat.Format2021, new Random(11));
    private static readonly string[] Withheld = [T3.Outcomes, T3.Withheld];

    private static string[] Sums(IReadOnlyList<string> group, int offByOneColumn = -1) =>
        T3.Columns.Select((column, i) => Tables.Where(c => c.Table == T3.TableId && c.RowPath.Count > group.Count && c.RowPath.Take(group.Count).SequenceEqual(group)
            && c.ColumnPath.SequenceEqual(column)).Sum(c => c.Value ?? 0) + (i == offByOneColumn ? 1 : 0))
            .Select(v => v.ToString("0", CultureInfo.InvariantCulture)).ToArray();

    /// <summary>The flattened tables with "label" and the sums inserted, one a line, after the row of <paramref name="afterLabel"/>.</summary>
    private static string Flattened(string afterLabel, string label, string[] sums)
    {
        var lines = FlattenedTableRendering.Text(ReportFormat.Format2021, Tables, separators: false).Split('\n').ToList();
        var at = lines.FindIndex(l => l.Contains(afterLabel, StringComparison.Ordinal));
        lines.InsertRange(at + 1 + T3.Columns.Count, [label, .. sums]);
        return string.Join("\n", lines);
    }

    private static AuditReport Audit(string tablesText) =>
        ReportAuditor.Audit(ReportText.FromPlainText(GeneratedReports.Text2019(ReportFormat.Format2021, 2022, Tables, "一、总体情况\n本年度工作正常。", tablesText), "subtotal.txt"));

    private static readonly string[] Unable = [T3.Outcomes, T3.UnableToProvide];

    private static AuditReport OneLine(string tablesText) =>
        ReportAuditor.Audit(ReportText.FromPlainText(GeneratedReports.Text2019(ReportFormat.Format2021, 2022, Tables, "一、总体情况\n本年度工作正常。", tablesText).Replace("\n", " ", StringComparison.Ordinal), "one-line.txt"));

    private static (string, decimal?)[] Official(AuditReport audit) =>
        audit.Cells.Where(c => c.RowPath.Count == 0 || c.RowPath[^1] != "小计").Select(c => (c.Address.Key, c.Value)).ToArray();

    private static readonly (string, decimal?)[] PlainCells =
        Official(Audit(FlattenedTableRendering.Text(ReportFormat.Format2021, Tables, separators: false)));

    [Theory]
    [InlineData("（三）不予公开小计")]
    [InlineData("不予公开合计")]
    public void Audit_FlattenedSubtotalThatAddsUp_IsReadAndIsNoFinding(string label)
    {
        var audit = Audit(Flattened("8.属于行政查询事项", label, Sums(Withheld)));
        Assert.Equal(7, audit.Cells.Count(c => c.RowPath.SequenceEqual([T3.Outcomes, T3.Withheld, "小计"])));
        Assert.DoesNotContain(audit.Findings, f => f.RuleId == AuditRuleIds.SubtotalMismatch || f.Severity == FindingSeverity.Error);
        Assert.Equal(PlainCells, Official(audit));
    }

    [Fact]
    public void Audit_FlattenedSubtotalOffByOne_IsAnErrorNamingGroupAndColumn()
    {
        var audit = Audit(Flattened("8.属于行政查询事项", "（三）不予公开小计", Sums(Withheld, offByOneColumn: 6)));
        var finding = Assert.Single(audit.Findings, f => f.RuleId == AuditRuleIds.SubtotalMismatch);
        Assert.Equal(FindingSeverity.Error, finding.Severity);
        Assert.Contains("（三）不予公开", finding.Message, StringComparison.Ordinal);
        Assert.Contains("总计", finding.Message, StringComparison.Ordinal);
        Assert.Equal(PlainCells, Official(audit));
    }

    [Fact]
    public void Audit_FlattenedBareTotalAfterAGroup_IsAWarningAgainstTheGroupAbove()
    {
        var audit = Audit(Flattened("3.补正后申请内容仍不明确", "合计", Sums(Unable, offByOneColumn: 0)));
        var finding = Assert.Single(audit.Findings, f => f.RuleId == AuditRuleIds.SubtotalMismatch);
        Assert.Equal(FindingSeverity.Warning, finding.Severity);
        Assert.Contains("（四）无法提供", finding.Message, StringComparison.Ordinal);
        Assert.Contains("自然人", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Audit_FlattenedGroupHeadingFollowedByFigures_IsTheGroupsSubtotal()
    {
        // "（三）不予公开" then its seven figures, then "1.属于国家秘密": the heading row printed with figures
        string Text(int off)
        {
            var lines = FlattenedTableRendering.Text(ReportFormat.Format2021, Tables, separators: false).Split('\n').ToList();
            lines.InsertRange(lines.FindIndex(l => l == "（三）不予公开") + 1, Sums(Withheld, off));
            return string.Join("\n", lines);
        }

        var right = Audit(Text(-1));
        Assert.Equal(7, right.Cells.Count(c => c.RowPath.SequenceEqual([T3.Outcomes, T3.Withheld, "小计"])));
        Assert.DoesNotContain(right.Findings, f => f.RuleId == AuditRuleIds.SubtotalMismatch);
        Assert.Equal(PlainCells, Official(right));
        Assert.Single(Audit(Text(2)).Findings, f => f.RuleId == AuditRuleIds.SubtotalMismatch);
    }

    [Fact]
    public void Audit_FlattenedSubtotalWithABlankCell_IsNotPlacedAndLeavesTheTableAsRead()
    {
        var sums = Sums(Withheld, offByOneColumn: 6);
        sums[3] = string.Empty; // a blank cell saved as a blank line
        var audit = Audit(Flattened("8.属于行政查询事项", "（三）不予公开小计", sums));
        Assert.DoesNotContain(audit.Findings, f => f.RuleId == AuditRuleIds.SubtotalMismatch || f.Severity == FindingSeverity.Error);
        Assert.Equal(PlainCells, Official(audit));
    }

    [Fact]
    public void Audit_SubtotalOnOneLongLine_IsCheckedButOnlyAsAWarning()
    {
        var right = OneLine(Flattened("8.属于行政查询事项", "（三）不予公开小计", Sums(Withheld)));
        Assert.Equal(7, right.Cells.Count(c => c.RowPath.SequenceEqual([T3.Outcomes, T3.Withheld, "小计"])));
        Assert.DoesNotContain(right.Findings, f => f.RuleId == AuditRuleIds.SubtotalMismatch);

        var wrong = OneLine(Flattened("8.属于行政查询事项", "（三）不予公开小计", Sums(Withheld, offByOneColumn: 6)));
        var finding = Assert.Single(wrong.Findings, f => f.RuleId == AuditRuleIds.SubtotalMismatch);
        Assert.Equal(FindingSeverity.Warning, finding.Severity); // labels read loosely on one line: never an Error
        Assert.Contains("读取存疑", finding.Message, StringComparison.Ordinal);
    }
}
