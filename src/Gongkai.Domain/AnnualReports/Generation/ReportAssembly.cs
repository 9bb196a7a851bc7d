using Gongkai.Domain.AnnualReports.Statistics;

namespace Gongkai.Domain.AnnualReports.Generation;

/// <summary>
/// The cells of one report put together from records and statistics (see <see cref="AnnualReportGenerator"/>), with
/// the statistics that records overrode.
/// </summary>
internal sealed class ReportAssembly
{
    private ReportAssembly(Dictionary<CellAddress, ReportCell> cells, IReadOnlyList<AnnualStatistic> overridden)
    {
        Cells = cells;
        Overridden = overridden;
    }

    public IReadOnlyDictionary<CellAddress, ReportCell> Cells { get; }

    public IReadOnlyList<AnnualStatistic> Overridden { get; }

    public static bool IsComputed(ReportFormat format, CellAddress cell) =>
        ComputedCells.Addresses(format).Contains(cell) || MirroredFigures(format).Contains(cell);

    public static ReportAssembly Of(ReportFormat format, ReportingYear year, ReportRecords records)
    {
        var cells = ComputedCells.For(format, year, records).ToDictionary(c => c.Address);
        var statistics = records.Statistics
            .Where(s => s.Year == year.Year && s.Format == format)
            .DistinctBy(s => s.Id)
            .GroupBy(s => (s.AgencyId, s.Cell))
            .Select(g => g.OrderBy(s => s.RecordedAtUtc).ThenBy(s => s.Id).Last())
            .ToArray();
        var overridden = new List<AnnualStatistic>();

        var feeCell = FeesCollected.CellOf(format);
        if (feeCell is not null)
        {
            var paid = records.Requests
                .DistinctBy(r => r.Id)
                .Select(r => (Request: r, Fen: FeesCollected.PaidFenIn(r, year)))
                .Where(x => x.Fen > 0)
                .ToArray();
            var recordingAgencies = paid.Select(x => x.Request.AgencyId).ToHashSet();
            var entered = statistics.Where(s => s.Cell.Equals(feeCell)).ToArray();
            var used = entered.Where(s => !recordingAgencies.Contains(s.AgencyId)).ToArray();
            overridden.AddRange(entered.Where(s => recordingAgencies.Contains(s.AgencyId)));
            cells[feeCell] = new ReportCell(feeCell, paid.Sum(x => x.Fen) / FeesCollected.FenPerTenThousandYuan + used.Sum(s => s.Value))
                .WithRecords(paid.Select(x => x.Request.Id).Concat(used.Select(s => s.Id)));
        }

        var mirrored = MirroredFigures(format);
        foreach (var group in statistics.Where(s => !s.Cell.Equals(feeCell)).GroupBy(s => s.Cell))
        {
            if (cells.ContainsKey(group.Key) || mirrored.Contains(group.Key))
            {
                overridden.AddRange(group);
                continue;
            }

            cells[group.Key] = new ReportCell(group.Key, group.Sum(s => s.Value)).WithRecords(group.Select(s => s.Id));
        }

        if (format == ReportFormat.Format2014)
        {
            foreach (var (figure, row) in NarrativeFigures.StatisticsCounterparts)
            {
                if (cells.TryGetValue(StatisticsTableRows.At(row), out var source))
                {
                    cells[NarrativeFigures.At(figure)] = new ReportCell(NarrativeFigures.At(figure), source.Value, source.RecordIds);
                }
            }
        }

        return new ReportAssembly(cells, overridden);
    }

    /// <summary>2014: the 正文 figures that take the value of their 统计表 row.</summary>
    private static IReadOnlySet<CellAddress> MirroredFigures(ReportFormat format) =>
        format == ReportFormat.Format2014 ? Mirrored2014 : NoAddresses;

    private static readonly IReadOnlySet<CellAddress> Mirrored2014 =
        NarrativeFigures.StatisticsCounterparts.Select(p => NarrativeFigures.At(p.Figure)).ToHashSet();

    private static readonly IReadOnlySet<CellAddress> NoAddresses = new HashSet<CellAddress>();
}
