using Gongkai.Data;
using Gongkai.Domain.Agencies;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Admin.Catalogue;

/// <summary>
/// 索引号 of entries drafted in the back office: "{机关代码}/{年份}-{序号}", e.g. XN-MZ/2026-00003 — unique (the column has
/// a unique index), numbered per agency and year in the order drafted.
/// </summary>
public static class CatalogueIndexNumbers
{
    /// <summary>The next free number of <paramref name="agency"/> in <paramref name="year"/>.</summary>
    public static async Task<string> NextAsync(GongkaiDbContext db, Agency agency, int year, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(agency);
        var prefix = $"{agency.Code}/{year}-";
        var taken = await db.CatalogueEntries.Where(e => e.IndexNumber.StartsWith(prefix)).Select(e => e.IndexNumber).ToListAsync(cancellationToken);
        var next = taken.Select(n => int.TryParse(n[prefix.Length..], out var k) ? k : 0).DefaultIfEmpty(0).Max() + 1;
        return $"{prefix}{next:D5}";
    }
}
