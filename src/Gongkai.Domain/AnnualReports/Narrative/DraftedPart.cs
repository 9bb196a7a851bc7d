namespace Gongkai.Domain.AnnualReports.Narrative;

/// <summary>
/// One part of a drafted report: the paragraph of figure sentences Gongkai drafted from the data (regenerated every
/// time, never edited) and the paragraphs people wrote (kept as written). The printed text is the drafted paragraph
/// first, then the people's paragraphs.
/// </summary>
/// <param name="Section">The part of the format.</param>
/// <param name="DraftedText">The drafted figure sentences as one paragraph; empty when the part states no figure.</param>
/// <param name="HumanText">The people's paragraphs, separated by '\n'; empty when nobody wrote any.</param>
public sealed record DraftedPart(ReportSection Section, string DraftedText, string HumanText)
{
    /// <summary>The printed text: the drafted paragraph, then the people's paragraphs, separated by '\n'.</summary>
    public string Text => string.Join('\n', new[] { DraftedText, HumanText }.Where(t => t.Length > 0));

    /// <summary>Whether the part has no text at all.</summary>
    public bool IsEmpty => Text.Length == 0;

    /// <summary>
    /// Whether the part must still be written before publication: it has no text and prints no table. 条例 第五十条
    /// (2019) and the format's instruction "不能遗漏" — every part of the format is reported; before 2019, every item
    /// of 第三十二条 (2007).
    /// </summary>
    public bool IsMissing => IsEmpty && Section.TableId is null;

    /// <summary>The part as the report document prints it.</summary>
    public SectionText ToSectionText() => new(Section, Text);
}
