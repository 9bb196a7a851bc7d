using FsCheck;
using FsCheck.Fluent;
using Gongkai.Domain.AnnualReports;

namespace Gongkai.Domain.Tests.AnnualReports;

/// <summary>
/// A table 三 that satisfies every rule: outcome counts per (outcome row, applicant column), carried forward per
/// applicant column, carried over per applicant column; 一 and every total are computed.
/// </summary>
internal sealed class ConsistentTable3
{
    private readonly ReportFormat _format;
    private readonly int[,] _outcomes;
    private readonly int[] _carriedOver;
    private readonly int[] _carriedForward;

    public ConsistentTable3(ReportFormat format, int[,] outcomes, int[] carriedOver, int[] carriedForward)
    {
        _format = format;
        _outcomes = outcomes;
        _carriedOver = carriedOver;
        _carriedForward = carriedForward;
        for (var c = 0; c < 6; c++)
        {
            if (NewRequests(c) < 0)
            {
                throw new ArgumentException("carried over exceeds what was handled", nameof(carriedOver));
            }
        }
    }

    public static int OutcomeRowCount(ReportFormat format) => Table3Labels.OutcomeRows(format).Count;

    /// <summary>All 7 × rows cells.</summary>
    public IEnumerable<ReportCell> Cells()
    {
        var outcomeRows = Table3Labels.OutcomeRows(_format);
        for (var c = 0; c <= 6; c++)
        {
            var column = Table3Labels.Columns[c];
            yield return new ReportCell(Table3Labels.At(Table3Labels.NewRequestsRow, column), Sum(NewRequests, c));
            yield return new ReportCell(Table3Labels.At(Table3Labels.CarriedOverRow, column), Sum(i => _carriedOver[i], c));
            for (var r = 0; r < outcomeRows.Count; r++)
            {
                var row = r;
                yield return new ReportCell(Table3Labels.At(outcomeRows[r], column), Sum(i => _outcomes[row, i], c));
            }

            yield return new ReportCell(Table3Labels.At(Table3Labels.OutcomeTotalRow, column), Sum(OutcomeTotal, c));
            yield return new ReportCell(Table3Labels.At(Table3Labels.CarriedForwardRow, column), Sum(i => _carriedForward[i], c));
        }
    }

    public AnnualReportData Report(int year = 2021) => Reports.Of(_format, year, Cells());

    /// <summary>Random consistent tables; counts up to 40 per cell.</summary>
    public static Gen<ConsistentTable3> Generator(ReportFormat format)
    {
        var rows = OutcomeRowCount(format);
        return
            from outcomes in Gen.Choose(0, 40).ArrayOf(rows * 6)
            from forward in Gen.Choose(0, 15).ArrayOf(6)
            from overSeeds in Gen.Choose(0, 1000).ArrayOf(6)
            select Build(format, rows, outcomes, forward, overSeeds);
    }

    private static ConsistentTable3 Build(ReportFormat format, int rows, int[] flat, int[] forward, int[] overSeeds)
    {
        var outcomes = new int[rows, 6];
        for (var i = 0; i < flat.Length; i++)
        {
            outcomes[i / 6, i % 6] = flat[i];
        }

        var over = new int[6];
        for (var c = 0; c < 6; c++)
        {
            var handled = Enumerable.Range(0, rows).Sum(r => outcomes[r, c]) + forward[c];
            over[c] = overSeeds[c] % (handled + 1);
        }

        return new ConsistentTable3(format, outcomes, over, forward);
    }

    private int OutcomeTotal(int c) => Enumerable.Range(0, _outcomes.GetLength(0)).Sum(r => _outcomes[r, c]);

    private int NewRequests(int c) => OutcomeTotal(c) + _carriedForward[c] - _carriedOver[c];

    /// <summary>Column c for an applicant column, or the sum of the six for the total column (c = 6).</summary>
    private static decimal Sum(Func<int, int> perApplicant, int c) =>
        c < 6 ? perApplicant(c) : Enumerable.Range(0, 6).Sum(perApplicant);
}
