using Gongkai.Domain.AnnualReports;

namespace Gongkai.Domain.Audit.Extraction;

/// <summary>
/// What <see cref="AgencyTableReader"/> read from an agency's own table: its cells at the agency's labels, the
/// figures its labels name (table 正文, marked as loosely matched), rows set aside, and reading notes.
/// </summary>
public sealed class AgencyTableReading
{
    private readonly Dictionary<string, ReportCell> _cells = new(StringComparer.Ordinal);
    private readonly List<ReportCell> _order = [];
    private readonly List<ReportCell> _official = [];
    private readonly HashSet<string> _officialKeys = new(StringComparer.Ordinal);
    private readonly List<ReportCell> _setAside = [];
    private readonly List<ReadingNote> _notes = [];

    /// <summary>The cells at the agency's own labels (table <see cref="AgencyTableReader.TableId"/>, column 本年度).</summary>
    public IReadOnlyList<ReportCell> Cells => _order;

    /// <summary>The figures of table 正文 the own labels name, first row per figure, marked loose-label.</summary>
    public IReadOnlyList<ReportCell> Official => _official;

    /// <summary>Rows whose this-year figure could not be told apart, shown (value blank) with the readings they admit.</summary>
    public IReadOnlyList<ReportCell> SetAside => _setAside;

    /// <summary>Reading notes: rows set aside (warning), digit runs split the one possible way (info).</summary>
    public IReadOnlyList<ReadingNote> Notes => _notes;

    private readonly List<(int Start, int End)> _regions = [];

    /// <summary>Whether <paramref name="source"/> lies in an own table (its figures are the table's, not the text's).</summary>
    public bool Covers(SourceLocation source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return _regions.Any(r => source.Offset >= r.Start && source.Offset < r.End);
    }

    internal void Cover(int start, int end) => _regions.Add((start, end));

    internal bool Has(CellAddress address) => _cells.ContainsKey(address.Key);

    internal void Add(ReportCell cell)
    {
        if (_cells.TryAdd(cell.Address.Key, cell))
        {
            _order.Add(cell);
        }
    }

    internal void AddOfficial(ReportCell cell)
    {
        if (_officialKeys.Add(cell.Address.Key))
        {
            _official.Add(cell);
        }
    }

    internal void PutAside(CellAddress address, ReportCell cell, ReadingNote note)
    {
        if (_cells.TryAdd(address.Key, cell))
        {
            _setAside.Add(cell);
            _notes.Add(note);
        }
    }

    internal void Note(ReadingNote note) => _notes.Add(note);
}
