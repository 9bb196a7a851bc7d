using Gongkai.Domain.AnnualReports;

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

    public IReadOnlyList<ReportCell> Cells => _order;

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
