using Gongkai.Domain.AnnualReports;
using Gongkai.Domain.Audit.Extraction;

namespace Gongkai.Domain.Audit.Rules;

/// <summary>
/// The parts, tables, year and period a report must have.
/// <list type="bullet">
/// <item>Sections: each part of <see cref="ReportLayout.Sections"/> must be found among the report's parts
/// (<see cref="DocumentSectionFinder"/>, by topic or heading) and say something. The 2019/2021 formats prescribe the
/// six parts (国办公开办函〔2019〕60号, 〔2021〕30号): Warning. Under the 2007 Regulation (第三十二条) the six items are
/// contents, not headings, and reports group them freely: Info.</item>
/// <item>Tables: tables 二/三/四 are part of the 2019/2021 formats (Warning when none of their cells can be read);
/// the 2014 统计表 was asked for by the 2014 notice but many reports printed none (Info).</item>
/// <item>Year and period: a report year must be read; a printed 统计期限 must be the calendar year of the report
/// (条例 2019 第五十条: "上一年度"); a report published before its year ended reports on the wrong year; the format used
/// should be the one in force for the year (Info — later reports in an older layout exist).</item>
/// </list>
/// </summary>
internal static class StructureRules
{
    public static IEnumerable<Finding> Check(AuditContext context)
    {
        var year = context.Year;
        var prescribed = context.Format is ReportFormat.Format2019 or ReportFormat.Format2021;
        var severity = prescribed ? FindingSeverity.Warning : FindingSeverity.Info;
        var sections = context.Metadata.Sections;
        foreach (var required in context.Data.Layout.Sections)
        {
            var hasCells = required.TableId is { } id && context.Data.Cells.Any(c => c.Table == id);
            var topic = DocumentSectionFinder.TopicOf(required.Heading);
            var loose = LooseLabel.Of(required.Heading);
            var found = sections.FirstOrDefault(s => (topic != SectionTopic.Unknown && s.Topic == topic) || LooseLabel.Similar(LooseLabel.Of(s.Title), loose));
            var headingLine = found is null ? HeadingLine(context.Text, loose) : null;
            if (found is null && headingLine is null && !hasCells)
            {
                yield return new Finding(AuditRuleIds.SectionMissing, severity,
                    $"报告缺少格式要求的部分“{required.Heading}”。", [TextEvidenceOf.Of(year, required.Heading, null)]);
            }
            else if (found is { Content: SectionContent.Empty } && !hasCells)
            {
                var line = context.Text.Line(found.HeadingLine);
                yield return new Finding(AuditRuleIds.SectionEmpty, severity,
                    $"报告的“{found.Numeral}、{found.Title}”部分没有内容。", [TextEvidenceOf.Of(year, required.Heading, TextEvidenceOf.Locate(line))]);
            }
        }

        foreach (var table in context.Data.Layout.Tables.Where(t => t.Id != NarrativeFigures.TableId))
        {
            if (!context.Data.Cells.Any(c => c.Table == table.Id)
                && !table.Cells.Any(c => context.Doubtful.ContainsKey(c.Address.Key)))
            {
                yield return new Finding(AuditRuleIds.TableMissing, prescribed ? FindingSeverity.Warning : FindingSeverity.Info,
                    $"未能读到格式要求的表格“{table.Title}”中的任何数字。", [TextEvidenceOf.Of(year, table.Title, null)]);
            }
        }

        var metadata = context.Metadata;
        if (metadata.Year is null)
        {
            yield return new Finding(AuditRuleIds.YearMissing, FindingSeverity.Warning, "未能从报告中读出报告年度。", []);
        }
        else
        {
            if (metadata.StatisticsPeriod is { IsStated: true } period
                && (period.From.Year != year || !period.IsCalendarYear))
            {
                yield return new Finding(AuditRuleIds.PeriodMismatch, FindingSeverity.Warning,
                    $"报告年度为{year}年，而所印统计期限为{period.From:yyyy年M月d日}至{period.To:yyyy年M月d日}。",
                    [TextEvidenceOf.Of(year, "统计期限", Locate(context.Text, period.Evidence))]);
            }

            if (metadata.PublishedOn is { } published && published.Value <= new DateOnly(year, 12, 31))
            {
                yield return new Finding(AuditRuleIds.PublishedBeforeYearEnd, FindingSeverity.Warning,
                    $"报告发布于{published.Value:yyyy年M月d日}，早于所报告的{year}年结束，年度可能有误。",
                    [TextEvidenceOf.Of(year, "发布时间", Locate(context.Text, published.Evidence))]);
            }

            if (ReportFormatGuess.FormatInForce(year) is { } inForce && inForce != context.Format && metadata.FormatGuess.Format is not null)
            {
                yield return new Finding(AuditRuleIds.FormatNotInForce, FindingSeverity.Info,
                    $"{year}年度报告应采用{ReportFormatGuess.NameOf(inForce)}年格式（{ReportLayout.For(inForce).Name}），本报告采用{ReportFormatGuess.NameOf(context.Format)}年格式。",
                    [TextEvidenceOf.Of(year, "报告格式", null)]);
            }
        }

        if (context.PreviousMetadata?.ReportYear is { } previousYear && metadata.ReportYear is { } thisYear && previousYear != thisYear - 1)
        {
            yield return new Finding(AuditRuleIds.PreviousNotPrecedingYear, FindingSeverity.Warning,
                $"作为上一年度报告提供的是{previousYear}年度报告，而本报告为{thisYear}年度；跨年度核对可能不成立。", []);
        }
    }

    /// <summary>A line printing the heading itself ("（一）行政机关主动公开政府信息的情况"), when the part finder did not take it as a part.</summary>
    private static ReportLine? HeadingLine(ReportText text, string looseHeading) =>
        looseHeading.Length == 0
            ? null
            : text.Lines.FirstOrDefault(l => l.TableIndex is null && l.Normalized.Length <= 60 && LooseLabel.Similar(LooseLabel.Of(l.Original), looseHeading));

    internal static SourceLocation? Locate(ReportText text, TextEvidence? evidence)
    {
        if (evidence is null || evidence.LineNumber < 1 || evidence.LineNumber > text.Lines.Count)
        {
            return null;
        }

        var line = text.Line(evidence.LineNumber);
        var span = line.ToOriginalSpan(evidence.Span);
        return new SourceLocation(Math.Max(1, line.Source.Line), line.Source.Offset + span.Start, span.Slice(line.Original), line.Source.Page);
    }
}
