using Gongkai.Data.Catalogue;
using Gongkai.Domain.Agencies;
using Gongkai.Domain.Catalogue;
using Gongkai.Web.Agencies;
using Gongkai.Web.Catalogue;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages;

/// <summary>Shared by the catalogue browse page and the search page: filters in the query string, one page of results.</summary>
public abstract class CatalogueListing(AgencyDirectory agencies, CatalogueSearch search, TimeProvider time) : PageModel
{
    /// <summary>The search text.</summary>
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    /// <summary>The agency filter (with its subtree).</summary>
    [BindProperty(SupportsGet = true)]
    public Guid? Agency { get; set; }

    /// <summary>The category filter.</summary>
    [BindProperty(SupportsGet = true)]
    public CatalogueCategory? Category { get; set; }

    /// <summary>The year filter.</summary>
    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    /// <summary>The page number.</summary>
    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    /// <summary>The result.</summary>
    public CatalogueSearchResult? Result { get; private set; }

    /// <summary>All agencies (filter and names).</summary>
    public IReadOnlyList<Agency> Agencies { get; private set; } = [];

    /// <summary>The years offered in the filter.</summary>
    public IReadOnlyList<int> Years { get; private set; } = [];

    /// <summary>The refused filters (key: the query parameter), shown beside their fields; no query runs while any is refused.</summary>
    public IReadOnlyDictionary<string, string> Errors { get; private set; } = new Dictionary<string, string>();

    /// <summary>A filter as typed in the address (kept in the form when refused).</summary>
    public string Typed(string parameter) => Request.Query[parameter].ToString();

    /// <summary>The path of this page.</summary>
    public abstract string PagePath { get; }

    /// <summary>Runs the query.</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Agencies = await agencies.AllAsync(cancellationToken);
        Years = Enumerable.Range(2015, time.GetUtcNow().Year - 2014).Reverse().ToList();
        Errors = RefusedFilters();
        if (Errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        var scope = Agency is { } a ? await agencies.SubtreeAsync(a, cancellationToken) : null;
        Result = await search.SearchAsync(new CatalogueQuery(Query, scope, Category, Year, Math.Max(1, PageNumber), 20), cancellationToken);
    }

    private Dictionary<string, string> RefusedFilters()
    {
        var errors = CatalogueFilterRules.Check(Category, Year, PageNumber, null).ToDictionary(e => e.Key, e => e.Value[0]);
        foreach (var (key, entry) in ModelState)
        {
            if (entry.Errors.Count == 0)
            {
                continue;
            }

            var name = key.ToLowerInvariant();
            errors[name] = name switch
            {
                "agency" => "发布机构不正确，请从列表中选择。",
                "category" => "主题分类不在可选范围内，请从列表中选择。",
                "year" => $"年份应为{CatalogueFilterRules.FirstYear}至{CatalogueFilterRules.LastYear}之间的数字。",
                "page" => $"页码应为1至{CatalogueFilterRules.MaxPage}之间的数字。",
                _ => "检索条件不正确。",
            };
        }

        return errors;
    }

    /// <summary>The name of an agency.</summary>
    public string AgencyName(Guid id) => Agencies.FirstOrDefault(a => a.Id == id)?.Name ?? string.Empty;

    /// <summary>The link to page <paramref name="page"/> with the same filters.</summary>
    public string Link(int page)
    {
        var parts = new List<string>();
        if (!string.IsNullOrWhiteSpace(Query)) { parts.Add("q=" + Uri.EscapeDataString(Query)); }
        if (Agency is { } a) { parts.Add("agency=" + a); }
        if (Category is { } c) { parts.Add("category=" + c); }
        if (Year is { } y) { parts.Add("year=" + y); }
        parts.Add("page=" + page);
        return PagePath + "?" + string.Join("&", parts);
    }
}
