using Gongkai.Domain.AnnualReports;

namespace Gongkai.Domain.Audit.Extraction;

/// <summary>
/// Reads tables that were flattened into plain text with one label or value per line, as text saved from a web page
/// has them (西宁 2017 统计表, 白云鄂博 2019 tables 二/三/四). A table starts at a line printing its title and ends at
/// the next table's title or a part of the report that holds no table.
/// <list type="bullet">
/// <item>A row label is followed by its values; values fill the columns in the official column order (the order the
/// grid has them, whatever order rowspans flattened the headers into). A one-column table (统计表) whose row label is
/// followed directly by the next label has a blank cell.</item>
/// <item>Column labels printed after values start a new header (the sub-tables of table 二); "本年增"/"本年减" map to
/// 本年增/减 with their sign.</item>
/// <item>A table with an unlabelled row (table 四): values after a block of column labels fill the last columns
/// printed (a lone value after "总计" is the 总计); the k-th time a leaf is printed it is the k-th column with
/// that leaf.</item>
/// <item>A label split over two lines ("四、结转下年" / "度继续办理") is joined; a bracketed note line is ignored.</item>
/// </list>
/// </summary>
internal sealed class FlattenedTableReader
{
    private readonly ReportLayout _layout;
    private readonly CellCollector _sink;
    private readonly (ReportTable Table, string Title, string Heading)[] _tables;
    private readonly string[] _closingHeadings;

    private ReportTable? _table;
    private TableRowMatcher? _rows;
    private TableColumnMatcher? _columns;
    private readonly List<(ColumnRef? Column, string Label)> _header = [];
    private readonly Dictionary<string, int> _leafOccurrences = new(StringComparer.Ordinal);
    private bool _headerOpen;
    private bool _expectHeaders;
    private RowNode? _row;
    private ReportLine? _rowLine;
    private readonly List<PrintedValue> _values = [];
    private (ReportLine Line, string Text)? _unmatched;

    public FlattenedTableReader(ReportLayout layout, CellCollector sink)
    {
        _layout = layout;
        _sink = sink;
        _tables = layout.Tables
            .Where(t => t.Id != NarrativeFigures.TableId)
            .Select(t => (t, LooseLabel.Of(t.Title), LooseLabel.Of(layout.Sections.FirstOrDefault(s => s.TableId == t.Id)?.Heading ?? t.Title)))
            .ToArray();
        _closingHeadings = layout.Sections.Where(s => s.TableId is null).Select(s => LooseLabel.Of(s.Heading)).Where(s => s.Length > 0).ToArray();
    }

    /// <summary>Reads every line that is not part of a grid table.</summary>
    public void Read(IEnumerable<ReportLine> lines)
    {
        foreach (var line in lines)
        {
            Accept(line);
        }

        Close();
    }

    private void Accept(ReportLine line)
    {
        var text = line.Original.Trim();
        if (text.Length == 0)
        {
            return;
        }

        var loose = LooseLabel.Of(text);
        if (loose.Length > 0 && loose.Length <= 40)
        {
            foreach (var (table, title, heading) in _tables)
            {
                if (LooseLabel.Similar(loose, title) || LooseLabel.Similar(loose, heading))
                {
                    Open(table);
                    return;
                }
            }

            if (_table is not null && _closingHeadings.Any(h => LooseLabel.Similar(h, loose)))
            {
                Close();
                return;
            }
        }

        if (_table is null)
        {
            return;
        }

        var figure = FigureParser.Parse(text);
        if (figure.Kind != FigureKind.Text)
        {
            if (figure.Kind == FigureKind.Blank)
            {
                return;
            }

            var offset = line.Source.Offset + Math.Max(0, line.Original.IndexOf(text, StringComparison.Ordinal));
            _values.Add(new PrintedValue(figure, new SourceLocation(Math.Max(1, line.Source.Line), offset, text, line.Source.Page)));
            _headerOpen = false;
            _unmatched = null;
            if (_row is null && !_rows!.HasUnlabelledRow)
            {
                _values.Clear();
            }
            else if (IsSingleColumn && _values.Count == 1)
            {
                FlushRow();
            }

            return;
        }

        AcceptLabel(line, text, loose);
    }

    private bool IsSingleColumn => _table!.Columns.Count == 1;

    private void AcceptLabel(ReportLine line, string text, string loose)
    {
        if (loose.Length == 0 || text.Length > 60)
        {
            return; // a bracketed note, or running text
        }

        var rows = _rows!;
        var columns = _columns!;
        var headerFirst = _expectHeaders || rows.Table.Rows.All(r => r.Count == 0);
        if (headerFirst && !IsSingleColumn && columns.IsHeaderLabel(text))
        {
            AddHeader(text);
            return;
        }

        var node = rows.Match([text]);
        if (node is null && _unmatched is { } previous)
        {
            node = rows.Match([previous.Text + text]);
            if (node is not null)
            {
                line = previous.Line;
            }
        }

        if (node is not null)
        {
            FlushRow();
            _unmatched = null;
            if (node.IsData)
            {
                _row = node;
                _rowLine = line;
                _expectHeaders = false;
            }
            else
            {
                _row = null;
                _expectHeaders = node.Path.Count == 1 && _table!.Id == Table2Labels.TableId;
            }

            return;
        }

        if (!IsSingleColumn && columns.IsHeaderLabel(text))
        {
            AddHeader(text);
            return;
        }

        _unmatched = (line, text);
    }

    private void AddHeader(string text)
    {
        FlushRow();
        _row = null;
        if (!_headerOpen)
        {
            _header.Clear();
            _headerOpen = true;
        }

        ColumnRef? column = null;
        if (_columns!.IsLeafLabel(text))
        {
            var leaf = LooseLabel.Of(text);
            _leafOccurrences.TryGetValue(leaf, out var occurrence);
            _leafOccurrences[leaf] = occurrence + 1;
            column = _columns.Match([text], occurrence);
        }

        _header.Add((column, text));
        _unmatched = null;
    }

    private void FlushRow()
    {
        if (_table is null)
        {
            return;
        }

        var columns = _header.Where(h => h.Column is not null).Select(h => h.Column!).ToList();
        if (IsSingleColumn)
        {
            columns = [new ColumnRef(_table.Columns[0], ColumnRole.Official, 0)];
        }

        if (_row is not null)
        {
            if (_values.Count == 0 && IsSingleColumn && _rowLine is { } labelLine)
            {
                // a one-column table whose label is followed by the next label: the cell is blank
                var next = labelLine.Number < _lineCount ? _lines![labelLine.Number] : labelLine;
                _sink.AddRow(_table, _row.Path, [(columns[0], new PrintedValue(FigureParser.Parse(string.Empty), new SourceLocation(Math.Max(1, next.Source.Line), next.Source.Offset, string.Empty, next.Source.Page)))]);
            }
            else if (_values.Count > 0)
            {
                var ordered = columns.Where((c, i) => columns.FindIndex(x => x.Order == c.Order && x.Role == c.Role) == i)
                    .OrderBy(c => c.Order).ToList();
                var pairs = ordered.Zip(_values, (c, v) => (c, v)).ToList();
                _sink.AddRow(_table, _row.Path, pairs);
            }
        }
        else if (_values.Count > 0 && _rows!.HasUnlabelledRow && columns.Count > 0)
        {
            // values after a block of headers fill the last columns printed
            var take = Math.Min(columns.Count, _values.Count);
            var pairs = columns.Skip(columns.Count - take).Zip(_values.Skip(_values.Count - take), (c, v) => (c, v)).ToList();
            _sink.AddRow(_table, [], pairs);
        }

        _values.Clear();
        _row = null;
        _rowLine = null;
    }

    private void Open(ReportTable table)
    {
        Close();
        _table = table;
        _rows = new TableRowMatcher(table);
        _columns = new TableColumnMatcher(table);
        _header.Clear();
        _leafOccurrences.Clear();
        _headerOpen = false;
        _expectHeaders = true;
        _unmatched = null;
    }

    private void Close()
    {
        FlushRow();
        _table = null;
        _rows = null;
        _columns = null;
    }

    private IReadOnlyList<ReportLine>? _lines;
    private int _lineCount;

    /// <summary>Reads the lines of <paramref name="text"/> that are not rows of a grid (<paramref name="skip"/>).</summary>
    public void Read(ReportText text, Func<ReportLine, bool> skip)
    {
        _lines = text.Lines;
        _lineCount = text.Lines.Count;
        Read(text.Lines.Where(l => !skip(l)));
    }
}
