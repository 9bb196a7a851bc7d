using Gongkai.Domain.AnnualReports;

namespace Gongkai.Domain.Audit.Extraction;

/// <summary>
/// Finds the official row of a layout table for a label as printed. Rows are matched by their full path when the
/// report prints one ("三、本年度办理结果 / （三）不予公开 / 1.属于国家秘密"), otherwise by the leaf label; a leaf that
/// occurs more than once ("（二）被依法纠错数" under 复议 and 诉讼) resolves to the first occurrence after the row read
/// last, because tables are printed in the official order. A label whose words were lost but whose bracketed remark
/// survives — "(分区处理的，只计这一情形，不计…" for "（二）部分公开（区分处理的，只计这一情形，不计其他情形）" when a
/// wrapped label's first line was lost by OCR or copying — is matched by the remark: the one row whose official remark
/// shares a run of <see cref="RemarkRun"/> characters or more with it.
/// </summary>
internal sealed class TableRowMatcher
{
    /// <summary>The shortest run of characters a printed remark must share with a row's official remark.</summary>
    public const int RemarkRun = 6;

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<ReportTable, Index> Indexes = new();
    private readonly List<RowNode> _nodes;
    private readonly Dictionary<string, RowNode> _byKey;
    private readonly Dictionary<string, List<RowNode>> _byLeaf;
    private readonly List<(RowNode Node, string Remark)> _remarks;
    private int _cursor;

    public TableRowMatcher(ReportTable table)
    {
        Table = table;
        var index = Indexes.GetValue(table, t => new Index(t));
        _nodes = index.Nodes;
        _byKey = index.ByKey;
        _byLeaf = index.ByLeaf;
        _remarks = index.Remarks;
        HasUnlabelledRow = index.HasUnlabelledRow;
    }

    private sealed class Index
    {
        public List<RowNode> Nodes { get; } = [];

        public Dictionary<string, RowNode> ByKey { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, List<RowNode>> ByLeaf { get; } = new(StringComparer.Ordinal);

        public bool HasUnlabelledRow { get; }

        /// <summary>Rows whose official leaf label carries a remark in brackets, with the remark's loose form.</summary>
        public List<(RowNode Node, string Remark)> Remarks { get; } = [];

        public Index(ReportTable table)
        {
            var _nodes = Nodes;
            var _byKey = ByKey;
        foreach (var row in table.Rows)
        {
            if (row.Count == 0)
            {
                HasUnlabelledRow = true;
                continue;
            }

            for (var k = 1; k <= row.Count; k++)
            {
                var prefix = row.Take(k).ToArray();
                var key = LabelKey.Of(prefix).Value;
                if (!_byKey.TryGetValue(key, out var node))
                {
                    node = new RowNode(prefix, prefix.Select(LooseLabel.Of).ToArray(), _nodes.Count);
                    _nodes.Add(node);
                    _byKey[key] = node;
                }

                if (k == row.Count)
                {
                    node.IsData = true;
                }
            }
        }

            foreach (var node in _nodes)
            {
                if (!ByLeaf.TryGetValue(node.Loose[^1], out var list))
                {
                    ByLeaf[node.Loose[^1]] = list = [];
                }

                list.Add(node);
                if (LooseLabel.Remark(node.Path[^1]) is { Length: >= RemarkRun } remark)
                {
                    Remarks.Add((node, remark));
                }
            }
        }
    }

    public ReportTable Table { get; }

    /// <summary>True for a table whose one data row has no label (table 四).</summary>
    public bool HasUnlabelledRow { get; }

    /// <summary>Whether some row or heading of the table is printed with the loose label <paramref name="loose"/>.</summary>
    public bool HasExactLeaf(string loose) => _byLeaf.ContainsKey(loose);

    /// <summary>Starts matching from the top again.</summary>
    public void Reset() => _cursor = 0;

    /// <summary>The row (or heading) printed as <paramref name="segments"/> (outermost → leaf), or null.</summary>
    public RowNode? Match(IReadOnlyList<string> segments, bool advance = true)
    {
        if (segments.Count == 0)
        {
            return null;
        }

        if (segments.Count > 1 && _byKey.TryGetValue(LabelKey.Of(segments).Value, out var exact))
        {
            return Take(exact, advance);
        }

        // a leaf printed as nothing but a remark names its row by the remark, not by the ancestors before it
        if (LooseLabel.Of(segments[^1]).Length == 0 && ByRemark(segments[^1]) is { } remarked)
        {
            return Take(remarked, advance);
        }

        var loose = segments.Select(LooseLabel.Of).Where(s => s.Length > 0).ToArray();
        if (loose.Length == 0)
        {
            return null;
        }

        var leaf = loose[^1];
        RowNode? best = null;
        var bestScore = int.MinValue;
        IEnumerable<RowNode> candidates = _byLeaf.TryGetValue(leaf, out var exactLeaf) ? exactLeaf : _nodes;
        foreach (var node in candidates)
        {
            var nodeLeaf = node.Loose[^1];
            var score = nodeLeaf == leaf ? 4 : LooseLabel.Similar(nodeLeaf, leaf) ? 2 : -1;
            if (score < 0)
            {
                continue;
            }

            // ancestors printed with the leaf must agree with the node's ancestors
            for (var i = 0; i < loose.Length - 1; i++)
            {
                if (node.Loose.Take(node.Loose.Count - 1).Any(a => LooseLabel.Similar(a, loose[i])))
                {
                    score += 3;
                }
            }

            if (node.Index >= _cursor)
            {
                score += 1;
            }

            if (score > bestScore || (score == bestScore && best is not null && Before(node, best)))
            {
                best = node;
                bestScore = score;
            }
        }

        return best is not null ? Take(best, advance) : TakeByRemark(segments[^1], advance);
    }

    private RowNode? TakeByRemark(string printed, bool advance) => ByRemark(printed) is { } node ? Take(node, advance) : null;

    /// <summary>The one row whose official remark shares a run of <see cref="RemarkRun"/> characters with the printed one.</summary>
    private RowNode? ByRemark(string printed)
    {
        var remark = LooseLabel.Remark(printed);
        if (remark.Length < RemarkRun)
        {
            return null;
        }

        var found = _remarks.Where(r => LooseLabel.LongestCommonRun(r.Remark, remark) >= RemarkRun).Select(r => r.Node).Distinct().ToList();
        return found.Count == 1 ? found[0] : null;
    }

    private bool Before(RowNode candidate, RowNode best)
    {
        // among equal scores the first at or after the cursor wins, then the first overall
        var candidateAfter = candidate.Index >= _cursor;
        var bestAfter = best.Index >= _cursor;
        return candidateAfter == bestAfter ? candidate.Index < best.Index : candidateAfter;
    }

    private RowNode Take(RowNode node, bool advance)
    {
        if (advance)
        {
            _cursor = node.Index + 1;
        }

        return node;
    }
}

/// <summary>A row or heading of a layout table: its official path, loose labels, and whether it holds data.</summary>
internal sealed class RowNode(IReadOnlyList<string> path, IReadOnlyList<string> loose, int index)
{
    public IReadOnlyList<string> Path { get; } = path;

    public IReadOnlyList<string> Loose { get; } = loose;

    public int Index { get; } = index;

    public bool IsData { get; set; }

    public override string ToString() => string.Join(" / ", Path);
}
