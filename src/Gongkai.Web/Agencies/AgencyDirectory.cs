using Gongkai.Data;
using Gongkai.Domain.Agencies;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Agencies;

/// <summary>The agency tree as the portal shows it (loaded once per request; the tree is small).</summary>
public sealed class AgencyDirectory(GongkaiDbContext db)
{
    private IReadOnlyList<Agency>? _all;

    /// <summary>All agencies, by name.</summary>
    public async Task<IReadOnlyList<Agency>> AllAsync(CancellationToken cancellationToken = default) =>
        _all ??= await db.Agencies.AsNoTracking().OrderBy(a => a.Code).ToListAsync(cancellationToken);

    /// <summary>The roots of the tree.</summary>
    public async Task<IReadOnlyList<Agency>> RootsAsync(CancellationToken cancellationToken = default) =>
        (await AllAsync(cancellationToken)).Where(a => a.ParentId is null).ToList();

    /// <summary>The direct children of an agency.</summary>
    public async Task<IReadOnlyList<Agency>> ChildrenAsync(Guid id, CancellationToken cancellationToken = default) =>
        (await AllAsync(cancellationToken)).Where(a => a.ParentId == id).ToList();

    /// <summary>One agency, or null.</summary>
    public async Task<Agency?> FindAsync(Guid id, CancellationToken cancellationToken = default) =>
        (await AllAsync(cancellationToken)).FirstOrDefault(a => a.Id == id);

    /// <summary>The agency and everything below it.</summary>
    public async Task<IReadOnlyList<Guid>> SubtreeAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var tree = new AgencyTree((await AllAsync(cancellationToken)).Select(a => (a.Id, a.ParentId)));
        return tree.Contains(id) ? tree.Subtree(id) : [id];
    }

    /// <summary>The name of an agency ("" when unknown).</summary>
    public async Task<string> NameAsync(Guid id, CancellationToken cancellationToken = default) =>
        (await FindAsync(id, cancellationToken))?.Name ?? string.Empty;
}
