using System.Globalization;

namespace Gongkai.Domain.AnnualReports;

/// <summary>
/// The opening carry-over of the first year an agency keeps its requests in Gongkai: 二、上年结转政府信息公开申请数量 of
/// table 三 (2019, 2021 formats) taken from 四、结转下年度继续办理 of the agency's previous report as published — a report
/// imported as the baseline — when the records hold no request of the year before that was still open on 1 January
/// (the 2021 form's own rule: 第一项加第二项之和，等于第三项加第四项之和; last year's 四 is this year's 二).
/// <para>
/// Applied per applicant column, each cell carrying where it came from (<see cref="ReportCell.Source"/>), and said in an
/// Info finding. When the records do hold carried-over requests they win, and nothing is taken from the report. The
/// requests behind the opening figure are not in the records, so their outcomes are not either: until they are
/// registered, the balance rule of table 三 says the table does not add up — which is true.
/// </para>
/// </summary>
/// <param name="PreviousYear">The agency's published report of the year before.</param>
/// <param name="Source">Where that report came from (e.g. "导入：白云鄂博2019.txt").</param>
public sealed record OpeningCarryOver(AnnualReportData PreviousYear, string Source)
{
    /// <summary>The id of the Info finding that says the carry-over was taken from last year's report.</summary>
    public const string RuleId = "opening-carry-over";

    /// <summary><paramref name="data"/> with row 二 taken from last year's row 四 when the rule above applies, and the finding saying so.</summary>
    public (AnnualReportData Data, Finding? Finding) ApplyTo(AnnualReportData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (!Table3Labels.IsIn(data.Format) || !Table3Labels.IsIn(PreviousYear.Format) || PreviousYear.Year != data.Year - 1)
        {
            return (data, null);
        }

        var fromRecords = Table3Labels.Columns.Sum(c => data.ValueAt(Table3Labels.At(Table3Labels.CarriedOverRow, c)) ?? 0);
        var reported = Table3Labels.Columns
            .Select(c => (Column: c, Value: PreviousYear.ValueAt(Table3Labels.At(Table3Labels.CarriedForwardRow, c))))
            .ToList();
        if (fromRecords != 0 || reported.All(r => (r.Value ?? 0) == 0))
        {
            return (data, null);
        }

        var result = data;
        var evidence = new List<FindingEvidence>();
        foreach (var (column, value) in reported)
        {
            var text = string.Create(CultureInfo.InvariantCulture, $"{PreviousYear.Year}年度报告“{Table3Labels.CarriedForward}”{Table3Labels.NameOf(column)}：{value}（{Source}）");
            var cell = new ReportCell(Table3Labels.At(Table3Labels.CarriedOverRow, column), value, null, new SourceLocation(1, 0, text));
            result = result.With(cell);
            evidence.Add(FindingEvidence.Of(data.Year, cell));
        }

        var byColumn = string.Join("，", reported.Select(r => string.Create(CultureInfo.InvariantCulture, $"{Table3Labels.NameOf(r.Column)}{r.Value ?? 0}")));
        var finding = new Finding(RuleId, FindingSeverity.Info,
            $"“{Table3Labels.CarriedOver}”取自{PreviousYear.Year}年度已发布报告（{Source}）的“{Table3Labels.CarriedForward}”：{byColumn}。" +
            $"记录中没有{PreviousYear.Year}年收到、年底仍未办结的申请；这些申请登记并记录办理结果之前，本表的勾稽关系不能平衡。",
            evidence);
        return (result, finding);
    }
}
