using System.Globalization;
using System.Text;
using Gongkai.Domain.AnnualReports;

namespace Gongkai.Bench.Audit;

/// <summary>
/// A report built from <see cref="ReportLayout"/> with random values: the parts of the format as headings, a
/// narrative sentence in the drafter's phrasing and every table as a pipe table (row path joined by " / ", header
/// rows for the column paths).
/// </summary>
internal static class SyntheticReport
{
    public static string Build(ReportFormat format, int year, Random random)
    {
        var layout = ReportLayout.For(format);
        var sb = new StringBuilder($"某某县人民政府{year}年政府信息公开工作年度报告\n\n");
        sb.Append($"本报告中所列数据的统计期限自{year}年1月1日起至{year}年12月31日止。\n\n");
        var received = random.Next(10, 500);
        var inPerson = random.Next(0, received);
        foreach (var section in layout.Sections)
        {
            sb.Append(section.Heading).Append('\n');
            if (section.TableId is null)
            {
                sb.Append(format is ReportFormat.Format2008 or ReportFormat.Format2014
                    ? $"全年共收到政府信息公开申请{received}件，其中当面申请{inPerson}件、占{(inPerson * 100m / received).ToString("0.0", CultureInfo.InvariantCulture)}%。本部分工作有序推进，各项制度落实到位。\n\n"
                    : "本年度政务公开工作有序推进，各项制度落实到位。\n\n");
                continue;
            }

            var table = layout.Table(section.TableId);
            var values = table.Cells.ToDictionary(c => c.Address, c => (decimal?)(c.Kind == CellValueKind.SignedCount ? random.Next(-50, 50) : random.Next(0, 1000)));
            if (table.Id == Table2Labels.TableId)
            {
                foreach (var sub in table.Rows.GroupBy(r => r[0]))
                {
                    var columns = table.Cells.Where(c => c.RowPath[0] == sub.Key).Select(c => c.ColumnPath).DistinctBy(c => c[0]).ToArray();
                    sb.Append("| ").Append(sub.Key).Append(" / 信息内容 | ").AppendJoin(" | ", columns.Select(c => c[0])).Append(" |\n");
                    foreach (var path in sub)
                    {
                        sb.Append("| ").AppendJoin(" / ", path).Append(" | ").AppendJoin(" | ", columns.Select(c => Text(values.GetValueOrDefault(new CellAddress(table.Id, path, c))))).Append(" |\n");
                    }
                }

                sb.Append('\n');
                continue;
            }

            var depth = table.Columns.Max(c => c.Count);
            for (var level = 0; level < depth; level++)
            {
                sb.Append("| 指标 | ").AppendJoin(" | ", table.Columns.Select(c => c[Math.Min(level, c.Count - 1)])).Append(" |\n");
            }

            foreach (var path in table.Rows)
            {
                sb.Append("| ").AppendJoin(" / ", path).Append(" | ")
                    .AppendJoin(" | ", table.Columns.Select(c => Text(values.GetValueOrDefault(new CellAddress(table.Id, path, c))))).Append(" |\n");
            }

            sb.Append('\n');
        }

        return sb.Append($"某某县人民政府办公室\n{year + 1}年1月20日\n").ToString();
    }

    private static string Text(decimal? value) => value is { } v ? v.ToString(CultureInfo.InvariantCulture) : string.Empty;
}
