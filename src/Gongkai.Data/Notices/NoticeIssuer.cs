using Gongkai.Domain;
using Gongkai.Domain.Calendar;
using Gongkai.Domain.Notices;
using Gongkai.Domain.Requests;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Gongkai.Data.Notices;

/// <summary>
/// Issues notices (告知书) on requests and keeps the agencies' templates. Issuing loads the agency's template (or the
/// built-in one), fills what the request knows, allocates the next document number of the agency's register for the
/// year, renders the files and stores the notice — in one SaveChanges together with whatever else the caller has
/// pending on the same context (e.g. the request's new event), so an action and its notice are saved or refused
/// together. Two officers issuing at once cannot get the same number: the unique index on (agency, year,
/// sequence) refuses the second, which is then given the next number (docs/decisions/0005-notice-numbering.md).
/// </summary>
public sealed class NoticeIssuer(GongkaiDbContext db, INoticeFileRenderer renderer)
{
    /// <summary>How many numbers an issue tries before giving up under contention.</summary>
    public const int MaxAttempts = 8;

    /// <summary>
    /// Issues a notice of <paramref name="kind"/> on <paramref name="request"/>, dated <see cref="NoticeFields.IssuedOn"/>
    /// or else the China date of <paramref name="by"/>.
    /// </summary>
    /// <exception cref="RuleViolationException">A field the template needs is missing (the message names it), or the agency does not exist.</exception>
    public async Task<IssuedNotice> IssueAsync(
        DisclosureRequest request, NoticeKind kind, NoticeFields fields, RecordedBy by, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(fields);
        ArgumentNullException.ThrowIfNull(by);
        var agencyName = await AgencyNameAsync(request.AgencyId, cancellationToken);
        var template = await TemplateAsync(request.AgencyId, agencyName, kind, cancellationToken);
        var issuedOn = fields.IssuedOn ?? ChinaClock.DateOf(by.AtUtc);
        var values = fields.ValuesFor(request, agencyName, issuedOn);

        // Refuse a missing field before a number is taken.
        NoticeComposer.Compose(template, new NoticeNumber(template.NumberPrefix, issuedOn.Year, 1), values);

        for (var attempt = 1; ; attempt++)
        {
            var number = new NoticeNumber(template.NumberPrefix, issuedOn.Year, await NextSequenceAsync(request.AgencyId, issuedOn.Year, cancellationToken));
            var text = NoticeComposer.Compose(template, number, values);
            var files = await renderer.RenderAsync(text, cancellationToken);
            var notice = IssuedNotice.Issue(Guid.NewGuid(), request, kind, number, issuedOn, text, files, by);
            db.IssuedNotices.Add(notice);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return notice;
            }
            catch (DbUpdateException e) when (IsNumberCollision(e) && attempt < MaxAttempts)
            {
                db.Entry(notice).State = EntityState.Detached;
            }
        }
    }

    /// <summary>
    /// Issues the reply notice of <paramref name="outcome"/> (<see cref="NoticeKinds.For"/>); for 不予公开 the
    /// {法律依据} defaults to the exemption article of the outcome.
    /// </summary>
    /// <exception cref="RuleViolationException">A field the template needs is missing.</exception>
    public Task<IssuedNotice> IssueForOutcomeAsync(
        DisclosureRequest request, Outcome outcome, NoticeFields fields, RecordedBy by, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(fields);
        return IssueAsync(request, NoticeKinds.For(outcome), fields.ForOutcome(outcome), by, cancellationToken);
    }

    /// <summary>The notices issued on a request, in the order issued.</summary>
    public async Task<IReadOnlyList<IssuedNotice>> NoticesOfAsync(Guid requestId, CancellationToken cancellationToken = default) =>
        (await db.IssuedNotices.AsNoTracking().Where(n => n.RequestId == requestId).ToListAsync(cancellationToken))
            .OrderBy(n => n.IssuedAtUtc).ThenBy(n => n.NumberYear).ThenBy(n => n.NumberSequence).ToList();

    /// <summary>One issued notice, or null.</summary>
    public Task<IssuedNotice?> FindAsync(Guid noticeId, CancellationToken cancellationToken = default) =>
        db.IssuedNotices.AsNoTracking().FirstOrDefaultAsync(n => n.Id == noticeId, cancellationToken);

    /// <summary>The agency's template of every kind: its own where saved, else the built-in one (<see cref="NoticeTemplate.IsBuiltIn"/>).</summary>
    /// <exception cref="RuleViolationException">The agency does not exist.</exception>
    public async Task<IReadOnlyList<NoticeTemplate>> TemplatesAsync(Guid agencyId, CancellationToken cancellationToken = default)
    {
        var agencyName = await AgencyNameAsync(agencyId, cancellationToken);
        var saved = await db.NoticeTemplates.AsNoTracking().Where(t => t.AgencyId == agencyId).ToDictionaryAsync(t => t.Kind, cancellationToken);
        return NoticeKinds.All.Select(kind => saved.GetValueOrDefault(kind) ?? NoticeTemplate.BuiltIn(agencyId, agencyName, kind)).ToList();
    }

    /// <summary>The agency's template of <paramref name="kind"/>, or the built-in one.</summary>
    /// <exception cref="RuleViolationException">The agency does not exist.</exception>
    public async Task<NoticeTemplate> TemplateAsync(Guid agencyId, NoticeKind kind, CancellationToken cancellationToken = default) =>
        await TemplateAsync(agencyId, await AgencyNameAsync(agencyId, cancellationToken), kind, cancellationToken);

    /// <summary>Saves the agency's own template of <paramref name="kind"/> (creating or revising it).</summary>
    /// <exception cref="RuleViolationException">The text is refused (unknown placeholder, missing part, no remedies), or the agency does not exist.</exception>
    public async Task<NoticeTemplate> SaveTemplateAsync(
        Guid agencyId, NoticeKind kind, NoticeTemplateText text, RecordedBy by, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(by);
        await AgencyNameAsync(agencyId, cancellationToken);
        var existing = await db.NoticeTemplates.FirstOrDefaultAsync(t => t.AgencyId == agencyId && t.Kind == kind, cancellationToken);
        if (existing is null)
        {
            existing = NoticeTemplate.Create(Guid.NewGuid(), agencyId, kind, text, by);
            db.NoticeTemplates.Add(existing);
        }
        else
        {
            existing.Revise(text, by);
        }

        await db.SaveChangesAsync(cancellationToken);
        return existing;
    }

    /// <summary>Drops the agency's own template of <paramref name="kind"/>, so the built-in one applies again.</summary>
    public async Task RestoreBuiltInTemplateAsync(Guid agencyId, NoticeKind kind, CancellationToken cancellationToken = default)
    {
        var existing = await db.NoticeTemplates.FirstOrDefaultAsync(t => t.AgencyId == agencyId && t.Kind == kind, cancellationToken);
        if (existing is not null)
        {
            db.NoticeTemplates.Remove(existing);
            await db.SaveChangesAsync(cancellationToken);
        }
    }


    private async Task<NoticeTemplate> TemplateAsync(Guid agencyId, string agencyName, NoticeKind kind, CancellationToken cancellationToken) =>
        await db.NoticeTemplates.AsNoTracking().FirstOrDefaultAsync(t => t.AgencyId == agencyId && t.Kind == kind, cancellationToken)
            ?? NoticeTemplate.BuiltIn(agencyId, agencyName, kind);

    private async Task<string> AgencyNameAsync(Guid agencyId, CancellationToken cancellationToken) =>
        await db.Agencies.AsNoTracking().Where(a => a.Id == agencyId).Select(a => a.Name).FirstOrDefaultAsync(cancellationToken)
            ?? throw new RuleViolationException("该行政机关不存在。");

    private async Task<int> NextSequenceAsync(Guid agencyId, int year, CancellationToken cancellationToken) =>
        (await db.IssuedNotices.Where(n => n.AgencyId == agencyId && n.NumberYear == year)
            .MaxAsync(n => (int?)n.NumberSequence, cancellationToken) ?? 0) + 1;

    private static bool IsNumberCollision(DbUpdateException e) => e.InnerException switch
    {
        SqliteException { SqliteErrorCode: 19 } sqlite => sqlite.Message.Contains("IssuedNotices.NumberSequence", StringComparison.Ordinal),
        PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } postgres => postgres.ConstraintName == IssuedNoticeConfiguration.NumberIndex,
        _ => false,
    };
}
