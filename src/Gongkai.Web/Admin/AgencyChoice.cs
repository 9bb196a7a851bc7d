using Gongkai.Domain.Agencies;

namespace Gongkai.Web.Admin;

/// <summary>An agency as a back-office list or select shows it: in tree order, indented by its depth.</summary>
public sealed record AgencyChoice(Agency Agency, int Depth)
{
    /// <summary>The name indented with full-width spaces (works inside &lt;option&gt;).</summary>
    public string IndentedName => new string('　', Depth) + Agency.Name;

    /// <summary>The agencies in depth-first tree order (children by code), keeping only those <paramref name="visible"/> holds.</summary>
    public static IReadOnlyList<AgencyChoice> InTreeOrder(IReadOnlyList<Agency> all, IReadOnlyCollection<Guid> visible)
    {
        ArgumentNullException.ThrowIfNull(all);
        ArgumentNullException.ThrowIfNull(visible);
        var shown = all.Where(a => visible.Contains(a.Id)).ToList();
        var ids = shown.Select(a => a.Id).ToHashSet();
        var children = shown.Where(a => a.ParentId is { } p && ids.Contains(p)).ToLookup(a => a.ParentId!.Value);
        var result = new List<AgencyChoice>();
        void Walk(Agency agency, int depth)
        {
            result.Add(new AgencyChoice(agency, depth));
            foreach (var child in children[agency.Id].OrderBy(c => c.Code, StringComparer.Ordinal))
            {
                Walk(child, depth + 1);
            }
        }

        foreach (var root in shown.Where(a => a.ParentId is not { } p || !ids.Contains(p)).OrderBy(a => a.Code, StringComparer.Ordinal))
        {
            Walk(root, 0);
        }

        return result;
    }
}
