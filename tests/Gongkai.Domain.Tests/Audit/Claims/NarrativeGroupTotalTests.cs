using System.Globalization;
using Gongkai.Domain.AnnualReports;
using Gongkai.Domain.Audit;
using Gongkai.Domain.Audit.Rules;
using T3 = Gongkai.Domain.AnnualReports.Table3Labels;
using T4 = Gongkai.Domain.AnnualReports.Table4Labels;

namespace Gongkai.Domain.Tests.Audit.Claims;

/// <summary>
/// Totals the narrative states for every group table 三/四 holds as several cells (不予公开, 无法提供, 不予处理, 其他处理,
/// 行政复议, 行政诉讼) in the phrasings real reports use, each checked against the table (issue 14 item 6). The
/// sentences follow published wording; where a phrasing came from is said beside it. Every sentence template is run
/// twice: with the table's own figures (no finding) and with one figure changed (a finding naming it).
/// </summary>
public sealed class NarrativeGroupTotalTests
{
    private const int Year = 2022;

    /// <summary>A 2021-format report with consistent tables in which every group has a figure of its own.</summary>
    private static IReadOnlyList<ReportCell> Tables(int seed) =>
        DraftedNarrative.ConsistentTables(ReportFormat.Format2021, new Random(seed));

    private static decimal Group(IReadOnlyList<ReportCell> cells, string group) =>
        cells.Where(c => c.Table == T3.TableId && c.RowPath.Count >= 2 && c.RowPath[0] == T3.Outcomes && c.RowPath[1] == group
            && c.ColumnPath.SequenceEqual(T3.TotalColumn)).Sum(c => c.Value ?? 0);

    private static decimal Cell(IReadOnlyList<ReportCell> cells, CellAddress address) =>
        cells.Single(c => c.Address.Equals(address)).Value ?? 0;

    private static string N(decimal v) => v.ToString("0.####", CultureInfo.InvariantCulture);

    private static AuditReport Audit(IReadOnlyList<ReportCell> cells, string narrative) =>
        ReportAuditor.Audit(ReportText.FromPlainText(GeneratedReports.Text2019(ReportFormat.Format2021, Year, cells, narrative), "composed.txt"));

    /// <summary>The figures of table 三's groups and table 四's totals, by name.</summary>
    private static Dictionary<string, decimal> Figures(IReadOnlyList<ReportCell> cells) => new()
    {
        ["新收"] = Cell(cells, T3.At(T3.NewRequestsRow, T3.TotalColumn)),
        ["结转"] = Cell(cells, T3.At(T3.CarriedOverRow, T3.TotalColumn)),
        ["办结"] = Cell(cells, T3.At(T3.OutcomeTotalRow, T3.TotalColumn)),
        ["予以公开"] = Cell(cells, T3.At([T3.Outcomes, T3.Disclosed], T3.TotalColumn)),
        ["部分公开"] = Cell(cells, T3.At([T3.Outcomes, T3.PartiallyDisclosed], T3.TotalColumn)),
        ["不予公开"] = Group(cells, T3.Withheld),
        ["无法提供"] = Group(cells, T3.UnableToProvide),
        ["不予处理"] = Group(cells, T3.NotProcessed),
        ["其他处理"] = Group(cells, T3.OtherHandling),
        ["国家秘密"] = Cell(cells, T3.At([T3.Outcomes, T3.Withheld, T3.WithheldGrounds[0]], T3.TotalColumn)),
        ["内部事务"] = Cell(cells, T3.At([T3.Outcomes, T3.Withheld, T3.WithheldGrounds[4]], T3.TotalColumn)),
        ["复议"] = Cell(cells, T4.At([T4.Reconsideration, T4.Total])),
        ["复议维持"] = Cell(cells, T4.At([T4.Reconsideration, T4.Upheld])),
        ["诉讼"] = Cell(cells, T4.At([T4.Litigation, T4.SuedDirectly, T4.Total])) + Cell(cells, T4.At([T4.Litigation, T4.SuedAfterReconsideration, T4.Total])),
    };

    /// <summary>
    /// Sentences stating groups, with {name} for a figure of <see cref="Figures"/>. The first word of each row names
    /// the figure the test changes; the severity is that of the finding when it is wrong: an error where the sentence
    /// names the group and nothing else, a warning where it also compares with last year ("与去年相同").
    /// </summary>
    public static TheoryData<string, string, FindingSeverity> Phrasings() => new()
    {
        // a district's 2022 summary of 依申请公开 (二、申请答复情况): a total of answers, then every group with 的 and
        // without a unit ("部分公开67，占4.61%")
        { "无法提供", "共完成政府信息依申请公开答复{办结}件，包括上年结转信息公开申请{结转}件。其中，予以公开答复{予以公开}件；部分公开{部分公开}；不予公开{不予公开}件；无法提供的{无法提供}件；不予处理的{不予处理}件；其他处理{其他处理}件。", FindingSeverity.Error },
        { "不予处理", "共完成政府信息依申请公开答复{办结}件，包括上年结转信息公开申请{结转}件。其中，予以公开答复{予以公开}件；部分公开{部分公开}；不予公开{不予公开}件；无法提供的{无法提供}件；不予处理的{不予处理}件；其他处理{其他处理}件。", FindingSeverity.Error },
        // 决定…的 (issue 14's list of phrasings, as in municipal bureaus' reports: "决定不予公开的12件")
        { "不予公开", "本年度办结政府信息公开申请{办结}件，其中决定予以公开的{予以公开}件，决定部分公开的{部分公开}件，决定不予公开的{不予公开}件，因信息不存在等原因无法提供的{无法提供}件。", FindingSeverity.Error },
        // the group with its grounds in brackets ("其中不予公开12件（属于国家秘密3件…）")
        { "不予公开", "全年办结申请{办结}件，其中不予公开{不予公开}件（属于国家秘密{国家秘密}件，属于三类内部事务信息{内部事务}件），其他处理{其他处理}件。", FindingSeverity.Error },
        { "其他处理", "全年办结申请{办结}件，其中不予公开{不予公开}件（属于国家秘密{国家秘密}件，属于三类内部事务信息{内部事务}件），其他处理{其他处理}件。", FindingSeverity.Error },
        // the group with a note in brackets before its figure: read, but only as a warning
        { "不予公开", "全年办结申请{办结}件，其中不予公开（含涉及国家秘密等情形）{不予公开}件。", FindingSeverity.Warning },
        // 荣成市信访局 2025 report (rongcheng.gov.cn): "因政府信息公开工作被申请行政复议0件，与去年相同"
        { "复议", "{Year}年，本机关因政府信息公开工作被申请行政复议{复议}件，与去年相同。", FindingSeverity.Warning },
        // "被申请行政复议3起" and "共收到行政复议申请3件"
        { "复议", "全年共收到涉及政府信息公开的行政复议申请{复议}件，其中维持{复议维持}件。", FindingSeverity.Error },
        { "复议", "因政府信息公开被申请行政复议{复议}起。", FindingSeverity.Error },
        // 上海普陀 2022 half-year statistics (shpt.gov.cn): "共发生涉及政府信息公开的行政诉讼案件2件，被纠错0件"
        { "诉讼", "全年共发生涉及政府信息公开的行政诉讼案件{诉讼}件，被纠错0件。", FindingSeverity.Error },
        { "诉讼", "本年度被提起政府信息公开行政诉讼{诉讼}起。", FindingSeverity.Error },
    };

    private static string Fill(string template, IReadOnlyDictionary<string, decimal> figures) =>
        figures.Aggregate(template.Replace("{Year}", Year.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal),
            (t, f) => t.Replace("{" + f.Key + "}", N(f.Value), StringComparison.Ordinal));

    [Theory]
    [MemberData(nameof(Phrasings))]
    public void Audit_GroupTotalAsTheTablePrintsIt_IsNoFinding(string changed, string template, FindingSeverity severity)
    {
        _ = (changed, severity);
        var cells = Tables(11);
        var audit = Audit(cells, "一、总体情况\n" + Fill(template, Figures(cells)));
        Assert.DoesNotContain(audit.Findings, f => f.RuleId.StartsWith("audit.narrative", StringComparison.Ordinal));
        Assert.DoesNotContain(audit.Findings, f => f.Severity == FindingSeverity.Error);
    }

    [Theory]
    [MemberData(nameof(Phrasings))]
    public void Audit_GroupTotalOtherThanTheTable_IsAFindingNamingTheGroup(string changed, string template, FindingSeverity severity)
    {
        var cells = Tables(11);
        var figures = Figures(cells);
        var wrong = new Dictionary<string, decimal>(figures) { [changed] = figures[changed] + 7 };
        var audit = Audit(cells, "一、总体情况\n" + Fill(template, wrong));
        var finding = Assert.Single(audit.Findings, f => f.RuleId == AuditRuleIds.NarrativeMatchesTable);
        Assert.Contains(N(figures[changed] + 7), finding.Message, StringComparison.Ordinal);
        Assert.Contains(N(figures[changed]), finding.Message, StringComparison.Ordinal);
        Assert.Equal(severity, finding.Severity);
    }
}
