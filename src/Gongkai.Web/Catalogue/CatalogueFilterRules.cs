using Gongkai.Data.Catalogue;
using Gongkai.Domain.Catalogue;

namespace Gongkai.Web.Catalogue;

/// <summary>
/// The filters of the catalogue (search page, browse page, <c>GET /api/catalogue</c>) checked against what the
/// catalogue holds before any query runs (docs/security.md, “Validation at the boundary”): a defined category, a
/// year from 1949 (the earliest year a notice number may carry, as <c>NoticeNumber</c>) to 2099, a page from 1 to
/// 100,000 and a page size from 1 to <see cref="CatalogueSearch.MaxPageSize"/>.
/// </summary>
public static class CatalogueFilterRules
{
    /// <summary>The earliest year accepted as a filter.</summary>
    public const int FirstYear = 1949;

    /// <summary>The last year accepted as a filter.</summary>
    public const int LastYear = 2099;

    /// <summary>The highest page number accepted.</summary>
    public const int MaxPage = 100_000;

    /// <summary>The refusals of the given filters, keyed by the parameter name; empty when all are acceptable.</summary>
    public static Dictionary<string, string[]> Check(CatalogueCategory? category, int? year, int? page, int? pageSize)
    {
        var errors = new Dictionary<string, string[]>();
        if (category is { } c && !Enum.IsDefined(c))
        {
            errors["category"] = ["信息类别不在可选范围内。"];
        }

        if (year is < FirstYear or > LastYear)
        {
            errors["year"] = [$"年份应在{FirstYear}年至{LastYear}年之间。"];
        }

        if (page is < 1 or > MaxPage)
        {
            errors["page"] = [$"页码应在1至{MaxPage}之间。"];
        }

        if (pageSize is < 1 or > CatalogueSearch.MaxPageSize)
        {
            errors["pageSize"] = [$"每页条数应在1至{CatalogueSearch.MaxPageSize}之间。"];
        }

        return errors;
    }
}
