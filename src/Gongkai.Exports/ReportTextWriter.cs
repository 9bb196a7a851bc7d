using System.Text;
using Gongkai.Domain.AnnualReports;

namespace Gongkai.Exports;

/// <summary>
/// The report as plain text (UTF-8, '\n' line ends) that a person or the auditor can read back: the title, each
/// part's heading and paragraphs, and each printed table as pipe tables whose first cell is the full row path
/// ("三、本年度办理结果 / （三）不予公开 / 1.属于国家秘密") and whose header names the full column paths.
/// Format: docs/report-text-format.md.
/// </summary>
public sealed class ReportTextWriter : IReportExport
{
    /// <summary>Separator of the labels of a row or column path.</summary>
    public const string PathSeparator = " / ";

    /// <summary>Header of the first column (the row path).</summary>
    public const string RowHeader = "行";

    /// <summary>Header of the unit column of a table that prints units (统计表).</summary>
    public const string UnitHeader = "单位";

    /// <inheritdoc/>
    public string Name => "txt";

    /// <inheritdoc/>
    public string ContentType => "text/plain; charset=utf-8";

    /// <inheritdoc/>
    public string FileExtension => ".txt";

    /// <summary>The text of <paramref name="report"/>.</summary>
    public string Write(AnnualReportDocument report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var text = new StringBuilder();
        text.Append(report.Title).Append("\n\n");
        foreach (var section in report.Sections)
        {
            text.Append(section.Section.Heading).Append("\n\n");
            foreach (var paragraph in section.Paragraphs)
            {
                text.Append(paragraph).Append("\n\n");
            }

            if (PrintedTables.Of(report, section) is { } table)
            {
                AppendTable(text, table, report.Data);
            }
        }

        return text.ToString();
    }

    /// <inheritdoc/>
    public async Task WriteAsync(AnnualReportDocument report, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        await output.WriteAsync(new UTF8Encoding(false).GetBytes(Write(report)), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// One pipe table per run of consecutive rows that have the same columns (table 二 gives one per sub-table, or
    /// per run of sub-tables with the same columns; 三, 四 and 统计表 give one each).
    /// </summary>
    private static void AppendTable(StringBuilder text, ReportTable table, AnnualReportData data)
    {
        var withUnits = ReportTableGrid.ShapeOf(table) == ReportTableShape.Outline;
        var blocks = new List<(IReadOnlyList<IReadOnlyList<string>> Columns, List<IReadOnlyList<string>> Rows)>();
        foreach (var row in table.Rows)
        {
            var columns = table.Cells.Where(c => LabelKey.Of(c.RowPath) == LabelKey.Of(row)).Select(c => c.ColumnPath).ToArray();
            if (blocks.Count == 0 || !SameColumns(blocks[^1].Columns, columns))
            {
                blocks.Add((columns, []));
            }

            blocks[^1].Rows.Add(row);
        }

        foreach (var (columns, rows) in blocks)
        {
            string[] header = [RowHeader, .. withUnits ? [UnitHeader] : Array.Empty<string>(), .. columns.Select(c => string.Join(PathSeparator, c))];
            AppendLine(text, header);
            AppendLine(text, header.Select((_, i) => i == 0 || (withUnits && i == 1) ? "---" : "---:"));
            foreach (var row in rows)
            {
                var definitions = columns.Select(c => table.Find(row, c)).ToArray();
                string[] unit = withUnits ? [definitions.FirstOrDefault(d => d?.Unit is not null)?.Unit ?? string.Empty] : [];
                AppendLine(text, [
                    string.Join(PathSeparator, row),
                    .. unit,
                    .. definitions.Select(d => d is null ? string.Empty : PrintedValue.Of(data.ValueAt(d.Address))),
                ]);
            }

            text.Append('\n');
        }
    }

    private static bool SameColumns(IReadOnlyList<IReadOnlyList<string>> a, IReadOnlyList<IReadOnlyList<string>> b) =>
        a.Count == b.Count && a.Zip(b).All(p => LabelKey.Of(p.First) == LabelKey.Of(p.Second));

    private static void AppendLine(StringBuilder text, IEnumerable<string> cells)
    {
        text.Append('|');
        foreach (var cell in cells)
        {
            text.Append(' ').Append(cell.Replace("|", "\\|", StringComparison.Ordinal)).Append(" |");
        }

        text.Append('\n');
    }
}
