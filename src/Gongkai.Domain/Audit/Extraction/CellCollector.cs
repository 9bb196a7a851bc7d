using Gongkai.Domain.AnnualReports;
using Gongkai.Domain.Audit.Rules;

namespace Gongkai.Domain.Audit.Extraction;

/// <summary>
/// Gathers the cells read from one report: turns printed values into cell values (blank, "/" and "—" → blank;
/// "无" → 0; "2.46万件" → 24600; yuan into 万元 where the form asks for 万元), merges 本年增 and 本年减 printed as two
/// columns into the signed 本年增/减, and keeps the first reading of each address.
/// </summary>
internal sealed class CellCollector(ReportLayout layout)
{
    private readonly Dictionary<string, ReportCell> _cells = new(StringComparer.Ordinal);
    private readonly List<ReportCell> _order = [];
    private readonly List<ReportCell> _setAside = [];
    private readonly Dictionary<string, SourceLocation> _doubtful = new(StringComparer.Ordinal);
    private readonly List<ReadingNote> _notes = [];
    private readonly List<ReportCell> _subtotals = [];

    public IReadOnlyList<ReportCell> Cells => _order;

    /// <summary>Subtotal rows (小计/合计) the agency added inside a table, at [group…, 小计] (not official addresses).</summary>
    public IReadOnlyList<ReportCell> Subtotals => _subtotals;

    public IReadOnlyList<ReportCell> SetAsideCells => _setAside;

    public IReadOnlyDictionary<string, SourceLocation> Doubtful => _doubtful;

    public IReadOnlyList<ReadingNote> Notes => _notes;

    /// <summary>The reading, with its doubts.</summary>
    public CellReading ToReading() => new(_order.ToArray(), _setAside.ToArray(), new Dictionary<string, SourceLocation>(_doubtful, StringComparer.Ordinal), _notes.ToArray())
    {
        Subtotals = _subtotals.ToArray(),
    };

    /// <summary>
    /// Adds a subtotal row of the group <paramref name="groupPath"/> (a heading row of the layout, such as
    /// 三、本年度办理结果 › （三）不予公开): its values at [group…, 小计] × column. <paramref name="doubt"/> says why the
    /// group is not certain (a bare "小计" taken to be the group of the row above); then every value is marked so.
    /// </summary>
    public void AddSubtotal(ReportTable table, IReadOnlyList<string> groupPath, IReadOnlyList<(ColumnRef Column, PrintedValue Value)> values, string? doubt)
    {
        foreach (var (column, printed) in values.Where(v => v.Value.IsValue && v.Column.Role == ColumnRole.Official))
        {
            var address = new CellAddress(table.Id, [.. groupPath, SubtotalLabel], column.Path);
            if (_subtotals.Any(c => c.Address.Equals(address)))
            {
                continue;
            }

            var source = doubt is null ? printed.Source : printed.Source.WithDoubt(ReadingCertainty.LooseLabel, doubt);
            _subtotals.Add(new ReportCell(address, ValueOf(printed.Figure, null), source: source));
        }
    }

    /// <summary>
    /// A subtotal column the agency added inside a table (法人或其他组织 › 小计 in table 三): the cell of
    /// <paramref name="rowPath"/> at [group…, 小计] (no official address).
    /// </summary>
    public void AddColumnSubtotal(ReportTable table, IReadOnlyList<string> rowPath, IReadOnlyList<string> columnGroup, PrintedValue printed)
    {
        var address = new CellAddress(table.Id, rowPath, [.. columnGroup, SubtotalLabel]);
        if (printed.IsValue && !_subtotals.Any(c => c.Address.Equals(address)))
        {
            _subtotals.Add(new ReportCell(address, ValueOf(printed.Figure, null), source: printed.Source));
        }
    }

    /// <summary>The row label subtotal cells are filed under.</summary>
    public const string SubtotalLabel = "小计";

    /// <summary>Whether a loose label is a subtotal word printed as a column header ("小计", "合计").</summary>
    public static bool IsSubtotalWord(string loose) => loose is SubtotalLabel or "合计";

    /// <summary>Whether a row of <paramref name="table"/> already has a cell read or set aside (the first reading wins).</summary>
    public bool HasRow(ReportTable table, IReadOnlyList<string> rowPath) =>
        table.Columns.Any(c => _cells.ContainsKey(new CellAddress(table.Id, rowPath, c).Key) || _doubtful.ContainsKey(new CellAddress(table.Id, rowPath, c).Key));

    /// <summary>
    /// Sets a row aside that could not be placed unambiguously: its values go at their likeliest columns marked
    /// <see cref="ReadingCertainty.Ambiguous"/> (not used by the rules), every address of the row is doubtful, and a
    /// warning note says why.
    /// </summary>
    public void SetAside(ReportTable table, IReadOnlyList<string> rowPath, IReadOnlyList<(ColumnRef Column, PrintedValue Value)> likeliest,
        SourceLocation rowSource, string doubt)
    {
        var rowKey = LabelKey.Of(rowPath);
        var columns = table.Cells.Where(c => LabelKey.Of(c.RowPath) == rowKey).ToArray();
        if (columns.Any(c => _cells.ContainsKey(c.Address.Key) || _doubtful.ContainsKey(c.Address.Key)))
        {
            return;
        }

        var where = rowSource.WithDoubt(ReadingCertainty.Ambiguous, doubt);
        foreach (var definition in columns)
        {
            _doubtful[definition.Address.Key] = where;
        }

        var placed = new List<ReportCell>();
        foreach (var (column, printed) in likeliest.Where(v => v.Value.IsValue))
        {
            var address = new CellAddress(table.Id, rowPath, column.Path);
            var definition = layout.Find(address);
            var cell = new ReportCell(definition?.Address ?? address, ValueOf(printed.Figure, definition),
                source: printed.Source.WithDoubt(ReadingCertainty.Ambiguous, doubt));
            _setAside.Add(cell);
            placed.Add(cell);
        }

        var label = string.Join("›", rowPath);
        _notes.Add(new ReadingNote(AuditRuleIds.ReadingAmbiguous, FindingSeverity.Warning, label,
            $"表{table.Id}“{label}”（{rowSource.Describe()}）：{doubt}；这些数值未参与勾稽核对，请对照原文核对该行。", where, placed));
    }

    /// <summary>Takes over what a trial reading of one grid found: its cells, rows set aside and notes.</summary>
    public void TakeOver(CellCollector trial)
    {
        foreach (var (key, where) in trial._doubtful)
        {
            _doubtful.TryAdd(key, where);
        }

        foreach (var cell in trial._order)
        {
            if (!_doubtful.ContainsKey(cell.Address.Key))
            {
                Add(cell);
            }
        }

        _setAside.AddRange(trial._setAside);
        _notes.AddRange(trial._notes);
        _subtotals.AddRange(trial._subtotals);
    }

    /// <summary>Adds a reading note (an inferred split, a loosely matched label).</summary>
    public void Note(ReadingNote note) => _notes.Add(note);

    public int Count => _order.Count;

    /// <summary>Adds the values printed in one row of <paramref name="table"/>.</summary>
    /// <returns>How many cells were added.</returns>
    public int AddRow(ReportTable table, IReadOnlyList<string> rowPath, IReadOnlyList<(ColumnRef Column, PrintedValue Value)> values)
    {
        var added = 0;
        foreach (var group in values.Where(v => v.Value.IsValue).GroupBy(v => LabelKey.Of(v.Column.Path).Value))
        {
            var items = group.ToArray();
            var column = items[0].Column.Path;
            var address = new CellAddress(table.Id, rowPath, column);
            var definition = layout.Find(address);
            decimal? value;
            SourceLocation source;
            if (items.Any(i => i.Column.Role != ColumnRole.Official))
            {
                var filled = items.Where(i => ValueOf(i.Value.Figure, definition) is not null).ToArray();
                value = filled.Length == 0
                    ? null
                    : filled.Sum(i => i.Column.Role == ColumnRole.Decrease ? -Math.Abs(ValueOf(i.Value.Figure, definition)!.Value) : ValueOf(i.Value.Figure, definition)!.Value);
                source = (filled.Length > 0 ? filled[0] : items[0]).Value.Source;
            }
            else
            {
                value = ValueOf(items[0].Value.Figure, definition);
                source = items[0].Value.Source;
            }

            if (_doubtful.ContainsKey((definition?.Address ?? address).Key))
            {
                continue;
            }

            if (Add(new ReportCell(definition?.Address ?? address, value, source: source)))
            {
                added++;
            }
        }

        return added;
    }

    public bool Add(ReportCell cell)
    {
        if (!_cells.TryAdd(cell.Address.Key, cell))
        {
            return false;
        }

        _order.Add(cell);
        return true;
    }

    internal static decimal? ValueOf(Figure figure, CellDefinition? definition)
    {
        switch (figure.Kind)
        {
            case FigureKind.NoneWord:
                return 0m;
            case FigureKind.Number when figure.Unit == FigureUnit.Percent:
                return null;
            case FigureKind.Number:
                if (definition?.Unit == "万元" && figure.ValueInYuan is { } yuan && figure.Unit != FigureUnit.WanYuan)
                {
                    return yuan / 10_000m;
                }

                return figure.Value;
            default:
                return null;
        }
    }
}
