using Gongkai.Domain.Appeals;

namespace Gongkai.Domain.AnnualReports.Generation;

/// <summary>
/// The reconsideration and litigation cells of each format, counted as docs/decisions/0002-appeal-counting.md says:
/// a case counts in a year when filed by 31 December and not decided before 1 January; its column is its result if
/// decided by 31 December, else 尚未审结 — which the 2014 统计表, having no such row, counts under （三）其他情形数.
/// </summary>
internal static class AppealCells
{
    private sealed record Case(Guid Id, IReadOnlyList<string> Group, AppealResult Result);

    /// <summary>Table 四 (2019, 2021): every result column and 总计 of each group.</summary>
    public static IReadOnlyList<ReportCell> Table4(ReportingYear year, IEnumerable<Reconsideration> reconsiderations, IEnumerable<Litigation> litigations)
    {
        var tally = new CellTally();
        foreach (var column in Table4Labels.Columns)
        {
            tally.Open(Table4Labels.At(column));
        }

        foreach (var c in Cases(year, reconsiderations, litigations))
        {
            tally.Count(Table4Labels.At([.. c.Group, Table4Column(c.Result)]), c.Id);
            tally.Count(Table4Labels.At([.. c.Group, Table4Labels.Total]), c.Id);
        }

        return tally.Cells();
    }

    /// <summary>统计表 四、行政复议数量 and 五、行政诉讼数量 with their sub-rows (2014; also the source of the 2008 正文 figures).</summary>
    public static IReadOnlyList<ReportCell> StatisticsTable(ReportingYear year, IEnumerable<Reconsideration> reconsiderations, IEnumerable<Litigation> litigations)
    {
        var tally = new CellTally();
        IReadOnlyList<IReadOnlyList<string>> rows =
        [
            StatisticsTableRows.Reconsiderations, StatisticsTableRows.ReconsiderationsUpheld,
            StatisticsTableRows.ReconsiderationsCorrected, StatisticsTableRows.ReconsiderationsOther,
            StatisticsTableRows.Lawsuits, StatisticsTableRows.LawsuitsUpheld,
            StatisticsTableRows.LawsuitsCorrected, StatisticsTableRows.LawsuitsOther,
        ];
        foreach (var row in rows)
        {
            tally.Open(StatisticsTableRows.At(row));
        }

        foreach (var c in Cases(year, reconsiderations, litigations))
        {
            var isReconsideration = c.Group[0] == Table4Labels.Reconsideration;
            var total = isReconsideration ? StatisticsTableRows.Reconsiderations : StatisticsTableRows.Lawsuits;
            var part = (c.Result, isReconsideration) switch
            {
                (AppealResult.Upheld, true) => StatisticsTableRows.ReconsiderationsUpheld,
                (AppealResult.Corrected, true) => StatisticsTableRows.ReconsiderationsCorrected,
                (_, true) => StatisticsTableRows.ReconsiderationsOther,
                (AppealResult.Upheld, false) => StatisticsTableRows.LawsuitsUpheld,
                (AppealResult.Corrected, false) => StatisticsTableRows.LawsuitsCorrected,
                (_, false) => StatisticsTableRows.LawsuitsOther,
            };
            tally.Count(StatisticsTableRows.At(total), c.Id);
            tally.Count(StatisticsTableRows.At(part), c.Id);
        }

        return tally.Cells();
    }

    private static IEnumerable<Case> Cases(ReportingYear year, IEnumerable<Reconsideration> reconsiderations, IEnumerable<Litigation> litigations) =>
        reconsiderations.DistinctBy(r => r.Id).Where(r => r.CountsIn(year))
            .Select(r => new Case(r.Id, Table4Labels.Groups[0], r.ResultIn(year)))
            .Concat(litigations.DistinctBy(l => l.Id).Where(l => l.CountsIn(year))
                .Select(l => new Case(l.Id, l.Route == LitigationRoute.Direct ? Table4Labels.Groups[1] : Table4Labels.Groups[2], l.ResultIn(year))));

    private static string Table4Column(AppealResult result) => result switch
    {
        AppealResult.Upheld => Table4Labels.Upheld,
        AppealResult.Corrected => Table4Labels.Corrected,
        AppealResult.Other => Table4Labels.OtherResult,
        _ => Table4Labels.Pending,
    };
}
