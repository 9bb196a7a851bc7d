using Gongkai.Web.Hosting;
using Gongkai.Web.Reports;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace Gongkai.Web.Pages;

/// <summary>The list of published annual reports, filterable by agency and year.</summary>
[OutputCache(PolicyName = PortalOutputCache.ReportsPolicy)]
public sealed class ReportsModel([FromKeyedServices(PortalReads.Key)] PublishedReports reports) : PageModel
{
    /// <summary>The agency filter (code).</summary>
    [BindProperty(SupportsGet = true)]
    public string? Agency { get; set; }

    /// <summary>The year filter.</summary>
    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    /// <summary>The reports shown.</summary>
    public IReadOnlyList<PublishedReportEntry> Entries { get; private set; } = [];

    /// <summary>Agencies with a published report (for the filter).</summary>
    public IReadOnlyList<(string Code, string Name)> Agencies { get; private set; } = [];

    /// <summary>Years with a published report (for the filter).</summary>
    public IReadOnlyList<int> Years { get; private set; } = [];

    /// <summary>Loads the list.</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var all = await reports.ListAsync(cancellationToken: cancellationToken);
        Agencies = all.Select(e => (e.AgencyCode, e.AgencyName)).Distinct().OrderBy(a => a.AgencyName, StringComparer.Ordinal).ToArray();
        Years = all.Select(e => e.Year).Distinct().OrderDescending().ToArray();
        Entries = all.Where(e => (string.IsNullOrEmpty(Agency) || e.AgencyCode == Agency) && (Year is null || e.Year == Year)).ToArray();
    }
}
