namespace Gongkai.Domain.AnnualReports;

/// <summary>《中华人民共和国政府信息公开工作年度报告格式（试行）》 (国办公开办函〔2019〕60号, report years 2019–2020).</summary>
internal static class Format2019Layout
{
    /// <summary>The six sections, shared with the 2021 format (formats-and-law.md §1.2, §2.2, [V+]).</summary>
    public static IReadOnlyList<ReportSection> Sections { get; } =
    [
        new("一、总体情况"),
        new(Table2Labels.Title, Table2Labels.TableId),
        new(Table3Labels.Title, Table3Labels.TableId),
        new(Table4Labels.Title, Table4Labels.TableId),
        new("五、存在的主要问题及改进情况"),
        new("六、其他需要报告的事项"),
    ];

    public static ReportLayout Build() => new(
        ReportFormat.Format2019,
        "国办公开办函〔2019〕60号《中华人民共和国政府信息公开工作年度报告格式（试行）》",
        Sections,
        [Table2Labels.Build2019(), Table3Labels.Build(ReportFormat.Format2019), Table4Labels.Build()]);
}
