namespace Gongkai.Domain.AnnualReports;

/// <summary>
/// 统计表 八（三）从事政府信息公开工作人员数 = 1.专职 + 2.兼职. Source: inference — a person is either full-time or
/// part-time; the exclusion note on 专职 (不包括政府公报及政府网站工作人员数) narrows who is counted at all. Holds on
/// 西宁 2017 (172 = 21 + 151).
/// </summary>
public sealed class StaffByKind() : StatisticsTableSumRule(
    StatisticsTableRows.Staff,
    [StatisticsTableRows.FullTimeStaff, StatisticsTableRows.PartTimeStaff])
{
    /// <summary>The rule id.</summary>
    public const string RuleId = "stats2014.staff-by-kind";

    /// <inheritdoc/>
    public override string Id => RuleId;

    /// <inheritdoc/>
    public override string Title => "统计表：从事政府信息公开工作人员数＝专职＋兼职";
}
