namespace Gongkai.Domain.AnnualReports;

/// <summary>The narrative report plus the national 统计表 (report years 2014–2018, 国办发〔2014〕32号).</summary>
internal static class Format2014Layout
{
    public static ReportLayout Build() => new(
        ReportFormat.Format2014,
        "国办发〔2014〕32号《政府信息公开情况统计表》",
        [.. NarrativeFigures.Parts.Select(p => new ReportSection(p)), new ReportSection("附：" + StatisticsTableRows.Title, StatisticsTableRows.TableId)],
        [StatisticsTableRows.Build(), NarrativeFigures.Build()]);
}
