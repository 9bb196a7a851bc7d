using Gongkai.Domain.AnnualReports;

namespace Gongkai.Exports.Tests;

/// <summary>
/// Report documents with a cell for every layout cell of a format: varied values (counts up to five digits, signed
/// changes, fractional amounts) and every ninth cell blank (9 is coprime with the 7 columns of table 三).
/// </summary>
internal static class TestReports
{
    public static readonly ReportingAgency Agency = new("11150000MB0000000X", "某某市人民政府");

    public static IEnumerable<object[]> AllFormats =>
        Enum.GetValues<ReportFormat>().Select(f => new object[] { f });

    public static int YearOf(ReportFormat format) => format switch
    {
        ReportFormat.Format2008 => 2011,
        ReportFormat.Format2014 => 2017,
        ReportFormat.Format2019 => 2019,
        _ => 2023,
    };

    /// <summary>The value given to the <paramref name="index"/>-th layout cell.</summary>
    public static decimal? ValueFor(int index, CellDefinition cell) => (index % 9) switch
    {
        4 => null,
        _ when cell.Kind == CellValueKind.Amount => index % 2 == 0 ? 12.50m + index : 0.75m * index,
        _ when cell.Kind == CellValueKind.SignedCount => index % 2 == 0 ? -index : index,
        _ when index % 11 == 5 => 10000 + index * 137,
        _ => index,
    };

    public static AnnualReportDocument For(ReportFormat format)
    {
        var layout = ReportLayout.For(format);
        var cells = layout.Cells.Select((c, i) => new ReportCell(c.Address, ValueFor(i, c)));
        var data = new AnnualReportData(format, YearOf(format), Agency, cells);
        var sections = layout.Sections.Select((s, i) => new SectionText(s,
            i == 0
                ? "本年度，本机关认真贯彻《中华人民共和国政府信息公开条例》。\n收到申请<48>件 & “依法”答复。"
                : $"第{i + 1}部分第一段。\n第{i + 1}部分第二段。"));
        return new AnnualReportDocument(data, sections);
    }

    /// <summary>The printed tables of a format (the parts that carry a table, in order).</summary>
    public static IReadOnlyList<ReportTable> PrintedTables(ReportFormat format)
    {
        var layout = ReportLayout.For(format);
        return layout.Sections.Where(s => s.TableId is not null).Select(s => layout.Table(s.TableId!)).ToArray();
    }
}
