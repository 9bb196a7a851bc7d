using Gongkai.Data;
using Gongkai.Data.AnnualReports;
using Gongkai.Domain;
using Gongkai.Domain.Agencies;
using Gongkai.Domain.AnnualReports;
using Gongkai.Domain.AnnualReports.Generation;
using Gongkai.Domain.AnnualReports.Narrative;
using Gongkai.Domain.AnnualReports.Publishing;
using Gongkai.Domain.Calendar;
using Gongkai.Domain.Requests;
using Gongkai.Web.Admin;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Reports;

/// <summary>
/// The back office's annual report (政府信息公开工作年度报告, 条例 第四十九条、第五十条) of one agency and year: its standing
/// against the deadline, the draft computed from the records (rolled up over the agency's units, so a supervising
/// government sees each unit's contribution), the people's text, and the steps Check → Approve → Publish → 更正 of
/// <see cref="AnnualReportDraft"/>. Every step is one <see cref="GongkaiDbContext.SaveChangesAsync(CancellationToken)"/>;
/// refusals are the domain's <see cref="RuleViolationException"/>s.
/// </summary>
public sealed class ReportWorkflow(GongkaiDbContext db, AnnualReportSource source, TimeProvider time)
{
    /// <summary>Today in China (the deadline of 第四十九条 is a date in China).</summary>
    public DateOnly Today => ChinaClock.Today(time);

    /// <summary>The report year offered by default: the year before today's.</summary>
    public int DefaultYear => Today.Year - 1;

    /// <summary>Whether <paramref name="year"/> can have a report (2008 up to the current year).</summary>
    public bool IsReportYear(int year) => year >= ReportFormatExtensions.FirstReportYear && year <= Today.Year;

    /// <summary>
    /// The agency a page works on: the one with <paramref name="code"/> when given, else the officer's own; null when
    /// it does not exist or lies outside the officer's scope (the page answers 404).
    /// </summary>
    public async Task<Agency?> AgencyInScopeAsync(AdminScope scope, string? code, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        Agency? agency;
        if (string.IsNullOrWhiteSpace(code))
        {
            if (scope.AgencyId is not { } own)
            {
                return null;
            }

            agency = await db.Agencies.AsNoTracking().FirstOrDefaultAsync(a => a.Id == own, cancellationToken);
        }
        else
        {
            var key = code.Trim();
            agency = await db.Agencies.AsNoTracking().FirstOrDefaultAsync(a => a.Code == key, cancellationToken);
        }

        return agency is not null && scope.Covers(agency.Id) ? agency : null;
    }

    /// <summary>
    /// Whether the officer may work on (not only read) <paramref name="agency"/>'s report: its own agency's, or any in
    /// scope for an account of the whole tree. A supervising office reads its units' reports; the units write them.
    /// </summary>
    public static bool MayWork(AdminScope scope, Agency agency)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(agency);
        return scope.AgencyId is null ? scope.Covers(agency.Id) : scope.AgencyId == agency.Id;
    }

    /// <summary>Where the report of <paramref name="agency"/> for <paramref name="year"/> stands.</summary>
    public async Task<ReportStanding> StandingAsync(Agency agency, int year, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(agency);
        var draft = await db.AnnualReportDrafts.AsNoTracking()
            .FirstOrDefaultAsync(d => d.AgencyId == agency.Id && d.Year == year, cancellationToken);
        var versions = await db.AnnualReportVersions.AsNoTracking()
            .Where(v => v.AgencyId == agency.Id && v.Year == year)
            .OrderBy(v => v.VersionNumber)
            .ToListAsync(cancellationToken);
        return ReportStanding.Of(agency, year, draft, versions, Today);
    }

    /// <summary>
    /// The standing of <paramref name="root"/> and of every unit under it (root first), for the supervising office.
    /// Three reads whatever the number of units: the agencies, the year's drafts and the year's published versions
    /// (of the subtree; of every agency when the subtree is the whole tree, without a list of thousands of ids), each
    /// without the report's JSON.
    /// </summary>
    public async Task<IReadOnlyList<ReportStanding>> UnitsAsync(Agency root, int year, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(root);
        var agencies = await db.Agencies.AsNoTracking().ToListAsync(cancellationToken);
        var subtree = new AgencyTree(agencies.Select(a => (a.Id, a.ParentId))).Subtree(root.Id);
        var byId = agencies.ToDictionary(a => a.Id);
        // The list needs the state columns only: the report and text JSON of every version and draft (two of tens of
        // KB per unit: 120 MB for 2,000 units) are read as empty, except a checked or approved draft's report, whose
        // findings give the error count. These entities serve this read-only list and nothing else. (FromSql names the
        // columns of a complex property Property_Member, whatever their mapped names.)
        var checkedState = nameof(AnnualReportState.Checked);
        var approved = nameof(AnnualReportState.Approved);
        var draftRows = db.AnnualReportDrafts.FromSql($"""
            SELECT "Id", "AgencyId", "Year", "Format", "VersionNumber", "State",
                   CASE WHEN "State" IN ({checkedState}, {approved}) THEN "CheckedReportJson" END AS "CheckedReportJson",
                   CAST(NULL AS TEXT) AS "CheckedSectionsJson", "PublishedVersionNumber", "ImportedFrom",
                   "ApprovedByActor" AS "ApprovedBy_Actor", "ApprovedByAtUtc" AS "ApprovedBy_AtUtc",
                   "CheckedByActor" AS "CheckedBy_Actor", "CheckedByAtUtc" AS "CheckedBy_AtUtc",
                   "StartedByActor" AS "StartedBy_Actor", "StartedByAtUtc" AS "StartedBy_AtUtc"
            FROM "AnnualReportDrafts" WHERE "Year" = {year}
            """).AsNoTracking().IgnoreAutoIncludes();
        var versionRows = db.AnnualReportVersions.FromSql($"""
            SELECT "Id", "DraftId", "AgencyId", "Year", "Format", "VersionNumber", '' AS "ReportJson", '' AS "SectionsJson",
                   "GeneratorVersion", "ChangeNote", "ImportedFrom", "PublishedByActor" AS "PublishedBy_Actor", "PublishedByAtUtc" AS "PublishedBy_AtUtc"
            FROM "AnnualReportVersions" WHERE "Year" = {year}
            """).AsNoTracking();
        if (subtree.Count < agencies.Count)
        {
            draftRows = draftRows.Where(d => subtree.Contains(d.AgencyId));
            versionRows = versionRows.Where(v => subtree.Contains(v.AgencyId));
        }

        var drafts = (await draftRows.ToListAsync(cancellationToken)).ToDictionary(d => d.AgencyId);
        var versions = (await versionRows.ToListAsync(cancellationToken)).ToLookup(v => v.AgencyId);
        return subtree
            .Select(id => ReportStanding.Of(byId[id], year, drafts.GetValueOrDefault(id),
                versions[id].OrderBy(v => v.VersionNumber).ToArray(), Today))
            .ToArray();
    }

    /// <summary>
    /// The report as it would be checked now: computed from the records (in the draft's format, or the year's), rolled
    /// up over the agency's units, with the draft's text.
    /// </summary>
    public async Task<ReportWork> ComputeAsync(Agency agency, int year, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(agency);
        var draft = await db.AnnualReportDrafts.AsNoTracking()
            .FirstOrDefaultAsync(d => d.AgencyId == agency.Id && d.Year == year, cancellationToken);
        var rolled = await source.RollUpAsync(agency, new ReportingYear(year), draft?.Format, cancellationToken);
        var data = rolled.Combined.Data;
        var narrative = draft?.Compose(data) ?? NarrativeDrafter.Draft(data);
        return new ReportWork(rolled, narrative, narrative.ToDocument(rolled.Combined.Findings));
    }

    /// <summary>Starts the report of <paramref name="agency"/> for <paramref name="year"/> in the format of the year.</summary>
    /// <exception cref="RuleViolationException">A report for the year was already started, or the year has none.</exception>
    public async Task StartAsync(Agency agency, int year, RecordedBy by, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(agency);
        if (await db.AnnualReportDrafts.AnyAsync(d => d.AgencyId == agency.Id && d.Year == year, cancellationToken))
        {
            throw new RuleViolationException($"{agency.Name}{year}年度报告已经开始编制，请直接打开草稿。", "第四十九条");
        }

        if (year >= Today.Year)
        {
            throw new RuleViolationException($"{year}年尚未结束，年度报告须在年度结束后编制。", "第四十九条");
        }

        db.AnnualReportDrafts.Add(AnnualReportDraft.Start(Guid.NewGuid(), agency.Id, year, ReportFormat.DefaultFor(year), by));
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// Saves the people's text of the parts given (heading → text); a part whose text is unchanged is left alone, so
    /// saving an unchanged form does not reopen a checked report. Returns how many parts changed.
    /// </summary>
    /// <exception cref="RuleViolationException">No report started, or a heading the format does not have.</exception>
    public async Task<int> SaveTextAsync(Agency agency, int year, IReadOnlyDictionary<string, string?> texts, RecordedBy by, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var draft = await DraftAsync(agency, year, cancellationToken);
        var current = draft.HumanText;
        var changed = 0;
        foreach (var (heading, text) in texts)
        {
            var normalised = (text ?? string.Empty).Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
            var existing = current.FirstOrDefault(e => LabelKey.Of(e.Key) == LabelKey.Of(heading)).Value ?? string.Empty;
            if (existing == normalised)
            {
                continue;
            }

            draft.Edit(heading, normalised, by);
            changed++;
        }

        await db.SaveChangesAsync(cancellationToken);
        return changed;
    }

    /// <summary>Checks the report (条例 第五十条; the consistency rules and every part written) and records the findings.</summary>
    /// <exception cref="RuleViolationException">No report started, or it is published (start a correction first).</exception>
    public async Task<IReadOnlyList<Finding>> CheckAsync(Agency agency, int year, RecordedBy by, CancellationToken cancellationToken = default)
    {
        var draft = await DraftAsync(agency, year, cancellationToken);
        var rolled = await source.RollUpAsync(agency, new ReportingYear(year), draft.Format, cancellationToken);
        var findings = draft.Check(rolled.Combined.Data, rolled.Combined.Findings, by);
        await db.SaveChangesAsync(cancellationToken);
        return findings;
    }

    /// <summary>Approves publication (工作机构负责人); the domain refuses a report not checked or with an error.</summary>
    /// <exception cref="RuleViolationException">Refused by <see cref="AnnualReportDraft.Approve"/>.</exception>
    public async Task ApproveAsync(Agency agency, int year, RecordedBy by, CancellationToken cancellationToken = default)
    {
        var draft = await DraftAsync(agency, year, cancellationToken);
        draft.Approve(by);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Publishes what was checked and approved (条例 第四十九条); from version 2 on a change note is required.</summary>
    /// <exception cref="RuleViolationException">Refused by <see cref="AnnualReportDraft.Publish"/>.</exception>
    public async Task<AnnualReportVersion> PublishAsync(Agency agency, int year, string? changeNote, RecordedBy by, CancellationToken cancellationToken = default)
    {
        var draft = await DraftAsync(agency, year, cancellationToken);
        var version = draft.Publish(Guid.NewGuid(), by, AnnualReportGenerator.Version, changeNote);
        db.AnnualReportVersions.Add(version);
        await db.SaveChangesAsync(cancellationToken);
        return version;
    }

    /// <summary>Starts the draft of the next version of a published report (更正).</summary>
    /// <exception cref="RuleViolationException">Not published.</exception>
    public async Task StartCorrectionAsync(Agency agency, int year, RecordedBy by, CancellationToken cancellationToken = default)
    {
        var draft = await DraftAsync(agency, year, cancellationToken);
        draft.StartCorrection(by);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// The records behind one cell of the agency's report (drill-down): the ids the cell carries, or — for request cells
    /// counted in the database — the requests of every tally that adds to the cell. Only records of
    /// <paramref name="scope"/> are returned.
    /// </summary>
    public async Task<CellRecords> RecordsBehindAsync(AdminScope scope, Agency agency, int year, CellAddress address, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(address);
        var work = await ComputeAsync(agency, year, cancellationToken);
        var data = work.Rolled.Combined.Data;
        var cell = data.Find(address);
        if (cell is null)
        {
            return new CellRecords(null, [], [], []);
        }

        var ids = (cell.RecordIds ?? []).Select(s => Guid.TryParse(s, out var g) ? g : Guid.Empty).Where(g => g != Guid.Empty).ToHashSet();
        if (cell.RecordIds is null && RequestStatisticsCalculator.Supports(data.Format))
        {
            var links = await db.Agencies.AsNoTracking().Select(a => new { a.Id, a.ParentId }).ToListAsync(cancellationToken);
            var subtree = new AgencyTree(links.Select(l => (l.Id, l.ParentId))).Subtree(agency.Id);
            var query = new RequestTallyQuery(db);
            var reportingYear = new ReportingYear(year);
            foreach (var tally in await query.RunAsync(subtree, reportingYear, cancellationToken))
            {
                var adds = RequestStatisticsCalculator.Cells(data.Format, [tally]).FirstOrDefault(c => c.Address.Equals(address));
                if (adds?.Value is > 0)
                {
                    ids.UnionWith(await query.RequestsBehind(subtree, reportingYear, tally, cancellationToken));
                }
            }
        }

        var list = ids.ToList();
        var requests = await scope.Requests(db).AsNoTracking().IgnoreAutoIncludes()
            .Where(r => list.Contains(r.Id))
            .OrderBy(r => r.TrackingNumber)
            .Select(r => new RequestBehind(r.Id, r.TrackingNumber, r.Description))
            .ToListAsync(cancellationToken);
        var agencies = scope.AgencyIds.ToList();
        var others = new List<string>();
        others.AddRange((await db.Reconsiderations.AsNoTracking().Where(c => list.Contains(c.Id) && agencies.Contains(c.AgencyId)).ToListAsync(cancellationToken))
            .Select(c => $"行政复议 {c.CaseNumber}"));
        others.AddRange((await db.Litigations.AsNoTracking().Where(c => list.Contains(c.Id) && agencies.Contains(c.AgencyId)).ToListAsync(cancellationToken))
            .Select(c => $"行政诉讼 {c.CaseNumber}"));
        others.AddRange((await db.NormativeDocuments.AsNoTracking().Where(d => list.Contains(d.Id) && agencies.Contains(d.AgencyId)).ToListAsync(cancellationToken))
            .Select(d => $"规范性文件《{d.Title}》"));
        var statistics = (await db.AnnualStatistics.AsNoTracking().Where(s => list.Contains(s.Id) && agencies.Contains(s.AgencyId)).ToListAsync(cancellationToken))
            .Select(s => $"录入的统计数 {s.Value.ToString("0.####", System.Globalization.CultureInfo.InvariantCulture)}（来源：{s.Source}；{s.RecordedBy}，{ChinaClock.DateOf(s.RecordedAtUtc):yyyy-MM-dd}）")
            .ToList();
        return new CellRecords(cell, requests, others, statistics);
    }

    private async Task<AnnualReportDraft> DraftAsync(Agency agency, int year, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(agency);
        return await db.AnnualReportDrafts.FirstOrDefaultAsync(d => d.AgencyId == agency.Id && d.Year == year, cancellationToken)
               ?? throw new RuleViolationException($"{agency.Name}{year}年度报告尚未开始编制，请先“从数据开始编制”。", "第四十九条");
    }
}

/// <summary>The report as computed now: the roll-up over the units, the text, and the printed document with its findings.</summary>
/// <param name="Rolled">The combined report and each unit's own.</param>
/// <param name="Narrative">The text of every part (drafted figures and the people's text).</param>
/// <param name="Document">The printed report with the findings of the consistency rules.</param>
public sealed record ReportWork(RolledUpReport Rolled, NarrativeDraft Narrative, AnnualReportDocument Document);

/// <summary>A request behind a report cell.</summary>
/// <param name="Id">The request.</param>
/// <param name="TrackingNumber">Its tracking number.</param>
/// <param name="Description">What was asked for.</param>
public sealed record RequestBehind(Guid Id, string TrackingNumber, string Description);

/// <summary>The records behind one report cell, as far as the officer's scope reaches.</summary>
/// <param name="Cell">The cell; null when the format has no such cell.</param>
/// <param name="Requests">The requests.</param>
/// <param name="Cases">Appeals and normative documents, described.</param>
/// <param name="Statistics">Entered statistics, with source, who and when.</param>
public sealed record CellRecords(ReportCell? Cell, IReadOnlyList<RequestBehind> Requests, IReadOnlyList<string> Cases, IReadOnlyList<string> Statistics);
