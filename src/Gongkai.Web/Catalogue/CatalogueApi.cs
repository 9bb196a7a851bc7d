using Gongkai.Data;
using Gongkai.Data.Catalogue;
using Gongkai.Domain.Catalogue;
using Gongkai.Web.Agencies;
using Gongkai.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Catalogue;

/// <summary>A published catalogue entry as the API returns it.</summary>
public sealed record CatalogueEntryView(
    Guid Id, string IndexNumber, string Title, Guid AgencyId, string Agency, DateOnly? WrittenOn, DateOnly? PublishedOn,
    string? DocumentNumber, Validity Validity, string ValidityName, CatalogueCategory Category, string CategoryName,
    string? BodyHtml, IReadOnlyList<CatalogueAttachment> Attachments);

/// <summary>One search hit as the API returns it; title and snippet come as segments with <c>isMatch</c> for highlighting.</summary>
public sealed record CatalogueHitView(CatalogueEntryView Entry, double Score, IReadOnlyList<TextSegment> Title, IReadOnlyList<TextSegment> Snippet);

/// <summary>A page of search results.</summary>
public sealed record CatalogueSearchView(string? Query, IReadOnlyList<string> IgnoredTerms, int Total, bool TotalIsLowerBound, int Page, int PageSize, int PageCount, IReadOnlyList<CatalogueHitView> Hits);

/// <summary>The catalogue endpoints: search/browse and one entry.</summary>
public static class CatalogueApi
{
    /// <summary>Maps <c>GET /api/catalogue</c> and <c>GET /api/catalogue/{id}</c>.</summary>
    public static void MapCatalogueApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/catalogue").WithTags("公开目录");
        group.MapGet("/", SearchAsync).LimitedAs(RatePurpose.Read)
            .WithSummary("检索或浏览公开目录（中文全文检索，两字词可检索）");
        group.MapGet("/{id:guid}", EntryAsync).WithSummary("目录条目");
    }

    private static async Task<Results<Ok<CatalogueSearchView>, ValidationProblem>> SearchAsync(
        [FromKeyedServices(PortalReads.Key)] CatalogueSearch search, [FromKeyedServices(PortalReads.Key)] AgencyDirectory agencies, string? q, Guid? agency, CatalogueCategory? category, int? year, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        var errors = CatalogueFilterRules.Check(category, year, page, pageSize);
        if (errors.Count > 0)
        {
            return ApiProblems.Validation(errors, "检索条件不正确");
        }

        var scope = agency is { } a ? await agencies.SubtreeAsync(a, cancellationToken) : null;
        var result = await search.SearchAsync(new CatalogueQuery(q, scope, category, year, page ?? 1, pageSize ?? 20), cancellationToken);
        var hits = new List<CatalogueHitView>();
        foreach (var hit in result.Hits)
        {
            hits.Add(new CatalogueHitView(await ViewAsync(hit.Entry, agencies, withBody: false, cancellationToken), hit.Score, hit.Title, hit.Snippet));
        }

        return TypedResults.Ok(new CatalogueSearchView(q, result.Terms.TooShort, result.Total, result.TotalIsLowerBound, result.Page, result.PageSize, result.PageCount, hits));
    }

    private static async Task<Results<Ok<CatalogueEntryView>, ProblemHttpResult>> EntryAsync(Guid id, [FromKeyedServices(PortalReads.Key)] GongkaiDbContext db, [FromKeyedServices(PortalReads.Key)] AgencyDirectory agencies, CancellationToken cancellationToken)
    {
        var entry = await db.CatalogueEntries.AsNoTracking()
            .FirstOrDefaultAsync(e => e.Id == id && e.Status == CatalogueEntryStatus.Published, cancellationToken);
        return entry is null ? ApiProblems.Problem(StatusCodes.Status404NotFound, "该目录条目不存在或尚未公开。") : TypedResults.Ok(await ViewAsync(entry, agencies, withBody: true, cancellationToken));
    }

    /// <summary>The API view of an entry.</summary>
    public static async Task<CatalogueEntryView> ViewAsync(CatalogueEntry entry, AgencyDirectory agencies, bool withBody, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(agencies);
        return new CatalogueEntryView(
            entry.Id, entry.IndexNumber, entry.Title, entry.AgencyId, await agencies.NameAsync(entry.AgencyId, cancellationToken),
            entry.WrittenOn, entry.PublishedOn, entry.DocumentNumber, entry.Validity, entry.Validity.ChineseName(),
            entry.Category, entry.Category.ChineseName(), withBody ? entry.BodyHtml : null, entry.Attachments);
    }
}
