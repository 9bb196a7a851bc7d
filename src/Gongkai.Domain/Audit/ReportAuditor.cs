using Gongkai.Domain.AnnualReports;
using Gongkai.Domain.Audit.Claims;
using Gongkai.Domain.Audit.Extraction;
using Gongkai.Domain.Audit.Rules;

namespace Gongkai.Domain.Audit;

/// <summary>
/// Audits a published annual report: reads agency, year, period and format (<see cref="ReportMetadataReader"/>),
/// the table cells (<see cref="ReportCellExtractor"/>) and the narrative figures (<see cref="NarrativeClaimReader"/>),
/// then runs the shared consistency rules (<see cref="ConsistencyRuleSet"/>, with the cross-year rules when the
/// previous year's report is given) and the auditor's own (<see cref="AuditRuleIds"/>). Never throws on content:
/// unreadable or non-report input ends in a finding.
/// </summary>
public static class ReportAuditor
{
    /// <summary>Audits <paramref name="report"/>, with the same agency's report of the year before when given.</summary>
    public static AuditReport Audit(ReportText report, ReportText? previous = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (!report.HasText)
        {
            // not an error of the report: the report was not checked (reading status), the finding says why
            return Failed(report, AuditRuleIds.Unreadable, FindingSeverity.Warning,
                string.IsNullOrEmpty(report.Message) ? "无法读取该文件。" : report.Message);
        }

        var metadata = ReportMetadataReader.Read(report);
        var findings = new List<Finding>(ScannedPagesRule.Check(report));
        if (report.Status == ReportReadStatus.NotAReport)
        {
            findings.Add(new Finding(AuditRuleIds.NotAReport, FindingSeverity.Warning,
                string.IsNullOrEmpty(report.Message) ? "该文件不像政府信息公开工作年度报告。" : report.Message, []));
        }

        var year = metadata.ReportYear is >= ReportFormatExtensions.FirstReportYear and <= 2100 ? metadata.ReportYear : null;
        var format = metadata.FormatGuess.Format ?? (year is { } y ? ReportFormatGuess.FormatInForce(y) : null);
        if (format is null)
        {
            findings.Add(new Finding(AuditRuleIds.FormatUnknown, FindingSeverity.Warning,
                "无法判断报告采用的年度报告格式（内容中没有格式特有的表格或部分，也没有报告年度）。", []));
            return new AuditReport(report.SourceName, metadata.AgencyName, metadata.ReportYear, null, metadata.FormatGuess.Confidence, [], [], findings, report.Status);
        }

        var (data, claims, problem, reading, own) = Read(report, metadata, format.Value, year);
        if (problem is not null)
        {
            findings.Add(problem);
            return new AuditReport(report.SourceName, metadata.AgencyName, metadata.ReportYear, format, metadata.FormatGuess.Confidence, [], claims, findings, report.Status);
        }

        ReportMetadata? previousMetadata = null;
        AnnualReportData? previousData = null;
        if (previous is { HasText: true })
        {
            previousMetadata = ReportMetadataReader.Read(previous);
            var previousYear = previousMetadata.ReportYear is >= ReportFormatExtensions.FirstReportYear and <= 2100 ? previousMetadata.ReportYear : null;
            if ((previousMetadata.FormatGuess.Format ?? (previousYear is { } py ? ReportFormatGuess.FormatInForce(py) : null)) is { } previousFormat)
            {
                previousData = Read(previous, previousMetadata, previousFormat, previousYear).Data;
            }
        }

        var rules = ConsistencyRuleSet.For(format.Value, previousData);
        var checks = new List<Finding>(rules.Check(data!));
        var context = new AuditContext(report, metadata, format.Value, data!.Year, data, claims, previous, previousMetadata, reading!.Doubtful, reading.Subtotals);
        checks.AddRange(NarrativeRules.Check(context));
        checks.AddRange(StructureRules.Check(context));
        checks.AddRange(CopiedTextRule.Check(context));
        checks.AddRange(NarrativeAssertionRules.Check(context));
        checks.AddRange(SubtotalRule.Check(context));
        checks.AddRange(OwnTableAgainstText(own, claims, data.Year));
        findings.AddRange(reading!.Findings(data.Year));
        findings.AddRange(own.Notes.Select(n => new Finding(n.RuleId, n.Severity, n.Message,
            [TextEvidenceOf.Of(data.Year, n.What, n.Source), .. n.Cells.Select(c => FindingEvidence.Of(data.Year, c))])));
        findings.AddRange(ReadingDoubtGate.Apply(checks, reading.Doubtful));
        return new AuditReport(report.SourceName, metadata.AgencyName, metadata.ReportYear, format, metadata.FormatGuess.Confidence,
            [.. data.Cells, .. reading.SetAside, .. reading.Subtotals, .. own.Cells, .. own.SetAside], claims, findings, report.Status);
    }

    /// <summary>The cells of <paramref name="text"/> as a report of <paramref name="format"/>: table cells, then for 2008/2014 the 正文 figures.</summary>
    private static (AnnualReportData? Data, IReadOnlyList<NarrativeClaim> Claims, Finding? Problem, CellReading? Reading, AgencyTableReading Own) Read(ReportText text, ReportMetadata metadata, ReportFormat format, int? year)
    {
        var reading = ReportCellExtractor.Read(text, format);
        var cells = reading.Cells.ToList();
        var claims = NarrativeClaimReader.Read(text, format);
        var own = new AgencyTableReading();
        if (format is ReportFormat.Format2008 or ReportFormat.Format2014)
        {
            // the agency's own table (pre-2014): what it prints are the table's figures, not the text's claims
            own = AgencyTableReader.Read(text);
            claims = [.. claims.Where(c => !own.Covers(c.Source))];
            var seen = new HashSet<CellAddress>();
            foreach (var claim in claims)
            {
                if (claim.Address is { Table: NarrativeFigures.TableId } address && !claim.PartialScope && seen.Add(address))
                {
                    cells.Add(new ReportCell(address, claim.Value, source: claim.Source));
                }
            }

            // its figures stand for the text's where the text does not state them
            cells.AddRange(own.Official.Where(c => seen.Add(c.Address)));
        }

        var agency = new ReportingAgency(string.Empty, metadata.AgencyName ?? string.Empty);
        try
        {
            return (new AnnualReportData(format, year ?? format.FirstYear, agency, cells), claims, null, reading, own);
        }
        catch (RuleViolationException e)
        {
            // a misreading of ours, not an error of the report
            return (null, claims, new Finding(AuditRuleIds.CellsUnusable, FindingSeverity.Warning, e.Message, []), reading, own);
        }
    }

    /// <summary>
    /// A figure the text states that the agency's own table prints otherwise (the table's row named by its own label,
    /// matched loosely — so a warning).
    /// </summary>
    private static IEnumerable<Finding> OwnTableAgainstText(AgencyTableReading own, IReadOnlyList<NarrativeClaim> claims, int year)
    {
        foreach (var cell in own.Official)
        {
            var claim = claims.FirstOrDefault(c => c.Address is { } a && a.Equals(cell.Address) && !c.PartialScope);
            if (claim is not null && cell.Value is { } value && value != claim.Value)
            {
                yield return new Finding(AuditRuleIds.NarrativeMatchesTable, FindingSeverity.Warning,
                    $"正文所述“{claim.Subject}”为{claim.Value:0.####}（“{claim.Source.Text}”），而本机关统计表本年度为{value:0.####}（{cell.Source!.Describe()}）。",
                    [FindingEvidence.Of(year, new ReportCell(claim.Address!, claim.Value, source: claim.Source)), FindingEvidence.Of(year, cell)]);
            }
        }
    }

    private static AuditReport Failed(ReportText report, string ruleId, FindingSeverity severity, string message) =>
        new(report.SourceName, null, null, null, 0, [], [], [new Finding(ruleId, severity, message, [])], report.Status);
}
