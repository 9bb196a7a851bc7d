namespace Gongkai.Domain.AnnualReports.Narrative;

/// <summary>
/// Drafts the figures-bearing sentences of a report from its data, so the text states exactly the numbers of the
/// tables (the phrasing contract with the auditor's claim reader: docs/narrative-drafting.md). People write the rest;
/// their paragraphs are kept and the drafted paragraph is regenerated from the data every time.
/// <list type="bullet">
/// <item>2008/2014 (2007 条例 第三十二条): the "正文" figures (<see cref="NarrativeFigures"/>) present in the data, each
/// in the part it belongs to — （一）主动公开, （二）依申请公开, （三）收费及减免, （四）行政复议和行政诉讼.</item>
/// <item>2019/2021 (2019 条例 第五十条, 国办公开办函〔2019〕60号、〔2021〕30号): a summary of tables 二 (2021), 三 and 四 in
/// 一、总体情况, and one sentence before each of the tables 二 (2021), 三 and 四.</item>
/// </list>
/// A blank figure is never stated; a sum with a blank part is blank.
/// </summary>
public static class NarrativeDrafter
{
    /// <summary>
    /// The text of every part of <paramref name="data"/>'s format: the drafted paragraph of figure sentences followed by
    /// the people's text from <paramref name="edits"/> (part heading → text, paragraphs separated by '\n'; headings
    /// matched by <see cref="LabelKey"/>). A paragraph of an edit that is identical to the part's drafted paragraph is
    /// dropped, so passing back a whole printed text does not duplicate the figures.
    /// </summary>
    /// <exception cref="ArgumentException">An edit names a part the format does not have.</exception>
    public static NarrativeDraft Draft(AnnualReportData data, IReadOnlyDictionary<string, string>? edits = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        var drafted = DraftedParagraphs(data);
        var sections = data.Layout.Sections;
        var human = new Dictionary<ReportSection, string>();
        foreach (var (heading, text) in edits ?? new Dictionary<string, string>())
        {
            var section = sections.FirstOrDefault(s => LabelKey.Of(s.Heading) == LabelKey.Of(heading))
                          ?? throw new ArgumentException($"格式 {data.Format} 中没有“{heading}”这一部分。", nameof(edits));
            human[section] = text ?? string.Empty;
        }

        var parts = sections.Select(section =>
        {
            var figures = drafted.GetValueOrDefault(section.Heading, string.Empty);
            var paragraphs = Paragraphs(human.GetValueOrDefault(section, string.Empty)).Where(p => p != figures);
            return new DraftedPart(section, figures, string.Join('\n', paragraphs));
        }).ToArray();
        return new NarrativeDraft(data, parts);
    }

    /// <summary>
    /// The drafted paragraph of every part that states figures (part heading → one paragraph, without line breaks);
    /// parts with no figure to state are absent.
    /// </summary>
    public static IReadOnlyDictionary<string, string> DraftedParagraphs(AnnualReportData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var paragraphs = data.Format switch
        {
            ReportFormat.Format2008 or ReportFormat.Format2014 => LegacyNarrative.Draft(data),
            ReportFormat.Format2019 or ReportFormat.Format2021 => TableNarrative.Draft(data),
        };
        return paragraphs.Where(p => p.Value.Length > 0).ToDictionary(p => p.Key, p => p.Value);
    }

    private static IEnumerable<string> Paragraphs(string text) =>
        text.Replace("\r\n", "\n", StringComparison.Ordinal)
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
