using Gongkai.Domain.Requests;

namespace Gongkai.Domain.AnnualReports.Publishing;

/// <summary>
/// A published version of an annual report (条例 第四十九条、第五十条), frozen as published: the cells and findings as
/// the JSON of <see cref="AnnualReportJson"/>, the format, the version of the generator that computed them, the text
/// of every part, who published it and when. Nothing changes it after creation; a correction (更正) is a new version
/// with a change note shown to the public.
/// </summary>
public sealed class AnnualReportVersion
{
    private AnnualReportVersion()
    {
        ReportJson = string.Empty;
        SectionsJson = string.Empty;
        GeneratorVersion = string.Empty;
        PublishedBy = null!;
    }

    internal AnnualReportVersion(
        Guid id, AnnualReportDraft draft, string reportJson, string sectionsJson, string generatorVersion, RecordedBy publishedBy, string? changeNote, string? importedFrom = null)
    {
        ImportedFrom = importedFrom;
        Id = id;
        DraftId = draft.Id;
        AgencyId = draft.AgencyId;
        Year = draft.Year;
        Format = draft.Format;
        VersionNumber = draft.VersionNumber;
        ReportJson = reportJson;
        SectionsJson = sectionsJson;
        GeneratorVersion = generatorVersion;
        PublishedBy = publishedBy;
        ChangeNote = changeNote;
    }

    /// <summary>Identity.</summary>
    public Guid Id { get; private set; }

    /// <summary>The draft the version was published from (one draft per agency and year).</summary>
    public Guid DraftId { get; private set; }

    /// <summary>The agency whose report it is.</summary>
    public Guid AgencyId { get; private set; }

    /// <summary>The report year.</summary>
    public int Year { get; private set; }

    /// <summary>The format it was published in.</summary>
    public ReportFormat Format { get; private set; }

    /// <summary>1 for the first publication, 2, 3, … for each correction.</summary>
    public int VersionNumber { get; private set; }

    /// <summary>The cells and findings as published: <see cref="AnnualReportJson.Serialize"/>.</summary>
    public string ReportJson { get; private set; }

    /// <summary>The printed text of every part: <c>[{"heading", "text"}, …]</c>.</summary>
    public string SectionsJson { get; private set; }

    /// <summary>The version of Gongkai's generator that computed the cells.</summary>
    public string GeneratorVersion { get; private set; }

    /// <summary>Who published it, and when (UTC).</summary>
    public RecordedBy PublishedBy { get; private set; }

    /// <summary>What a correction changed and why (shown publicly); null for version 1.</summary>
    public string? ChangeNote { get; private set; }

    /// <summary>
    /// For a report published before Gongkai and imported (<see cref="AnnualReportDraft.ImportPublished"/>): its source
    /// file and SHA-256. Null for reports Gongkai published.
    /// </summary>
    public string? ImportedFrom { get; private set; }

    /// <summary>Whether the version is an imported report published before Gongkai.</summary>
    public bool IsImported => ImportedFrom is not null;

    /// <summary>Whether the version corrects an earlier one (更正).</summary>
    public bool IsCorrection => VersionNumber > 1;

    /// <summary>The publication day in China (UTC+8), which the deadline of 第四十九条 is measured against.</summary>
    public DateOnly PublishedOn => AnnualReportDeadline.ChinaDate(PublishedBy.AtUtc);

    /// <summary>The cells as published.</summary>
    public AnnualReportData Data() => AnnualReportJson.Deserialize(ReportJson).Report;

    /// <summary>The findings recorded when it was checked.</summary>
    public IReadOnlyList<Finding> Findings() => AnnualReportJson.Deserialize(ReportJson).Findings;

    /// <summary>The printed text of every part.</summary>
    public IReadOnlyList<SectionText> Sections() => SectionTextJson.Deserialize(SectionsJson, ReportLayout.For(Format));

    /// <summary>The printed report, for the exports.</summary>
    public AnnualReportDocument ToDocument()
    {
        var (data, findings) = AnnualReportJson.Deserialize(ReportJson);
        return new AnnualReportDocument(data, Sections(), findings);
    }
}
