namespace Gongkai.Domain.AnnualReports;

/// <summary>The 2007 Regulation's narrative report (report years 2008–2013): the six parts and their figures.</summary>
internal static class Format2008Layout
{
    public static ReportLayout Build() => new(
        ReportFormat.Format2008,
        "《中华人民共和国政府信息公开条例》（2007）第三十二条",
        NarrativeFigures.Parts.Select(p => new ReportSection(p)),
        [NarrativeFigures.Build()]);
}
