using Gongkai.Domain.AnnualReports.Statistics;
using Gongkai.Domain.Requests;

namespace Gongkai.Domain.AnnualReports.Generation;

/// <summary>
/// Computes an agency's 政府信息公开工作年度报告 (条例 第四十九条、第五十条) for one year from its records, in the format of
/// the year (or an override), and checks it with the consistency rules (勾稽关系) before it can be published.
/// <para>Where each cell comes from:</para>
/// <list type="bullet">
/// <item>Requests → table 三 (2019/2021), 统计表 三、依申请公开情况 (2014), the 正文 request figures (2008) — see
/// <see cref="RequestStatisticsCalculator"/>.</item>
/// <item>Reconsiderations and litigations → table 四, 统计表 四 / 五, 正文 行政复议数 / 行政诉讼数
/// (docs/decisions/0002-appeal-counting.md).</item>
/// <item>The normative-document register → table 二 第二十条第（一）项, 统计表 主动公开规范性文件数 / 制发规范性文件总数,
/// 正文 主动公开规范性文件数 (docs/decisions/0003-normative-documents.md).</item>
/// <item>Fees paid on requests → 统计表 七 (2014) and 正文 收取费用金额 (2008), per agency; an agency with no fee
/// recorded on its requests reports its entered statistic.</item>
/// <item>Everything else → <see cref="AnnualStatistic"/>s of the report's year and format, summed over the agencies of
/// the records (for each agency and cell the latest entered); a cell nobody entered is blank.</item>
/// <item>2014: the 正文 figures that mirror a 统计表 row (<see cref="NarrativeFigures.StatisticsCounterparts"/>) take the
/// row's value, so the narrative states the table's numbers.</item>
/// </list>
/// <para>
/// Records win: a statistic entered for a cell records compute is not used, and when it differs from what the same
/// agency's records give, the report carries a Warning (<see cref="OverriddenStatisticRuleId"/>). Every cell of the
/// format is present (blank ones with a null value); every computed cell carries the ids of its records (requests,
/// cases, documents, statistics) in <see cref="ReportCell.RecordIds"/>.
/// </para>
/// </summary>
public static class AnnualReportGenerator
{
    /// <summary>The generator's version, frozen with a published report.</summary>
    public const string Version = "1";

    /// <summary>The id of the Warning raised when an entered statistic differs from the records that override it.</summary>
    public const string OverriddenStatisticRuleId = "entered-statistic-overridden";

    /// <summary>
    /// The id of the finding raised for a counted request whose stored applicant kind is undefined (stored before the
    /// portal refused such input): an Error in 2019/2021, where table 三 has no column for it and leaves it out; a
    /// Warning in the other formats, which count it without its kind.
    /// </summary>
    public const string RequestNeedsCorrectionRuleId = "request-applicant-kind-undefined";

    /// <summary>
    /// The report of <paramref name="agency"/> for <paramref name="year"/> from <paramref name="records"/> (those of the
    /// agency's subtree), in <paramref name="format"/> or, when null, <see cref="ReportFormatExtensions.DefaultFor"/> the
    /// year; <paramref name="previousYear"/> (the agency's report of the year before) adds the cross-year rules.
    /// <paramref name="opening"/> (an imported report of the year before) gives table 三's 上年结转 when the records
    /// have none (<see cref="OpeningCarryOver"/>).
    /// </summary>
    public static GeneratedReport Generate(
        ReportingAgency agency, ReportingYear year, ReportRecords records, ReportFormat? format = null, AnnualReportData? previousYear = null,
        OpeningCarryOver? opening = null)
    {
        ArgumentNullException.ThrowIfNull(agency);
        ArgumentNullException.ThrowIfNull(year);
        ArgumentNullException.ThrowIfNull(records);
        var reportFormat = format ?? ReportFormat.DefaultFor(year.Year);
        var assembly = ReportAssembly.Of(reportFormat, year, records);
        var layout = ReportLayout.For(reportFormat);
        var data = new AnnualReportData(reportFormat, year.Year, agency,
            layout.Cells.Select(d => assembly.Cells.GetValueOrDefault(d.Address) ?? new ReportCell(d.Address, null)));
        Finding? openingFinding = null;
        if (opening is not null)
        {
            (data, openingFinding) = opening.ApplyTo(data);
        }

        var findings = ConsistencyRuleSet.For(reportFormat, previousYear).Check(data)
            .Concat(OverriddenStatistics(data, year, records, assembly))
            .Concat(openingFinding is null ? [] : [openingFinding])
            .Concat(RequestsNeedingCorrection(reportFormat, year, records))
            .ToArray();
        return new GeneratedReport(data, findings);
    }

    /// <summary>
    /// Whether records always fill <paramref name="cell"/> in <paramref name="format"/>, so a statistic entered for it is
    /// never used. False for cells people fill — and for the information-fee cell (2008, 2014), which an agency fills
    /// with a statistic when it records no fee on its requests.
    /// </summary>
    public static bool IsComputedFromRecords(ReportFormat format, CellAddress cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        return ReportAssembly.IsComputed(format, cell);
    }

    private static IEnumerable<Finding> RequestsNeedingCorrection(ReportFormat format, ReportingYear year, ReportRecords records)
    {
        var undefined = records.RequestTallies is null
            ? records.Requests
                .Where(r => !r.Applicant.Kind.IsDefined() && RequestInYear.Of(r, year) is not null)
                .Select(r => new RequestNeedingCorrection(r.Id, r.TrackingNumber, r.Applicant.Kind))
            : records.RequestsNeedingCorrection;
        var leftOut = format is ReportFormat.Format2019 or ReportFormat.Format2021;
        foreach (var request in undefined.DistinctBy(r => r.RequestId).OrderBy(r => r.TrackingNumber, StringComparer.Ordinal))
        {
            yield return new Finding(RequestNeedsCorrectionRuleId, leftOut ? FindingSeverity.Error : FindingSeverity.Warning,
                $"申请{request.TrackingNumber}的{request.ApplicantKind.NeedsCorrection()}（第二十九条只有自然人和法人或其他组织）" +
                (leftOut ? "：表三无法归入申请人列，未计入表三；请在申请记录中更正申请人类型后重新生成报告。" : "：请在申请记录中更正申请人类型。"),
                []);
        }
    }

    private static IEnumerable<Finding> OverriddenStatistics(AnnualReportData data, ReportingYear year, ReportRecords records, ReportAssembly assembly)
    {
        foreach (var byAgency in assembly.Overridden.GroupBy(s => s.AgencyId))
        {
            var own = ReportAssembly.Of(data.Format, year, records.Of(byAgency.Key));
            foreach (var statistic in byAgency)
            {
                var computed = own.Cells.GetValueOrDefault(statistic.Cell)?.Value;
                if (computed == statistic.Value)
                {
                    continue;
                }

                var cell = data.CellOrBlank(statistic.Cell);
                yield return new Finding(OverriddenStatisticRuleId, FindingSeverity.Warning,
                    $"{cell.Address.Describe()}：{statistic.RecordedBy}录入的统计数为{ValueText.Of(statistic.Value)}（来源：{statistic.Source}），" +
                    $"而该机关的记录计算为{ValueText.Of(computed)}；报告采用由记录计算的数，请核实记录或删除该统计数。",
                    [FindingEvidence.Of(data.Year, cell)]);
            }
        }
    }
}
