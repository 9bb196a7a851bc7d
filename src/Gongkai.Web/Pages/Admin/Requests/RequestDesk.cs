using Gongkai.Data;
using Gongkai.Data.Calendar;
using Gongkai.Domain.Calendar;
using Gongkai.Domain.Requests;
using Gongkai.Web.Admin;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Pages.Admin.Requests;

/// <summary>
/// What every request page needs: the reply clock on the stored holiday calendar, today's legal date (Asia/Shanghai,
/// from the injected <see cref="TimeProvider"/>), and the request looked up inside the officer's scope only.
/// </summary>
public sealed class RequestDesk(GongkaiDbContext db, TimeProvider time)
{
    private StatutoryClock? _clock;

    /// <summary>The reply clock (loaded once per HTTP request).</summary>
    public async Task<StatutoryClock> ClockAsync(CancellationToken cancellationToken = default) =>
        _clock ??= new StatutoryClock(await new CalendarStore(db, time).LoadAsync(cancellationToken));

    /// <summary>Today in China (UTC+8, no daylight saving): the legal date of actions recorded now.</summary>
    public DateOnly Today => Gongkai.Domain.Calendar.ChinaClock.Today(time);

    /// <summary>The request if the scope covers it; null otherwise (the page answers 404).</summary>
    public Task<DisclosureRequest?> FindAsync(AdminScope scope, Guid id, bool tracked, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var query = scope.Requests(db);
        return (tracked ? query : query.AsNoTracking()).FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
    }

    /// <summary>The actor signature of the signed-in officer.</summary>
    public RecordedBy By(AdminScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return scope.By(time);
    }
}
