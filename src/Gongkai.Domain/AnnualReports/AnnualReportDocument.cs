namespace Gongkai.Domain.AnnualReports;

/// <summary>
/// A whole 政府信息公开工作年度报告 (条例 第四十九条、第五十条) as it is printed: the title, the narrative text of each part
/// of the format (<see cref="ReportLayout.Sections"/>, in order) and the numbers (<see cref="Data"/>). This is what
/// the drafter fills, what every export renders (HTML, DOCX, XLSX, PDF, text, JSON) and what the auditor reads back.
/// A part that prints a table (<see cref="ReportSection.TableId"/>) renders its text first and the table after it.
/// </summary>
public sealed record AnnualReportDocument
{
    /// <summary>A report document. Parts missing from <paramref name="sections"/> are printed with empty text.</summary>
    public AnnualReportDocument(AnnualReportData data, IEnumerable<SectionText> sections, IEnumerable<Finding>? findings = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(sections);
        Data = data;
        var given = sections.ToList();
        Sections = data.Layout.Sections
            .Select(s => given.FirstOrDefault(g => g.Section.Heading == s.Heading) ?? new SectionText(s, string.Empty))
            .ToArray();
        Findings = (findings ?? []).ToArray();
    }

    /// <summary>The numbers.</summary>
    public AnnualReportData Data { get; }

    /// <summary>The text of every part of the format, in the format's order.</summary>
    public IReadOnlyList<SectionText> Sections { get; }

    /// <summary>What the consistency rules found when the document was made.</summary>
    public IReadOnlyList<Finding> Findings { get; }

    /// <summary>The printed title, e.g. "西宁市人民政府2017年政府信息公开工作年度报告".</summary>
    public string Title => $"{Data.Agency.Name}{Data.Year}年政府信息公开工作年度报告";
}

/// <summary>The text of one part of a report. Paragraphs are separated by a line break ('\n').</summary>
/// <param name="Section">The part of the format.</param>
/// <param name="Text">The text, without the heading.</param>
public sealed record SectionText(ReportSection Section, string Text)
{
    /// <summary>The paragraphs, without empty ones.</summary>
    public IReadOnlyList<string> Paragraphs =>
        Text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
