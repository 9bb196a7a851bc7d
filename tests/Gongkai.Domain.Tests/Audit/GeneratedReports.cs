using System.Globalization;
using System.Text;
using Gongkai.Domain.AnnualReports;
using Gongkai.Domain.Tests.Audit.Claims;
using Gongkai.Domain.Tests.Audit.Extraction;

namespace Gongkai.Domain.Tests.Audit;

/// <summary>Whole reports as Gongkai would publish them in plain text: parts in order, narrative, pipe tables.</summary>
internal static class GeneratedReports
{
    public static string Text2019(ReportFormat format, int year, IReadOnlyList<ReportCell> cells, string narrative, string? tablesText = null)
    {
        var layout = ReportLayout.For(format);
        var tables = tablesText ?? LayoutTableRendering.PipeText(format, cells);
        var sb = new StringBuilder($"某某县人民政府{year}年政府信息公开工作年度报告\n\n");
        sb.Append($"本报告中所列数据的统计期限自{year}年1月1日起至{year}年12月31日止。\n\n");
        sb.Append(narrative.TrimEnd()).Append("\n本年度政务公开工作有序推进。\n\n");
        foreach (var section in layout.Sections.Skip(1))
        {
            if (section.TableId is { } id)
            {
                var table = layout.Table(id);
                var start = tables.IndexOf(table.Title + "\n", StringComparison.Ordinal);
                var next = layout.Tables.SkipWhile(t => t.Id != id).Skip(1).FirstOrDefault();
                var end = next is null ? tables.Length : tables.IndexOf(next.Title + "\n", StringComparison.Ordinal);
                sb.Append(tables[start..end]).Append('\n');
            }
            else
            {
                sb.Append(section.Heading).Append("\n工作中还存在公开内容不够全面等问题，下一步将加以改进。\n\n");
            }
        }

        return sb.Append($"某某县人民政府办公室\n{year + 1}年1月20日\n").ToString();
    }

    public static string Text2014(int year, string narrative)
    {
        var sb = new StringBuilder($"某某县人民政府{year}年政府信息公开工作年度报告\n\n");
        sb.Append($"本报告中所列数据的统计期限自{year}年1月1日起至{year}年12月31日止。\n\n");
        return sb.Append(narrative).Append($"\n某某县人民政府办公室\n{year + 1}年1月20日\n").ToString();
    }

    public static string Number(decimal value) => value.ToString("0.####", CultureInfo.InvariantCulture);
}
