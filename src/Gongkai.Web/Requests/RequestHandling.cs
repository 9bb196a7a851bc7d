using Gongkai.Data;
using Gongkai.Data.Notices;
using Gongkai.Data.Officers;
using Gongkai.Domain;
using Gongkai.Domain.Calendar;
using Gongkai.Domain.Notices;
using Gongkai.Domain.Requests;
using Gongkai.Web.Admin;
using Gongkai.Web.Pages.Admin.Requests;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Requests;

/// <summary>
/// Handling one request in the back office (依申请公开的办理, 条例 第二十九条至第四十五条), as <see cref="Reports.ReportWorkflow"/>
/// is for reports: every action is a typed <see cref="RequestStep"/> applied to the <see cref="DisclosureRequest"/>
/// found inside the officer's scope, with the notice it issues, in one <see cref="GongkaiDbContext.SaveChangesAsync(CancellationToken)"/>.
/// A refusal (the domain's, or a rule of this class) saves nothing and comes back as its Chinese message.
/// </summary>
public sealed class RequestHandling(GongkaiDbContext db, RequestDesk desk, NoticeIssuer notices)
{
    /// <summary>Roles that may handle requests (经办人, and 审核人 as head of the disclosure office).</summary>
    public static readonly string[] HandlingRoles = [OfficerRole.Officer, OfficerRole.Approver];

    /// <summary>The refusal for an account without <see cref="HandlingRoles"/>.</summary>
    public const string NotAHandler = "办理申请须具有“经办人”或“审核人”角色。";

    /// <summary>Applies <paramref name="step"/> to the request <paramref name="id"/> and saves it with its notice.</summary>
    public async Task<RequestStepResult> ActAsync(AdminScope scope, Guid id, RequestStep step, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(step);
        var request = await desk.FindAsync(scope, id, tracked: true, cancellationToken);
        if (request is null)
        {
            return RequestStepResult.NotFound;
        }

        try
        {
            if (!scope.IsInAny(HandlingRoles))
            {
                throw new RuleViolationException(NotAHandler);
            }

            var context = new RequestStepContext(this, request, await desk.ClockAsync(cancellationToken), scope, desk.By(scope), desk.Today);
            var done = await step.ApplyAsync(context, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            return RequestStepResult.Done(done);
        }
        catch (RuleViolationException refusal)
        {
            db.ChangeTracker.Clear();
            return RequestStepResult.Refused(refusal.Message);
        }
    }

    /// <summary>The accounts a request of <paramref name="agencyId"/> can be assigned to (its agency's, and the officer).</summary>
    public async Task<IReadOnlyList<(Guid Id, string Name)>> AssignableAsync(AdminScope scope, Guid agencyId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var accounts = await db.Set<OfficerAccount>().AsNoTracking()
            .Where(a => a.AgencyId == agencyId || a.Id == scope.UserId)
            .OrderBy(a => a.DisplayName)
            .Select(a => new { a.Id, a.DisplayName, a.UserName })
            .ToListAsync(cancellationToken);
        return accounts.Select(a => (a.Id, $"{a.DisplayName}（{a.UserName}）")).ToList();
    }

    /// <summary>Issues the step's notice when asked (saved with the action, or refused with it) and says so.</summary>
    internal async Task<string> WithNoticeAsync(RequestStepContext context, bool issue, DateOnly on, string done, NoticeKind kind, NoticeFields fields, CancellationToken cancellationToken)
    {
        if (!issue)
        {
            return done;
        }

        var notice = await notices.IssueAsync(context.Request, kind, fields with { IssuedOn = on }, context.By, cancellationToken);
        return $"{done}已生成{NoticeKinds.ChineseName(kind)}（{notice.DocumentNumber}）。";
    }
}

/// <summary>What a step works on: the request (tracked), the reply clock, the officer and today's legal date.</summary>
public sealed class RequestStepContext
{
    private readonly RequestHandling _handling;

    internal RequestStepContext(RequestHandling handling, DisclosureRequest request, StatutoryClock clock, AdminScope scope, RecordedBy by, DateOnly today)
    {
        _handling = handling;
        Request = request;
        Clock = clock;
        Scope = scope;
        By = by;
        Today = today;
    }

    /// <summary>The request.</summary>
    public DisclosureRequest Request { get; }

    /// <summary>The reply clock.</summary>
    public StatutoryClock Clock { get; }

    /// <summary>The officer's scope and roles.</summary>
    public AdminScope Scope { get; }

    /// <summary>How the officer signs.</summary>
    public RecordedBy By { get; }

    /// <summary>Today in China.</summary>
    public DateOnly Today { get; }

    /// <summary>The accounts the request can be assigned to.</summary>
    public Task<IReadOnlyList<(Guid Id, string Name)>> AssignableAsync(CancellationToken cancellationToken) =>
        _handling.AssignableAsync(Scope, Request.AgencyId, cancellationToken);

    /// <summary>Issues the notice of the step when <paramref name="issue"/>, dated <paramref name="on"/>.</summary>
    public Task<string> WithNoticeAsync(bool issue, DateOnly on, string done, NoticeKind kind, NoticeFields fields, CancellationToken cancellationToken) =>
        _handling.WithNoticeAsync(this, issue, on, done, kind, fields, cancellationToken);
}

/// <summary>How a step ended.</summary>
/// <param name="Found">False: the request is not in the officer's scope (the page answers 404).</param>
/// <param name="Success">The success message (null when refused or not found).</param>
/// <param name="Refusal">The refusal in Chinese (null when done or not found).</param>
public sealed record RequestStepResult(bool Found, string? Success, string? Refusal)
{
    /// <summary>Not in scope.</summary>
    public static readonly RequestStepResult NotFound = new(false, null, null);

    /// <summary>Done and saved.</summary>
    public static RequestStepResult Done(string message) => new(true, message, null);

    /// <summary>Refused; nothing saved.</summary>
    public static RequestStepResult Refused(string message) => new(true, null, message);
}
