using Gongkai.Domain.AnnualReports.Narrative;
using Gongkai.Domain.Requests;

namespace Gongkai.Domain.AnnualReports.Publishing;

/// <summary>
/// The annual report (政府信息公开工作年度报告, 条例 第四十九条、第五十条) of one agency for one year on its way to
/// publication: Draft → Checked → Approved → Published. It holds the text people wrote for each part; the figure
/// sentences are drafted from the data (<see cref="NarrativeDrafter"/>) when it is checked.
/// <list type="bullet">
/// <item><see cref="Check"/> freezes the data, the composed text and the findings (the consistency rules' and one
/// error per part still empty) that approval and publication rest on.</item>
/// <item><see cref="Approve"/> needs a check without any <see cref="FindingSeverity.Error"/>.</item>
/// <item><see cref="Publish"/> creates the frozen <see cref="AnnualReportVersion"/> 1, 2, …; from version 2 on a
/// change note (更正说明) is required.</item>
/// <item>Any change after publication (<see cref="Edit"/>, <see cref="StartCorrection"/>) starts the draft of the next
/// version; published versions never change.</item>
/// </list>
/// </summary>
public sealed class AnnualReportDraft
{
    /// <summary>The rule id of the finding for a part still empty.</summary>
    public const string MissingPartRuleId = "narrative.parts-written";

    /// <summary>The rule's title.</summary>
    public const string MissingPartRuleTitle = "报告的每一部分都须填写（条例第五十条；2007年条例第三十二条）";

    private readonly List<SectionEdit> _edits = [];

    private AnnualReportDraft()
    {
        StartedBy = null!;
    }

    private AnnualReportDraft(Guid id, Guid agencyId, int year, ReportFormat format, RecordedBy by)
    {
        Id = id;
        AgencyId = agencyId;
        Year = year;
        Format = format;
        VersionNumber = 1;
        State = AnnualReportState.Draft;
        StartedBy = by;
    }

    /// <summary>Identity.</summary>
    public Guid Id { get; private set; }

    /// <summary>The agency whose report it is.</summary>
    public Guid AgencyId { get; private set; }

    /// <summary>The report year.</summary>
    public int Year { get; private set; }

    /// <summary>The format the report is written in (by default the one of its year; an agency may keep an older one).</summary>
    public ReportFormat Format { get; private set; }

    /// <summary>The version the draft will become when published: 1, then 2, 3, … for corrections.</summary>
    public int VersionNumber { get; private set; }

    /// <summary>Where the draft stands.</summary>
    public AnnualReportState State { get; private set; }

    /// <summary>Who started the report, and when.</summary>
    public RecordedBy StartedBy { get; private set; }

    /// <summary>The text people wrote, one entry per part they wrote in.</summary>
    public IReadOnlyList<SectionEdit> Edits => _edits;

    /// <summary>The data and findings as checked (<see cref="AnnualReportJson"/>); null until checked.</summary>
    public string? CheckedReportJson { get; private set; }

    /// <summary>The printed text as checked (<c>[{"heading", "text"}, …]</c>); null until checked.</summary>
    public string? CheckedSectionsJson { get; private set; }

    /// <summary>Who checked, and when; null until checked.</summary>
    public RecordedBy? CheckedBy { get; private set; }

    /// <summary>Who approved publication, and when; null until approved.</summary>
    public RecordedBy? ApprovedBy { get; private set; }

    /// <summary>The number of the last published version; 0 before the first publication.</summary>
    public int PublishedVersionNumber { get; private set; }

    /// <summary>
    /// For a report the agency published before Gongkai and that was imported as the baseline of the cross-year rules:
    /// the source file and its SHA-256 (<see cref="ImportPublished"/>); null for reports made in Gongkai. Read-only.
    /// </summary>
    public string? ImportedFrom { get; private set; }

    /// <summary>The people's text by part heading, for <see cref="NarrativeDrafter.Draft"/>.</summary>
    public IReadOnlyDictionary<string, string> HumanText => _edits.ToDictionary(e => e.Heading, e => e.Text);

    /// <summary>The findings of the last check; empty until checked.</summary>
    public IReadOnlyList<Finding> Findings =>
        CheckedReportJson is null ? [] : AnnualReportJson.Deserialize(CheckedReportJson).Findings;

    /// <summary>Starts the report of <paramref name="agencyId"/> for <paramref name="year"/> in <paramref name="format"/>.</summary>
    public static AnnualReportDraft Start(Guid id, Guid agencyId, int year, ReportFormat format, RecordedBy by)
    {
        ArgumentNullException.ThrowIfNull(by);
        if (year < ReportFormatExtensions.FirstReportYear)
        {
            throw new RuleViolationException("2008年以前没有政府信息公开工作年度报告（2007年条例自2008年5月1日起施行）。");
        }

        _ = ReportLayout.For(format);
        return new AnnualReportDraft(id, agencyId, year, format, by);
    }

    /// <summary>
    /// Records a report the agency published before it used Gongkai, with the figures read from it (by the report
    /// auditor's readers), as its published version 1 — read-only and marked as imported
    /// (<see cref="ImportedFrom"/>), so the cross-year rules (上年结转, 现行有效件数, 条例 第五十条) work from the first
    /// year Gongkai computes. <paramref name="text"/> is the report's text as read, kept as one part.
    /// </summary>
    /// <exception cref="RuleViolationException">A year before 2008, or the data is for another year.</exception>
    public static (AnnualReportDraft Draft, AnnualReportVersion Version) ImportPublished(
        Guid draftId, Guid versionId, Guid agencyId, AnnualReportData data, IEnumerable<Finding> findings, string text, string source, RecordedBy by)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(findings);
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        var draft = Start(draftId, agencyId, data.Year, data.Format, by);
        draft.ImportedFrom = source.Trim();
        draft.CheckedReportJson = AnnualReportJson.Serialize(data, findings);
        draft.CheckedSectionsJson = SectionTextJson.Serialize([new SectionText(new ReportSection("报告原文（导入）"), text ?? string.Empty)]);
        draft.CheckedBy = by;
        draft.ApprovedBy = by;
        draft.PublishedVersionNumber = 1;
        draft.State = AnnualReportState.Published;
        var version = new AnnualReportVersion(versionId, draft, draft.CheckedReportJson, draft.CheckedSectionsJson, "imported", by, null, draft.ImportedFrom);
        return (draft, version);
    }

    /// <summary>The text of every part: the people's text with figure sentences drafted from <paramref name="data"/>.</summary>
    public NarrativeDraft Compose(AnnualReportData data)
    {
        EnsureMatches(data);
        return NarrativeDrafter.Draft(data, HumanText);
    }

    /// <summary>
    /// Replaces the people's text of the part under <paramref name="heading"/> (an empty text clears it). A checked or
    /// approved draft goes back to Draft; a published one starts the draft of the next version (更正).
    /// </summary>
    /// <exception cref="RuleViolationException">The format has no such part.</exception>
    public void Edit(string heading, string text, RecordedBy by)
    {
        ArgumentNullException.ThrowIfNull(heading);
        ArgumentNullException.ThrowIfNull(by);
        var section = ReportLayout.For(Format).Sections.FirstOrDefault(s => LabelKey.Of(s.Heading) == LabelKey.Of(heading))
                      ?? throw new RuleViolationException($"{Format} 格式的年度报告没有“{heading}”这一部分。", "第五十条");
        var normalised = (text ?? string.Empty).Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
        Reopen();
        var existing = _edits.FirstOrDefault(e => e.Heading == section.Heading);
        if (existing is null)
        {
            _edits.Add(new SectionEdit(section.Heading, normalised, by));
        }
        else
        {
            existing.Replace(normalised, by);
        }
    }

    /// <summary>
    /// Starts the draft of the next version of a published report (更正), e.g. because a figure was corrected in
    /// the records.
    /// </summary>
    /// <exception cref="RuleViolationException">The report is not published.</exception>
    public void StartCorrection(RecordedBy by)
    {
        ArgumentNullException.ThrowIfNull(by);
        if (State != AnnualReportState.Published)
        {
            throw new RuleViolationException("年度报告尚未发布，直接修改草稿即可，无需更正。");
        }

        Reopen();
    }

    /// <summary>
    /// Records a check of <paramref name="data"/> (computed now) with the text of <see cref="Compose"/>: the given
    /// consistency findings (<see cref="ConsistencyRuleSet"/>, with last year's report for the cross-year rules) plus
    /// one <see cref="FindingSeverity.Error"/> for each part still empty (<see cref="MissingPartRuleId"/>).
    /// </summary>
    /// <exception cref="RuleViolationException">The report is published (start a correction first).</exception>
    /// <exception cref="ArgumentException">The data is for another year or format.</exception>
    public IReadOnlyList<Finding> Check(AnnualReportData data, IEnumerable<Finding> findings, RecordedBy by)
    {
        ArgumentNullException.ThrowIfNull(findings);
        ArgumentNullException.ThrowIfNull(by);
        if (State == AnnualReportState.Published)
        {
            throw new RuleViolationException($"第{VersionNumber}版已经发布，不能再改动；如需更正，请先开始更正。");
        }

        var draft = Compose(data);
        var missing = draft.MissingParts.Select(p => new Finding(
            MissingPartRuleId,
            FindingSeverity.Error,
            $"“{p.Heading}”尚未填写：年度报告的每一部分都须报告，不能遗漏。",
            []));
        var all = findings.Concat(missing).ToArray();
        CheckedReportJson = AnnualReportJson.Serialize(data, all);
        CheckedSectionsJson = SectionTextJson.Serialize(draft.Sections);
        CheckedBy = by;
        ApprovedBy = null;
        State = AnnualReportState.Checked;
        return all;
    }

    /// <summary>Approves publication of what was checked.</summary>
    /// <exception cref="RuleViolationException">Not checked since the last change, or the check found an error.</exception>
    public void Approve(RecordedBy by)
    {
        ArgumentNullException.ThrowIfNull(by);
        if (State != AnnualReportState.Checked)
        {
            throw new RuleViolationException(State switch
            {
                AnnualReportState.Draft => "年度报告自上次修改后尚未检查，须先检查再批准。",
                AnnualReportState.Approved => "年度报告已经批准。",
                _ => $"第{VersionNumber}版已经发布。",
            });
        }

        EnsureNoError("批准");
        ApprovedBy = by;
        State = AnnualReportState.Approved;
    }

    /// <summary>
    /// Publishes what was checked and approved as version <see cref="VersionNumber"/>, frozen. A correction (version 2
    /// on) needs a non-empty <paramref name="changeNote"/>, which is shown publicly.
    /// </summary>
    /// <exception cref="RuleViolationException">Not approved, an error finding, or a correction without a change note.</exception>
    public AnnualReportVersion Publish(Guid versionId, RecordedBy by, string generatorVersion, string? changeNote = null)
    {
        ArgumentNullException.ThrowIfNull(by);
        if (string.IsNullOrWhiteSpace(generatorVersion))
        {
            throw new ArgumentException("须记录生成器版本。", nameof(generatorVersion));
        }

        if (State != AnnualReportState.Approved)
        {
            throw new RuleViolationException(State == AnnualReportState.Published
                ? $"第{VersionNumber}版已经发布。"
                : "年度报告须经检查并批准后才能发布。");
        }

        EnsureNoError("发布");
        var note = string.IsNullOrWhiteSpace(changeNote) ? null : changeNote.Trim();
        if (VersionNumber > 1 && note is null)
        {
            throw new RuleViolationException($"第{VersionNumber}版是对已发布报告的更正，须填写更正说明（向社会公开）。");
        }

        var version = new AnnualReportVersion(versionId, this, CheckedReportJson!, CheckedSectionsJson!, generatorVersion.Trim(), by, note);
        PublishedVersionNumber = VersionNumber;
        State = AnnualReportState.Published;
        return version;
    }

    private void Reopen()
    {
        if (ImportedFrom is not null)
        {
            throw new RuleViolationException($"{Year}年度报告是导入的已发布报告（{ImportedFrom}），只读，不能修改或更正。");
        }

        if (State == AnnualReportState.Published)
        {
            VersionNumber = PublishedVersionNumber + 1;
        }

        State = AnnualReportState.Draft;
        CheckedReportJson = null;
        CheckedSectionsJson = null;
        CheckedBy = null;
        ApprovedBy = null;
    }

    private void EnsureNoError(string action)
    {
        var errors = Findings.Where(f => f.Severity == FindingSeverity.Error).ToArray();
        if (errors.Length == 0)
        {
            return;
        }

        var titles = RuleTitles();
        var listed = string.Join("；", errors.Select(e =>
            $"规则“{titles.GetValueOrDefault(e.RuleId, e.RuleId)}”（{e.RuleId}）：{e.Message}"));
        throw new RuleViolationException($"检查发现{errors.Length}项错误，不能{action}：{listed}");
    }

    private Dictionary<string, string> RuleTitles()
    {
        var placeholder = new AnnualReportData(Format, Year, new ReportingAgency("-", "-"), []);
        var titles = ConsistencyRuleSet.For(Format, placeholder).Rules
            .GroupBy(r => r.Id)
            .ToDictionary(g => g.Key, g => g.First().Title);
        titles[MissingPartRuleId] = MissingPartRuleTitle;
        return titles;
    }

    private void EnsureMatches(AnnualReportData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (data.Year != Year || data.Format != Format)
        {
            throw new ArgumentException($"数据是{data.Year}年、{data.Format}格式，草稿是{Year}年、{Format}格式。", nameof(data));
        }
    }
}
