namespace Gongkai.Domain.AnnualReports;

/// <summary>
/// The records counted in each of a fixed, ordered set of cells; every cell starts at 0. Counting into a cell outside
/// the set is a programming error (a label that drifted from the layout) and throws. A cell keeps the ids of the
/// records behind it as long as every count added to it came with its ids (counts made in the database do not: their
/// drill-down re-runs the query).
/// </summary>
internal sealed class CellTally
{
    private readonly List<CellAddress> _order = [];
    private readonly Dictionary<CellAddress, Entry> _entries = [];

    /// <summary>Adds a cell, at 0.</summary>
    public void Open(CellAddress address)
    {
        if (_entries.TryAdd(address, new Entry()))
        {
            _order.Add(address);
        }
    }

    /// <summary>Counts <paramref name="record"/> in the cell at <paramref name="address"/>.</summary>
    /// <exception cref="InvalidOperationException">The cell is not one of the tally's cells.</exception>
    public void Count(CellAddress address, Guid record) => Count(address, 1, [record]);

    /// <summary>Adds <paramref name="count"/> records to the cell; <paramref name="records"/> null when their ids are not known.</summary>
    /// <exception cref="InvalidOperationException">The cell is not one of the tally's cells.</exception>
    public void Count(CellAddress address, int count, IReadOnlyList<Guid>? records)
    {
        if (!_entries.TryGetValue(address, out var entry))
        {
            throw new InvalidOperationException($"单元格{address.Describe()}不在统计范围内。");
        }

        entry.Count += count;
        if (records is null)
        {
            entry.AllKnown = false;
        }
        else
        {
            entry.Records.AddRange(records);
        }
    }

    /// <summary>The cells in the order opened, each with its count and, when all are known, the records behind it.</summary>
    public IReadOnlyList<ReportCell> Cells() =>
        _order.Select(a =>
        {
            var entry = _entries[a];
            var cell = new ReportCell(a, entry.Count);
            return entry.AllKnown ? cell.WithRecords(entry.Records) : cell;
        }).ToArray();

    private sealed class Entry
    {
        public long Count { get; set; }

        public bool AllKnown { get; set; } = true;

        public List<Guid> Records { get; } = [];
    }
}
