using Gongkai.Data;
using Gongkai.Data.Officers;
using Gongkai.Data.Requests;
using Gongkai.Domain.Requests;
using Gongkai.Web.Admin;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Pages.Admin.Requests;

/// <summary>
/// The queue (/Admin/Requests): by default the open requests of the officer's scope, soonest due first, with
/// due-soon and overdue badges; filters by urgency, what the request waits for, officer, channel and text.
/// </summary>
public sealed class IndexModel(SignedInOfficer officer, ScopedRecords records, RequestDesk desk, RequestQueue queue, RequestHandlingQueries queries) : PageModel
{
    /// <summary>Which requests.</summary>
    [BindProperty(SupportsGet = true)] public RequestQueueView View { get; set; } = RequestQueueView.Open;

    /// <summary>Due soon / overdue.</summary>
    [BindProperty(SupportsGet = true)] public RequestUrgency Urgency { get; set; }

    /// <summary>What the request waits for.</summary>
    [BindProperty(SupportsGet = true)] public RequestWaitingFor Waiting { get; set; }

    /// <summary>Assigned officer ("me", "none" or an id).</summary>
    [BindProperty(SupportsGet = true)] public string? Officer { get; set; }

    /// <summary>Channel.</summary>
    [BindProperty(SupportsGet = true)] public SubmissionChannel? Channel { get; set; }

    /// <summary>Tracking number or applicant name.</summary>
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }

    /// <summary>Page number.</summary>
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    /// <summary>The page of the queue.</summary>
    public RequestQueuePage Result { get; private set; } = null!;

    /// <summary>Officers of the agencies in scope (for the filter).</summary>
    public IReadOnlyList<(Guid Id, string Name)> Officers { get; private set; } = [];

    /// <summary>第四十四条 suggestions.</summary>
    public IReadOnlyList<ProactiveDisclosureSuggestion> Suggestions { get; private set; } = [];

    /// <summary>The officer's scope.</summary>
    public AdminScope Scope { get; private set; } = null!;

    /// <summary>Loads the queue.</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Scope = await officer.ScopeAsync(cancellationToken);
        var clock = await desk.ClockAsync(cancellationToken);
        var filter = new RequestQueueFilter
        {
            View = View,
            Urgency = Urgency,
            WaitingFor = Waiting,
            OfficerId = Officer == "me" ? Scope.UserId : Guid.TryParse(Officer, out var id) ? id : null,
            Unassigned = Officer == "none",
            Channel = Channel,
            Text = Q,
            Page = PageNumber,
        };
        Result = await queue.SearchAsync(Scope.AgencyIds, clock, desk.Today, filter, cancellationToken);
        var accounts = await (await records.AccountsAsync(cancellationToken)).AsNoTracking()
            .Where(a => a.AgencyId != null)
            .OrderBy(a => a.DisplayName).Select(a => new { a.Id, a.DisplayName, a.UserName }).Take(300).ToListAsync(cancellationToken);
        Officers = accounts.Select(a => (a.Id, $"{a.DisplayName}（{a.UserName}）")).ToList();
        Suggestions = await queries.ProactiveSuggestionsAsync(Scope.AgencyIds, desk.Today.AddMonths(-12), cancellationToken: cancellationToken);
    }

    /// <summary>The query string of the current filters with another page.</summary>
    public Dictionary<string, string?> RouteFor(int page) => new()
    {
        ["View"] = View.ToString(),
        ["Urgency"] = Urgency.ToString(),
        ["Waiting"] = Waiting.ToString(),
        ["Officer"] = Officer,
        ["Channel"] = Channel?.ToString(),
        ["Q"] = Q,
        ["p"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
