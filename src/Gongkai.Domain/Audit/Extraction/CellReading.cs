using Gongkai.Domain.AnnualReports;
using Gongkai.Domain.Audit.Rules;

namespace Gongkai.Domain.Audit.Extraction;

/// <summary>
/// What the cell reader made of a report's tables, with its doubts (issue 14 items 3–5):
/// <list type="bullet">
/// <item><see cref="Cells"/> — the cells the rules use. Each carries its <see cref="SourceLocation"/>; a cell read with
/// doubt (inferred from sums, OCR'd, at a loosely matched label) has <see cref="SourceLocation.Certainty"/> set, and
/// any finding resting on it is a warning, not an error (<see cref="ReadingDoubtGate"/>).</item>
/// <item><see cref="SetAside"/> — values printed in a row the reader could not place unambiguously (more than one
/// placement fits the count of values and blanks). They are shown at their likeliest place, marked
/// <see cref="ReadingCertainty.Ambiguous"/>, and left out of the rules.</item>
/// <item><see cref="Doubtful"/> — every address of such a row (placed or not), with the row's location: a rule that
/// fires on one of these addresses read the row's cells as blank, so it is a warning.</item>
/// <item><see cref="Notes"/> — one reading note per doubtful row or inferred split, each a warning or info finding.</item>
/// </list>
/// </summary>
public sealed class CellReading
{
    internal CellReading(IReadOnlyList<ReportCell> cells, IReadOnlyList<ReportCell> setAside,
        IReadOnlyDictionary<string, SourceLocation> doubtful, IReadOnlyList<ReadingNote> notes)
    {
        Cells = cells;
        SetAside = setAside;
        Doubtful = doubtful;
        Notes = notes;
    }

    /// <summary>The cells the rules use, in reading order.</summary>
    public IReadOnlyList<ReportCell> Cells { get; }

    /// <summary>The values of rows placed ambiguously, at their likeliest address, not used by the rules.</summary>
    public IReadOnlyList<ReportCell> SetAside { get; }

    /// <summary>Every address (by <see cref="CellAddress.Key"/>) of a row that could not be placed, with where the row was read.</summary>
    public IReadOnlyDictionary<string, SourceLocation> Doubtful { get; }

    /// <summary>
    /// Subtotal rows (小计/合计, or a group's heading row printed with figures) the agency added inside table 三/四, at
    /// [group…, 小计] × column. Not official cells: the rules do not use them as cells; <c>audit.subtotal-mismatch</c>
    /// checks each against the sum of its group.
    /// </summary>
    public IReadOnlyList<ReportCell> Subtotals { get; init; } = [];

    /// <summary>What the reader was unsure of, in reading order.</summary>
    public IReadOnlyList<ReadingNote> Notes { get; }

    /// <summary>The reading notes as findings of the report for <paramref name="year"/>.</summary>
    public IEnumerable<Finding> Findings(int year) =>
        Notes.Select(n => new Finding(n.RuleId, n.Severity, n.Message,
            [TextEvidenceOf.Of(year, n.What, n.Source), .. n.Cells.Select(c => FindingEvidence.Of(year, c))]));
}

/// <summary>One thing the reader was unsure of: which rule reports it, how serious, the message, the text and the cells concerned.</summary>
public sealed record ReadingNote(string RuleId, FindingSeverity Severity, string What, string Message, SourceLocation Source, IReadOnlyList<ReportCell> Cells);
