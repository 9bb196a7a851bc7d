using System.Collections.Concurrent;

namespace Gongkai.Domain.AnnualReports.Generation;

/// <summary>
/// The cells of each format that are counted from records (requests, appeals, the normative-document register), each
/// with the ids of the records counted. The fee cell (<see cref="FeesCollected"/>) and the 2014 正文 figures mirrored
/// from the 统计表 are handled by the generator.
/// </summary>
internal static class ComputedCells
{
    private static readonly ConcurrentDictionary<ReportFormat, IReadOnlySet<CellAddress>> AddressesByFormat = new();

    public static IReadOnlyList<ReportCell> For(ReportFormat format, ReportingYear year, ReportRecords records) => format switch
    {
        ReportFormat.Format2021 =>
        [
            .. NormativeDocumentCells.Table2Of2021(year, records.NormativeDocuments),
            .. RequestCells(format, year, records),
            .. AppealCells.Table4(year, records.Reconsiderations, records.Litigations),
        ],
        ReportFormat.Format2019 =>
        [
            .. NormativeDocumentCells.Table2Of2019(year, records.NormativeDocuments),
            .. RequestCells(format, year, records),
            .. AppealCells.Table4(year, records.Reconsiderations, records.Litigations),
        ],
        ReportFormat.Format2014 => StatisticsTable(year, records),
        ReportFormat.Format2008 => Narrative(year, records),
    };

    /// <summary>The addresses <see cref="For"/> fills in <paramref name="format"/>.</summary>
    public static IReadOnlySet<CellAddress> Addresses(ReportFormat format) =>
        AddressesByFormat.GetOrAdd(format, f =>
            For(f, new ReportingYear(f.FirstYear), ReportRecords.Empty).Select(c => c.Address).ToHashSet());

    /// <summary>The request cells: from the tallies counted in the database when given, else from the requests one by one.</summary>
    private static IReadOnlyList<ReportCell> RequestCells(ReportFormat format, ReportingYear year, ReportRecords records) =>
        records.RequestTallies is { } tallies
            ? RequestStatisticsCalculator.Cells(format, tallies)
            : RequestStatisticsCalculator.Cells(format, year, records.Requests);

    private static IReadOnlyList<ReportCell> StatisticsTable(ReportingYear year, ReportRecords records) =>
    [
        .. NormativeDocumentCells.StatisticsTable(year, records.NormativeDocuments),
        .. RequestCells(ReportFormat.Format2014, year, records),
        .. AppealCells.StatisticsTable(year, records.Reconsiderations, records.Litigations),
    ];

    /// <summary>
    /// 2008: the 正文 figures that mirror a 统计表 row (<see cref="NarrativeFigures.StatisticsCounterparts"/>) are counted
    /// exactly as that row would be in 2014, so a narrative of 2013 and a table of 2014 count alike.
    /// </summary>
    private static IReadOnlyList<ReportCell> Narrative(ReportingYear year, ReportRecords records)
    {
        var byRow = StatisticsTable(year, records).ToDictionary(c => c.Address);
        return NarrativeFigures.StatisticsCounterparts
            .Select(pair => (pair.Figure, Row: byRow.GetValueOrDefault(StatisticsTableRows.At(pair.StatisticsRow))))
            .Where(p => p.Row is not null)
            .Select(p => new ReportCell(NarrativeFigures.At(p.Figure), p.Row!.Value, p.Row.RecordIds))
            .ToArray();
    }
}
