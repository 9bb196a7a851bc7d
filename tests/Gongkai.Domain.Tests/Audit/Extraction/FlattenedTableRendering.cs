using System.Text;
using Gongkai.Domain.AnnualReports;

namespace Gongkai.Domain.Tests.Audit.Extraction;

/// <summary>
/// The report's tables as text saved from a web page or a PDF: every printed cell of the grid on a line of its own,
/// in the order a browser copies them (covered slots of merged cells omitted), a blank cell as an empty line — with
/// or without a blank line between cells (both shapes occur: 白云鄂博 2019 has the separators, 西宁 2017 not).
/// </summary>
internal static class FlattenedTableRendering
{
    public static string Text(ReportFormat format, IReadOnlyList<ReportCell> cells, bool separators)
    {
        var values = cells.ToDictionary(c => c.Address, c => c.Value);
        var sb = new StringBuilder();
        foreach (var table in ReportLayout.For(format).Tables.Where(t => t.Id != NarrativeFigures.TableId))
        {
            sb.Append(table.Title).Append('\n');
            var lines = LayoutTableRendering.Grid(table, values).SelectMany(r => r).Select(c => c.Text).ToList();
            sb.AppendJoin(separators ? "\n\n" : "\n", lines).Append("\n\n");
        }

        return sb.ToString();
    }
}
