using System.Collections.Frozen;

namespace Gongkai.Domain.AnnualReports;

/// <summary>
/// One table of a format: its cells in reading order (row by row, left to right), with the distinct row and column
/// paths. A table need not be a full grid: table 二 is several sub-tables with different columns, so only the cells
/// listed exist.
/// </summary>
public sealed class ReportTable
{
    private readonly FrozenDictionary<string, CellDefinition> _cellsByKey;

    /// <summary>A table of the given cells (which must all carry <paramref name="id"/> and be distinct).</summary>
    public ReportTable(string id, string title, IEnumerable<CellDefinition> cells, string? note = null)
    {
        Id = id;
        Title = title;
        Note = note;
        Cells = cells.ToArray();
        if (Cells.Any(c => LabelKey.Of(c.Table) != LabelKey.Of(id)))
        {
            throw new ArgumentException($"Every cell of table {id} must carry that table id.", nameof(cells));
        }

        _cellsByKey = Cells.ToFrozenDictionary(c => c.Address.Key, StringComparer.Ordinal);
        Rows = Distinct(Cells.Select(c => c.RowPath));
        Columns = Distinct(Cells.Select(c => c.ColumnPath));
    }

    /// <summary>The table id cells refer to ("二", "三", "四", "统计表", "正文").</summary>
    public string Id { get; }

    /// <summary>The printed title (or, for a pseudo-table, its descriptive name).</summary>
    public string Title { get; }

    /// <summary>A note printed in the table itself, e.g. the 勾稽关系 note in the top-left cell of table 三.</summary>
    public string? Note { get; }

    /// <summary>Every cell, in reading order.</summary>
    public IReadOnlyList<CellDefinition> Cells { get; }

    /// <summary>The distinct data-row paths in reading order. Heading rows are the shared prefixes of these paths.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Rows { get; }

    /// <summary>The distinct column paths in reading order.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Columns { get; }

    /// <summary>The cell at a row and column path, matched by <see cref="LabelKey"/>; null when the table has none.</summary>
    public CellDefinition? Find(IEnumerable<string> rowPath, IEnumerable<string> columnPath) =>
        Find(new CellAddress(Id, rowPath, columnPath));

    /// <summary>The cell at <paramref name="address"/>, matched by <see cref="LabelKey"/>; null when the table has none.</summary>
    public CellDefinition? Find(CellAddress address) => _cellsByKey.GetValueOrDefault(address.Key);

    /// <summary>The cell at a row and column path; throws when the table has none.</summary>
    public CellDefinition Get(IEnumerable<string> rowPath, IEnumerable<string> columnPath)
    {
        var address = new CellAddress(Id, rowPath, columnPath);
        return Find(address) ?? throw new RuleViolationException($"格式中没有单元格{address.Describe()}。");
    }

    /// <summary>The data rows whose path starts with <paramref name="prefix"/> (matched by <see cref="LabelKey"/>).</summary>
    public IEnumerable<IReadOnlyList<string>> RowsUnder(params string[] prefix)
    {
        var keys = prefix.Select(LabelKey.Of).ToArray();
        return Rows.Where(r => r.Count >= keys.Length && keys.Select((k, i) => LabelKey.Of(r[i]) == k).All(x => x));
    }

    /// <summary>The cell address at a row and column of this table, with the labels as given.</summary>
    public CellAddress At(IEnumerable<string> rowPath, IEnumerable<string> columnPath) => new(Id, rowPath, columnPath);

    private static IReadOnlyList<IReadOnlyList<string>> Distinct(IEnumerable<IReadOnlyList<string>> paths)
    {
        var seen = new HashSet<LabelKey>();
        return paths.Where(p => seen.Add(LabelKey.Of(p))).ToArray();
    }
}
