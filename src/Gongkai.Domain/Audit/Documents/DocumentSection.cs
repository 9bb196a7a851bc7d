namespace Gongkai.Domain.Audit;

/// <summary>
/// A top-level part of a report ("一、总体情况" … "六、其他需要报告的事项"), so a rule can say
/// "section 五 is missing or empty".
/// </summary>
/// <param name="Number">1 for 一, 2 for 二, …</param>
/// <param name="Numeral">The numeral as printed after normalising ("五").</param>
/// <param name="Title">The heading text after the numeral (normalised), without the inline content.</param>
/// <param name="Topic">What the heading says the part is about.</param>
/// <param name="HeadingLine">Line number of the heading.</param>
/// <param name="LastLine">Last line number of the part (before the next heading or an appendix).</param>
/// <param name="Content">Whether the part says anything.</param>
/// <param name="ContentLength">Visible characters in the part (inline text after the heading included, pictures excluded).</param>
/// <param name="TableCount">Real tables inside the part.</param>
public sealed record DocumentSection(
    int Number,
    string Numeral,
    string Title,
    SectionTopic Topic,
    int HeadingLine,
    int LastLine,
    SectionContent Content,
    int ContentLength,
    int TableCount)
{
    /// <summary>True when the part has nothing, or only "无".</summary>
    public bool IsEmpty => Content != SectionContent.Text;
}
