namespace Gongkai.Domain.Agencies;

/// <summary>
/// The tree of 行政机关 (政府 → 部门 / 下级政府 → 乡镇) as parent links, for the questions reports and permissions ask:
/// which agencies lie under a supervising government (its 本级及所辖), and which units report to it directly.
/// Built from (id, parent) pairs so the caller can load only those two columns.
/// </summary>
public sealed class AgencyTree
{
    private readonly Dictionary<Guid, List<Guid>> _children = [];
    private readonly HashSet<Guid> _known = [];

    /// <summary>A tree of the given agencies. A parent that is not among them makes its child a root.</summary>
    public AgencyTree(IEnumerable<(Guid Id, Guid? ParentId)> agencies)
    {
        ArgumentNullException.ThrowIfNull(agencies);
        var list = agencies.ToList();
        foreach (var (id, _) in list)
        {
            _known.Add(id);
        }

        foreach (var (id, parent) in list)
        {
            if (parent is { } p && _known.Contains(p))
            {
                (_children.TryGetValue(p, out var c) ? c : _children[p] = []).Add(id);
            }
        }
    }

    /// <summary>Whether the tree holds <paramref name="id"/>.</summary>
    public bool Contains(Guid id) => _known.Contains(id);

    /// <summary>The agencies reporting directly to <paramref name="id"/>.</summary>
    public IReadOnlyList<Guid> ChildrenOf(Guid id) => _children.TryGetValue(id, out var c) ? c : [];

    /// <summary><paramref name="root"/> and every agency under it, root first (breadth first). Cycles are cut.</summary>
    /// <exception cref="RuleViolationException">The tree does not hold <paramref name="root"/>.</exception>
    public IReadOnlyList<Guid> Subtree(Guid root)
    {
        if (!_known.Contains(root))
        {
            throw new RuleViolationException("机关不存在。");
        }

        var seen = new HashSet<Guid> { root };
        var order = new List<Guid> { root };
        for (var i = 0; i < order.Count; i++)
        {
            foreach (var child in ChildrenOf(order[i]))
            {
                if (seen.Add(child))
                {
                    order.Add(child);
                }
            }
        }

        return order;
    }
}
