namespace Gongkai.Domain.AnnualReports;

/// <summary>《中华人民共和国政府信息公开工作年度报告格式》 (国办公开办函〔2021〕30号, report years 2021 onward).</summary>
internal static class Format2021Layout
{
    public static ReportLayout Build() => new(
        ReportFormat.Format2021,
        "国办公开办函〔2021〕30号《中华人民共和国政府信息公开工作年度报告格式》",
        Format2019Layout.Sections,
        [Table2Labels.Build2021(), Table3Labels.Build(ReportFormat.Format2021), Table4Labels.Build()]);
}
