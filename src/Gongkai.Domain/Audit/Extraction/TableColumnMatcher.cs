using Gongkai.Domain.AnnualReports;

namespace Gongkai.Domain.Audit.Extraction;

/// <summary>
/// Finds the official column of a layout table for a header as printed (outermost → leaf). A leaf printed under
/// several parents ("总计" under 行政复议, 未经复议直接起诉 and 复议后起诉) is told apart by the parents printed above
/// it, or by how many times it has been printed before (flattened text). 2019 reports that print "本年增" and
/// "本年减" as two columns map both to the one signed column 本年增/减.
/// </summary>
internal sealed class TableColumnMatcher
{
    private const string SignedChange = "本年增减";
    private readonly (IReadOnlyList<string> Path, string[] Loose)[] _columns;
    private readonly HashSet<string> _segments;
    private readonly int _signedIndex;

    public TableColumnMatcher(ReportTable table)
    {
        _columns = table.Columns.Select(c => (c, c.Select(LooseLabel.Of).ToArray())).ToArray();
        _segments = _columns.SelectMany(c => c.Loose).Where(s => s.Length > 0).ToHashSet(StringComparer.Ordinal);
        _signedIndex = Array.FindIndex(_columns, c => c.Loose[^1] == SignedChange);
    }

    /// <summary>Whether the loose label <paramref name="loose"/> is exactly a header label of this table.</summary>
    public bool IsExactSegment(string loose) => _segments.Contains(loose);

    /// <summary>Whether <paramref name="label"/> is printed in this table's header (leaf or parent).</summary>
    public bool IsHeaderLabel(string label)
    {
        var loose = LooseLabel.Of(label);
        return loose.Length > 0 && (RoleOf(loose) is not null || _segments.Contains(loose) || _segments.Any(s => LooseLabel.Similar(s, loose)));
    }

    /// <summary>Whether <paramref name="label"/> is printed as a leaf column of this table.</summary>
    public bool IsLeafLabel(string label)
    {
        var loose = LooseLabel.Of(label);
        return loose.Length > 0 && (RoleOf(loose) is not null || _columns.Any(c => LooseLabel.Similar(c.Loose[^1], loose)));
    }

    /// <summary>The column printed as <paramref name="header"/>; <paramref name="occurrence"/> picks among equal leaves when no parent tells them apart.</summary>
    public ColumnRef? Match(IReadOnlyList<string> header, int occurrence = 0)
    {
        var loose = header.Select(LooseLabel.Of).Where(s => s.Length > 0).ToArray();
        if (loose.Length == 0)
        {
            return null;
        }

        var leaf = loose[^1];
        if (RoleOf(leaf) is { } role && _signedIndex >= 0)
        {
            return new ColumnRef(_columns[_signedIndex].Path, role, _signedIndex);
        }

        var candidates = new List<(int Index, int Score)>();
        for (var i = 0; i < _columns.Length; i++)
        {
            var column = _columns[i];
            var columnLeaf = column.Loose[^1];
            var score = columnLeaf == leaf ? 4 : LooseLabel.Similar(columnLeaf, leaf) ? 2 : -1;
            if (score < 0)
            {
                continue;
            }

            for (var p = 0; p < loose.Length - 1; p++)
            {
                if (column.Loose.Take(column.Loose.Length - 1).Any(a => LooseLabel.Similar(a, loose[p])))
                {
                    score += 3;
                }
            }

            candidates.Add((i, score));
        }

        if (candidates.Count == 0)
        {
            return null;
        }

        var top = candidates.Max(c => c.Score);
        var best = candidates.Where(c => c.Score == top).ToArray();
        var chosen = best[Math.Min(occurrence, best.Length - 1)].Index;
        return new ColumnRef(_columns[chosen].Path, ColumnRole.Official, chosen);
    }

    /// <summary>How many official columns the table has.</summary>
    public int Count => _columns.Length;

    /// <summary>The official column at <paramref name="order"/>.</summary>
    public IReadOnlyList<string> PathAt(int order) => _columns[order].Path;

    /// <summary>How many columns share the leaf of <paramref name="label"/>.</summary>
    public int LeafCount(string label)
    {
        var loose = LooseLabel.Of(label);
        return _columns.Count(c => LooseLabel.Similar(c.Loose[^1], loose));
    }

    private static ColumnRole? RoleOf(string loose) => loose switch
    {
        "本年增" or "本年增加" or "增加" or "本年新增" => ColumnRole.Increase,
        "本年减" or "本年减少" or "减少" => ColumnRole.Decrease,
        _ => null,
    };
}
