namespace Gongkai.Domain.AnnualReports.Narrative;

/// <summary>The text of every part of a report as drafted from its data and the people's edits.</summary>
public sealed class NarrativeDraft
{
    internal NarrativeDraft(AnnualReportData data, IReadOnlyList<DraftedPart> parts)
    {
        Data = data;
        Parts = parts;
    }

    /// <summary>The data the figures were drafted from.</summary>
    public AnnualReportData Data { get; }

    /// <summary>Every part of the format, in order, with its drafted and human text kept apart.</summary>
    public IReadOnlyList<DraftedPart> Parts { get; }

    /// <summary>The printed text of every part, in order (for <see cref="AnnualReportDocument"/>).</summary>
    public IReadOnlyList<SectionText> Sections => Parts.Select(p => p.ToSectionText()).ToArray();

    /// <summary>
    /// The parts people must still write before the report can be published (<see cref="DraftedPart.IsMissing"/>):
    /// typically 五、存在的主要问题及改进情况 and 六、其他需要报告的事项, or （五）（六） of the older formats.
    /// </summary>
    public IReadOnlyList<ReportSection> MissingParts => Parts.Where(p => p.IsMissing).Select(p => p.Section).ToArray();

    /// <summary>The part under <paramref name="heading"/> (matched by <see cref="LabelKey"/>).</summary>
    /// <exception cref="ArgumentException">The format has no such part.</exception>
    public DraftedPart Part(string heading) =>
        Parts.FirstOrDefault(p => LabelKey.Of(p.Section.Heading) == LabelKey.Of(heading))
        ?? throw new ArgumentException($"格式中没有“{heading}”这一部分。", nameof(heading));

    /// <summary>The printed report: the data, this text and <paramref name="findings"/>.</summary>
    public AnnualReportDocument ToDocument(IEnumerable<Finding>? findings = null) => new(Data, Sections, findings);
}
