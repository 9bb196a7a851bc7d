namespace Gongkai.Domain.AnnualReports;

/// <summary>
/// The records counted in each of a fixed, ordered set of cells; every cell starts at 0. Counting into a cell outside
/// the set is a programming error (a label that drifted from the layout) and throws.
/// </summary>
internal sealed class CellTally
{
    private readonly List<CellAddress> _order = [];
    private readonly Dictionary<CellAddress, List<Guid>> _records = [];

    /// <summary>Adds a cell, at 0.</summary>
    public void Open(CellAddress address)
    {
        if (_records.TryAdd(address, []))
        {
            _order.Add(address);
        }
    }

    /// <summary>Counts <paramref name="record"/> in the cell at <paramref name="address"/>.</summary>
    /// <exception cref="InvalidOperationException">The cell is not one of the tally's cells.</exception>
    public void Count(CellAddress address, Guid record)
    {
        if (!_records.TryGetValue(address, out var records))
        {
            throw new InvalidOperationException($"单元格{address.Describe()}不在统计范围内。");
        }

        records.Add(record);
    }

    /// <summary>The cells in the order opened, each with its count and the records behind it.</summary>
    public IReadOnlyList<ReportCell> Cells() =>
        _order.Select(a => new ReportCell(a, _records[a].Count).WithRecords(_records[a])).ToArray();
}
