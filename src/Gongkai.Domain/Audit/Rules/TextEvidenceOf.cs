using Gongkai.Domain.AnnualReports;

namespace Gongkai.Domain.Audit.Rules;

/// <summary>
/// Evidence that is text rather than a table cell (a heading, a repeated sentence): the pseudo-table "文本", the row
/// path naming what it is, no column, no value, and where it was read.
/// </summary>
internal static class TextEvidenceOf
{
    public const string TableId = "文本";

    public static FindingEvidence Of(int year, string what, SourceLocation? source) => new(year, TableId, [what], [], null, source);

    public static SourceLocation Locate(ReportLine line) =>
        new(Math.Max(1, line.Source.Line), line.Source.Offset, line.Original.Trim(), line.Source.Page);
}
