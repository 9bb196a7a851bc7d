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

    /// <summary>The group a subtotal row of table 三 being read adds up ("（三）不予公开小计", a bare "合计", the group's heading followed by figures).</summary>
    private (IReadOnlyList<string> Group, string? Doubt)? _subtotal;
    private RowNode? _lastData;

    /// <summary>The official column a 小计 column is printed after in the header of table 三 (法人或其他组织 › 其他 › 小计).</summary>
    private ColumnRef? _subtotalColumnAfter;
    private ReportLine? _rowLine;
    private readonly List<PrintedValue> _values = [];

    // what followed the row label (or the header block) line by line: a printed value, or null for a blank line
    private readonly List<Slot> _slots = [];

    // whether the table's text puts a blank line between cells: any two printed lines in a row since the table
    // opened say it does not
    private int _adjacentLines;
    private bool _previousBlank = true;
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
        var previousBlank = _previousBlank;
        _previousBlank = text.Length == 0;
        if (text.Length > 0 && !previousBlank && _table is not null)
        {
            _adjacentLines++;
        }

        if (text.Length == 0)
        {
            if (_table is not null)
            {
                _slots.Add(new Slot(null, line));
            }

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
            // a printed marker ("/", "—") is a printed cell: it takes its place in the row
            var offset = line.Source.Offset + Math.Max(0, line.Original.IndexOf(text, StringComparison.Ordinal));
            var printed = new PrintedValue(figure, new SourceLocation(Math.Max(1, line.Source.Line), offset, text, line.Source.Page));
            _values.Add(printed);
            _slots.Add(new Slot(printed, line));
            _headerOpen = false;
            _unmatched = null;
            if (_row is null && _subtotal is null && !_rows!.HasUnlabelledRow)
            {
                _values.Clear();
                _slots.Clear();
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
                _lastData = node;
                _expectHeaders = false;
            }
            else
            {
                _row = null;
                _expectHeaders = node.Path.Count == 1 && _table!.Id == Table2Labels.TableId;

                // a group heading of table 三: figures that follow it before the next label are its subtotal
                _subtotal = _table!.Id == Table3Labels.TableId ? GridTableReader.Subtotal([text], node, _lastData, rows) : null;
            }

            return;
        }

        // a "小计" column in the header of table 三 (商业企业 … 其他 小计): its figures are taken out of each row
        if (_table!.Id == Table3Labels.TableId && _headerOpen && CellCollector.IsSubtotalWord(LooseLabel.Of(text)))
        {
            _subtotalColumnAfter = _header.LastOrDefault(h => h.Column is not null).Column is { Path.Count: >= 3 } after ? after : null;
            _header.Add((null, text));
            _unmatched = null;
            return;
        }

        // "小计" / "（三）不予公开小计" / "合计" inside table 三: the figures that follow are the agency's subtotal row
        if (_table!.Id == Table3Labels.TableId && GridTableReader.Subtotal([text], null, _lastData, rows) is { } subtotal)
        {
            FlushRow();
            _subtotal = subtotal;
            _unmatched = null;
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
            _subtotalColumnAfter = null;
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
                var ordered = InPrintOrder(columns);
                if (_subtotalColumnAfter is { } after && _values.Count == ordered.Count + 1 && ordered.FindIndex(c => c.Order == after.Order) is >= 0 and var at)
                {
                    // the agency's 小计 column: every column printed, so the figure after the group's last column is it
                    _sink.AddColumnSubtotal(_table, _row.Path, after.Path.Take(after.Path.Count - 1).ToArray(), _values[at + 1]);
                    _values.RemoveAt(at + 1);
                }
                else if (_subtotalColumnAfter is not null && _values.Count <= ordered.Count && _rowLine is { } rowLine)
                {
                    // a row with a blank cell beside the 小计 column: which figure is the subtotal is not known
                    var source = new SourceLocation(Math.Max(1, rowLine.Source.Line), rowLine.Source.Offset, rowLine.Original.Trim(), rowLine.Source.Page);
                    _sink.SetAside(_table, _row.Path, ordered.Zip(_values, (c, v) => (c, v)).ToList(), source,
                        $"该行印有{_values.Count}个数值，表中另有“小计”列（共{ordered.Count + 1}列），不能确定哪一列为空");
                    _values.Clear();
                }

                if (_values.Count > 0)
                {
                    Place(_row.Path, ordered, _rowLine, lastColumnsFirst: false);
                }
            }
        }
        else if (_subtotal is { } subtotal && _values.Count > 0)
        {
            // only a row printed in full is placed: a subtotal row is no official cell, and a guess is not worth one
            var ordered = InPrintOrder(columns);
            if (_values.Count == ordered.Count)
            {
                _sink.AddSubtotal(_table, subtotal.Group, ordered.Zip(_values, (c, v) => (c, v)).ToList(), subtotal.Doubt);
            }
        }
        else if (_values.Count > 0 && _rows!.HasUnlabelledRow && columns.Count > 0)
        {
            Place([], columns, null, lastColumnsFirst: true);
        }

        _values.Clear();
        _slots.Clear();
        _row = null;
        _rowLine = null;
        _subtotal = null;
    }

    /// <summary>
    /// Places the values of one row in <paramref name="columns"/>. Every column printed: in order. Fewer values than
    /// columns: the blank lines say where the blanks are. When the table's text has two printed lines in a row
    /// somewhere, every blank line is a cell (blank lines past the last column are padding); when every printed line
    /// is followed by a blank line, cells are separated by one blank line (so a run of 2k+1 blank lines holds k
    /// blank cells). When that reading gives the row's column count, the values are placed by it; otherwise the row
    /// is set aside as ambiguous (<see cref="CellCollector.SetAside"/>).
    /// For the unlabelled row of table 四 a lone value after a block of labels is the last column printed (白云鄂博
    /// prints one 0 after each 总计).
    /// </summary>
    private void Place(IReadOnlyList<string> rowPath, IReadOnlyList<ColumnRef> columns, ReportLine? rowLine, bool lastColumnsFirst)
    {
        var table = _table!;
        if (_values.Count >= columns.Count)
        {
            var values = lastColumnsFirst ? _values.Skip(_values.Count - columns.Count) : _values;
            _sink.AddRow(table, rowPath, columns.Zip(values, (c, v) => (c, v)).ToList());
            return;
        }

        var placements = new List<Slot[]>();
        var separated = _adjacentLines == 0;
        foreach (var placement in new[] { separated ? null : EveryBlankIsACell(columns.Count), separated ? SeparatedByBlankLines(columns.Count) : null })
        {
            if (placement is not null && !placements.Any(p => p.Select(x => x.Value).SequenceEqual(placement.Select(x => x.Value))))
            {
                placements.Add(placement);
            }
        }

        if (placements.Count == 1)
        {
            var pairs = new List<(ColumnRef, PrintedValue)>();
            for (var i = 0; i < columns.Count; i++)
            {
                var slot = placements[0][i];
                pairs.Add((columns[i], slot.Value ?? new PrintedValue(FigureParser.Parse(string.Empty),
                    new SourceLocation(Math.Max(1, slot.Line.Source.Line), slot.Line.Source.Offset, string.Empty, slot.Line.Source.Page))));
            }

            _sink.AddRow(table, rowPath, pairs);
            return;
        }

        if (DigitRunSplit(columns) is { } split)
        {
            _sink.AddRow(table, rowPath, split.Pairs);
            var label = rowPath.Count > 0 ? string.Join("›", rowPath) : "（无行标签）";
            _sink.Note(new ReadingNote(Rules.AuditRuleIds.ReadingInferred, FindingSeverity.Info, label,
                $"表{table.Id}“{label}”（{split.Source.Describe()}）：数字“{split.Source.Text}”连在一起印出，按表内合计关系只有一种拆分：{string.Join("、", split.Parts)}。",
                split.Source, []));
            return;
        }

        // 白云鄂博 prints one value after each block of five result labels: it is that block's 总计
        if (lastColumnsFirst && _values.Count == 1 && columns.Count <= 5)
        {
            _sink.AddRow(table, rowPath, [(columns[^1], _values[0])]);
            return;
        }

        var at = rowLine is { } l
            ? new SourceLocation(Math.Max(1, l.Source.Line), l.Source.Offset, l.Original.Trim(), l.Source.Page)
            : _values[0].Source;
        var likeliest = (lastColumnsFirst ? columns.Skip(columns.Count - _values.Count) : columns).Zip(_values, (c, v) => (c, v)).ToList();
        var doubt = placements.Count == 0
            ? $"该行印有{_values.Count}个数值、{columns.Count}列，空行不能说明哪些单元格为空"
            : $"该行印有{_values.Count}个数值、{columns.Count}列，空行有{placements.Count}种解读，数值位置不唯一";
        _sink.SetAside(table, rowPath, likeliest, at, doubt);
    }

    /// <summary>
    /// A row printed with its figures run together ("120001013" for 12 | 0 | 0 | 0 | 1 | 0 | 13): when one value is a
    /// bare digit run and the row has no blank lines to account for, the run is split into as many parts as the
    /// row lacks — without leading zeros — keeping only splits under which every 总计 of the row equals the sum of
    /// its siblings (or, with no 总计, only when the run has exactly one digit per part). Exactly one split: the cells
    /// are placed and marked <see cref="ReadingCertainty.Inferred"/>. The search is bounded (at most
    /// <see cref="MaximumSplitNodes"/> partial splits); past that the row stays ambiguous.
    /// </summary>
    private (List<(ColumnRef, PrintedValue)> Pairs, SourceLocation Source, string[] Parts)? DigitRunSplit(IReadOnlyList<ColumnRef> columns)
    {
        var runs = _values.Select((v, i) => (v, i)).Where(x => x.v.Source.Text.Length >= 2 && x.v.Source.Text.All(char.IsAsciiDigit)).ToArray();
        // only a row printed as one token: where other values stand apart, the gaps were blank cells, not joins
        if (runs.Length != 1 || _values.Count != 1 || _slots.Any(s => s.Value is null && _slots.IndexOf(s) < _slots.FindLastIndex(x => x.Value is not null)))
        {
            return null;
        }

        var (run, index) = runs[0];
        var digits = run.Source.Text;
        var parts = columns.Count - _values.Count + 1;
        if (parts < 2 || parts > digits.Length)
        {
            return null;
        }

        // the relations of the row: each 总计 column = Σ the other columns under the same parent
        var relations = new List<(int Total, int[] Parts)>();
        for (var c = 0; c < columns.Count; c++)
        {
            var path = columns[c].Path;
            if (path.Count == 0 || LooseLabel.Of(path[^1]) != LooseLabel.Of("总计"))
            {
                continue;
            }

            var parent = path.Take(path.Count - 1).ToArray();
            var siblings = Enumerable.Range(0, columns.Count)
                .Where(o => o != c && columns[o].Path.Count > parent.Length && columns[o].Path.Take(parent.Length).SequenceEqual(parent)
                    && !(columns[o].Path.Count > parent.Length + 1 && LooseLabel.Of(columns[o].Path[^1]) == LooseLabel.Of("总计")))
                .ToArray();
            if (siblings.Length > 0)
            {
                relations.Add((c, siblings));
            }
        }

        if (relations.Count == 0 && digits.Length != parts)
        {
            return null;
        }

        var solutions = new List<string[]>();
        var nodes = 0;
        var current = new string[parts];
        var stack = new Stack<(int Part, int Position, int Length)>();
        stack.Push((0, 0, 1));
        while (stack.Count > 0 && solutions.Count < 2 && nodes < MaximumSplitNodes)
        {
            var (part, position, length) = stack.Pop();
            nodes++;
            var remaining = digits.Length - position - length;
            var partsLeft = parts - part - 1;
            if (length > 7 || remaining < partsLeft || (length > 1 && digits[position] == '0'))
            {
                continue;
            }

            if (length < 7 && remaining - 1 >= partsLeft)
            {
                stack.Push((part, position, length + 1));
            }

            current[part] = digits.Substring(position, length);
            if (partsLeft == 0)
            {
                if (remaining == 0 && Holds(current, index, columns.Count, relations))
                {
                    solutions.Add((string[])current.Clone());
                }

                continue;
            }

            stack.Push((part + 1, position + length, 1));
        }

        if (solutions.Count != 1 || nodes >= MaximumSplitNodes)
        {
            return null;
        }

        var source = run.Source.WithDoubt(ReadingCertainty.Inferred, $"数字“{digits}”连在一起印出，按表内合计关系拆分");
        var values = new List<PrintedValue>();
        var offset = 0;
        for (var i = 0; i < _values.Count; i++)
        {
            if (i != index)
            {
                values.Add(_values[i]);
                continue;
            }

            foreach (var piece in solutions[0])
            {
                values.Add(new PrintedValue(FigureParser.Parse(piece),
                    new SourceLocation(run.Source.Line, run.Source.Offset + offset, piece, run.Source.Page)
                        .WithDoubt(ReadingCertainty.Inferred, $"数字“{digits}”连在一起印出，按表内合计关系拆分为{string.Join("、", solutions[0])}")));
                offset += piece.Length;
            }
        }

        return (columns.Zip(values, (c, v) => (c, v)).ToList(), source, solutions[0]);

        bool Holds(string[] pieces, int at, int count, List<(int Total, int[] Parts)> rules)
        {
            var row = new decimal[count];
            var k = 0;
            for (var i = 0; i < _values.Count; i++)
            {
                if (i == at)
                {
                    foreach (var piece in pieces)
                    {
                        row[k++] = decimal.Parse(piece, System.Globalization.CultureInfo.InvariantCulture);
                    }
                }
                else
                {
                    row[k++] = _values[i].Figure.Value ?? 0m;
                }
            }

            return rules.All(r => r.Parts.Sum(p => row[p]) == row[r.Total]);
        }
    }

    private const int MaximumSplitNodes = 200_000;

    /// <summary>Every blank line is a blank cell; blank lines after the last column are padding.</summary>
    private Slot[]? EveryBlankIsACell(int count)
    {
        if (_slots.Count < count || _slots.Skip(count).Any(s => s.Value is not null))
        {
            return null;
        }

        return _slots.Take(count).ToArray();
    }

    /// <summary>
    /// Cells separated by one blank line (also after the label): a run of 2k+1 blank lines before a value holds k
    /// blank cells; the run after the last value fills what is left (more blank lines are padding).
    /// </summary>
    private Slot[]? SeparatedByBlankLines(int count)
    {
        var result = new List<Slot>(count);
        var run = new List<Slot>();
        foreach (var slot in _slots)
        {
            if (slot.Value is null)
            {
                run.Add(slot);
                continue;
            }

            if (run.Count % 2 == 0)
            {
                return null;
            }

            for (var k = 1; k < run.Count; k += 2)
            {
                result.Add(run[k]);
            }

            result.Add(slot);
            run.Clear();
        }

        for (var k = 1; k < run.Count && result.Count < count; k += 2)
        {
            result.Add(run[k]);
        }

        return result.Count == count ? result.ToArray() : null;
    }

    /// <summary>One line after a row label: a printed value, or a blank line (<see cref="Value"/> null).</summary>
    private readonly record struct Slot(PrintedValue? Value, ReportLine Line);

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
        _lastData = null;
        _adjacentLines = 0;
        _previousBlank = true; // the title is a boundary, whatever follows it
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

    /// <summary>The header's columns once each (the first of a repeated order and role), in the order they are printed.</summary>
    private static List<ColumnRef> InPrintOrder(List<ColumnRef> columns) =>
        columns.Where((c, i) => columns.FindIndex(x => x.Order == c.Order && x.Role == c.Role) == i).OrderBy(c => c.Order).ToList();
}
