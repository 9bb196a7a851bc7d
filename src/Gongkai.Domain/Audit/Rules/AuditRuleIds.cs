namespace Gongkai.Domain.Audit.Rules;

/// <summary>
/// The ids of the auditor's own rules (beyond the shared <see cref="AnnualReports.ConsistencyRuleSet"/>). Stable:
/// findings are stored and compared with them. Every id is described in docs/report-auditor.md.
/// </summary>
public static class AuditRuleIds
{
    /// <summary>
    /// The file could not be read (empty, binary, corrupt, too large, tool missing). Warning: the report was not
    /// checked (its reading status says so), which is not an error of the report.
    /// </summary>
    public const string Unreadable = "audit.unreadable";

    /// <summary>The file was read but does not look like an annual report. Warning.</summary>
    public const string NotAReport = "audit.not-a-report";

    /// <summary>Pages of a PDF without a text layer (scans): not read, or read by OCR (Warning).</summary>
    public const string PagesWithoutText = "audit.pages-without-text";

    /// <summary>The format could not be told from the content or the year. Warning.</summary>
    public const string FormatUnknown = "audit.format-unknown";

    /// <summary>The report is written in a format that was not in force for its year. Info.</summary>
    public const string FormatNotInForce = "audit.format-not-in-force";

    /// <summary>No report year could be read. Warning.</summary>
    public const string YearMissing = "audit.year-missing";

    /// <summary>The statistics period printed is not the calendar year of the report. Warning.</summary>
    public const string PeriodMismatch = "audit.period-mismatch";

    /// <summary>The report was published before its year ended. Warning.</summary>
    public const string PublishedBeforeYearEnd = "audit.published-before-year-end";

    /// <summary>The "previous" report given is not of the year before. Warning.</summary>
    public const string PreviousNotPrecedingYear = "audit.previous-not-preceding-year";

    /// <summary>A part the format requires is missing. Warning (2019/2021), Info (2008/2014).</summary>
    public const string SectionMissing = "audit.section-missing";

    /// <summary>A part the format requires is present but empty. Warning (2019/2021), Info (2008/2014).</summary>
    public const string SectionEmpty = "audit.section-empty";

    /// <summary>A table the format requires has no cell that could be read. Warning (2019/2021), Info (2014).</summary>
    public const string TableMissing = "audit.table-missing";

    /// <summary>A figure stated in the narrative differs from the table (2019/2021; 2014 uses narrative.matches-table). Warning.</summary>
    public const string NarrativeMatchesTable = "audit.narrative-vs-table";

    /// <summary>A share stated in the narrative ("占12.5%") is not the part over its total within rounding. Warning.</summary>
    public const string NarrativePercent = "audit.narrative-percent";

    /// <summary>Parts stated in one paragraph add up to more than the total stated with them. Warning.</summary>
    public const string NarrativePartsExceedTotal = "audit.narrative-parts-exceed-total";

    /// <summary>Share of the text repeated from the previous year's report. Info or Warning above thresholds.</summary>
    public const string CopiedFromPreviousYear = "audit.copied-from-previous-year";

    /// <summary>The cells read could not be put together as a report (a duplicate address). Warning: a misreading, not the report's error.</summary>
    public const string CellsUnusable = "audit.cells-unusable";

    /// <summary>A table row's values could not be placed unambiguously; they are shown but not used by the rules. Warning.</summary>
    public const string ReadingAmbiguous = "audit.reading-ambiguous";

    /// <summary>Values printed run together were split the one way the table's own sums allow; the cells are marked inferred. Info.</summary>
    public const string ReadingInferred = "audit.reading-inferred";

    /// <summary>
    /// A subtotal row the agency added inside table 三 (小计/合计, or a group heading printed with figures) that is not the
    /// sum of its group's rows. Error when every cell was read for certain, else Warning.
    /// </summary>
    public const string SubtotalMismatch = "audit.subtotal-mismatch";

    /// <summary>A universal or negative claim of the narrative denied by another sentence or by the tables. Warning.</summary>
    public const string NarrativeContradiction = "audit.narrative-contradiction";

    /// <summary>A date no calendar has ("202020年12月31日", "2007年45日"). Warning.</summary>
    public const string MalformedDate = "audit.malformed-date";

    /// <summary>The report's own year written as a future plan ("2016年，我们将…" in the 2016 report). Warning.</summary>
    public const string OwnYearAsFuture = "audit.own-year-as-future";

    /// <summary>Text that belongs to another agency's report ("市本级" in a county's report). Warning.</summary>
    public const string CopiedFromOtherAgency = "audit.copied-from-other-agency";
}
