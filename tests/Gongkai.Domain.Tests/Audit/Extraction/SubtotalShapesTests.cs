using System.Globalization;
using Gongkai.Domain.AnnualReports;
using Gongkai.Domain.Audit;
using Gongkai.Domain.Audit.Rules;
using Gongkai.Domain.Tests.Audit.Claims;
using T3 = Gongkai.Domain.AnnualReports.Table3Labels;

namespace Gongkai.Domain.Tests.Audit.Extraction;

/// <summary>
/// Subtotals of table 三 (issue 14 item 6) as really printed: subtotal rows flattened (text saved from a web page, one
/// cell a line, a blank cell a blank line) and run on one line with the line breaks lost; a 小计 column under
/// 法人或其他组织 (商业企业+科研机构+社会公益组织+法律服务机构+其他), which the national format does not print
/// (国办公开办函〔2021〕30号 has seven columns) but some agencies add.
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
        audit.Cells.Where(c => (c.RowPath.Count == 0 || c.RowPath[^1] != "小计") && (c.ColumnPath.Count == 0 || c.ColumnPath[^1] != "小计")).Select(c => (c.Address.Key, c.Value)).ToArray();

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

    /// <summary>
    /// Table 三 as a pipe table with a 小计 column after 其他 under 法人或其他组织 (商业企业+科研机构+社会公益组织+法律服务机构+其他),
    /// <paramref name="off"/> added to that column in the first row.
    /// </summary>
    private static string WithCompanySubtotalColumn(int off)
    {
        var text = LayoutTableRendering.PipeText(ReportFormat.Format2021, Tables);
        var lines = text.Split('\n').ToList();
        var start = lines.FindIndex(l => l.StartsWith("三、收到和处理", StringComparison.Ordinal));
        var end = lines.FindIndex(start + 1, l => l.StartsWith("四、", StringComparison.Ordinal));
        var level = 0;
        var first = true;
        for (var k = start + 1; k < end; k++)
        {
            if (!lines[k].StartsWith('|'))
            {
                continue;
            }

            var cells = lines[k].Split('|').ToList(); // "", label, 7 values, ""
            string extra;
            if (cells[1].Trim() is "指标" or "")
            {
                extra = level++ == 0 ? " 申请人情况 " : " 小计 ";
                if (level > 1 && cells[7].Trim() != "其他") extra = cells[7];
            }
            else if (cells[1].StartsWith("---", StringComparison.Ordinal))
            {
                extra = "---";
            }
            else
            {
                var sum = cells.Skip(3).Take(5).Sum(c => decimal.TryParse(c.Trim(), CultureInfo.InvariantCulture, out var v) ? v : 0) + (first ? off : 0);
                first = false;
                extra = $" {sum.ToString("0", CultureInfo.InvariantCulture)} ";
            }

            cells.Insert(8, extra);
            lines[k] = string.Join("|", cells);
        }

        return string.Join("\n", lines);
    }

    [Fact]
    public void Audit_CompanySubtotalColumnThatAddsUp_IsReadAndIsNoFinding()
    {
        var audit = Audit(WithCompanySubtotalColumn(0));
        var column = audit.Cells.Where(c => c.ColumnPath.Count == 3 && c.ColumnPath[1] == "法人或其他组织" && c.ColumnPath[2] == "小计").ToArray();
        Assert.Equal(audit.Cells.Count(c => c.Table == T3.TableId && c.ColumnPath.SequenceEqual(T3.TotalColumn)), column.Length); // one a row
        Assert.DoesNotContain(audit.Findings, f => f.RuleId == AuditRuleIds.SubtotalMismatch || f.Severity == FindingSeverity.Error);
        Assert.Equal(Official(Audit(LayoutTableRendering.PipeText(ReportFormat.Format2021, Tables))), Official(audit));
    }

    [Fact]
    public void Audit_CompanySubtotalColumnOffByOne_IsAnErrorNamingTheRow()
    {
        var audit = Audit(WithCompanySubtotalColumn(1));
        var finding = Assert.Single(audit.Findings, f => f.RuleId == AuditRuleIds.SubtotalMismatch);
        Assert.Equal(FindingSeverity.Error, finding.Severity);
        Assert.Contains(T3.NewRequestsRow[^1], finding.Message, StringComparison.Ordinal);
        Assert.Contains("法人或其他组织", finding.Message, StringComparison.Ordinal);
        Assert.Equal(6, finding.Evidence.Count); // the subtotal and the five kinds of organisation
        Assert.Equal(Official(Audit(LayoutTableRendering.PipeText(ReportFormat.Format2021, Tables))), Official(audit));
    }

    /// <summary>
    /// The pipe text of <see cref="WithCompanySubtotalColumn"/> flattened as a browser copies the grid: each printed cell
    /// on a line of its own, a header cell once, a row group's heading once before its first row.
    /// </summary>
    private static string FlattenedWithCompanySubtotalColumn(int off)
    {
        var output = new List<string>();
        string[] previous = [];
        foreach (var line in WithCompanySubtotalColumn(off).Split('\n'))
        {
            if (!line.StartsWith('|'))
            {
                output.Add(line);
                continue;
            }

            var cells = line.Trim('|').Split('|').Select(c => c.Trim()).ToArray();
            if (cells[0].StartsWith("---", StringComparison.Ordinal))
            {
                continue;
            }

            if (cells[0] is "指标" or "")
            {
                output.AddRange(cells.Where(c => c is not ("指标" or "")).Distinct().Where(c => !output.Contains(c)));
                continue;
            }

            var path = cells[0].Split(" / ");
            var common = path.Zip(previous).TakeWhile(p => p.First == p.Second).Count();
            output.AddRange(path.Skip(common));
            output.AddRange(cells.Skip(1));
            previous = path;
        }

        return string.Join("\n", output);
    }


    [Fact]
    public void Audit_FlattenedRowWithABlankCellBesideACompanySubtotalColumn_IsSetAsideNotAccused()
    {
        // 一、本年新收 printed with its 科研机构 cell blank (a blank line): 7 figures for 8 columns
        var lines = FlattenedWithCompanySubtotalColumn(0).Split('\n').ToList();
        var at = lines.FindIndex(l => l == T3.NewRequestsRow[^1]);
        lines[at + 3] = string.Empty;
        var audit = Audit(string.Join("\n", lines));
        Assert.DoesNotContain(audit.Findings, f => f.Severity == FindingSeverity.Error);
        Assert.Contains(audit.Findings, f => f.RuleId == AuditRuleIds.ReadingAmbiguous && f.Message.Contains("小计", StringComparison.Ordinal));
    }
}
