using System.Globalization;
using System.Text;
using Gongkai.Domain.AnnualReports;

namespace Gongkai.Exports;

/// <summary>
/// The public HTML page of an annual report (条例 第四十九条、第五十条: the report is published on the agency's portal):
/// a standalone, accessible page (lang="zh-CN", &lt;h1&gt; title, &lt;h2&gt; per part, tables with &lt;caption&gt;,
/// &lt;th scope&gt;, rowspan/colspan and "headers" on every number) with print styles for A4. Markup conventions:
/// docs/report-text-format.md §HTML.
/// </summary>
public sealed class ReportHtmlWriter : IReportExport
{
    /// <summary>The CSS of the report: Chinese font stacks, table borders, and print rules (A4, no break inside a row).</summary>
    public const string Stylesheet = """
        .gongkai-report { font-family: "仿宋_GB2312", "FangSong_GB2312", "仿宋", "FangSong", "STFangsong", "Noto Serif CJK SC", "Source Han Serif SC", "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "SimSun", serif; font-size: 16pt; line-height: 1.75; color: #000; max-width: 210mm; margin: 0 auto; }
        .gongkai-report h1 { font-family: "方正小标宋简体", "FZXiaoBiaoSong-B05S", "小标宋", "宋体", "SimSun", "Noto Serif CJK SC", "Source Han Serif SC", "Noto Sans CJK SC", serif; font-size: 22pt; font-weight: bold; text-align: center; margin: 0 0 1em; }
        .gongkai-report h2 { font-family: "黑体", "SimHei", "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", sans-serif; font-size: 16pt; font-weight: normal; margin: 1em 0 0.5em; }
        .gongkai-report p { text-indent: 2em; margin: 0 0 0.5em; }
        .gongkai-report table { border-collapse: collapse; width: 100%; margin: 0.5em 0 1em; font-family: "宋体", "SimSun", "Noto Serif CJK SC", "Source Han Serif SC", "Noto Sans CJK SC", serif; font-size: 10.5pt; line-height: 1.4; }
        .gongkai-report caption { font-family: "黑体", "SimHei", "Noto Sans CJK SC", "Source Han Sans SC", sans-serif; font-size: 12pt; font-weight: bold; padding-bottom: 0.3em; }
        .gongkai-report th, .gongkai-report td { border: 1px solid #000; padding: 2px 4px; vertical-align: middle; }
        .gongkai-report th { font-weight: normal; text-align: center; }
        .gongkai-report th[scope="row"], .gongkai-report th[scope="rowgroup"] { text-align: left; }
        .gongkai-report .subtable-title { font-weight: bold; text-align: left; }
        .gongkai-report td.num { text-align: right; white-space: nowrap; min-width: 2.5em; }
        .gongkai-report .report-table-matrix thead th { min-width: 2.5em; }
        .gongkai-report td.unit { text-align: center; }
        .gongkai-report td.corner { font-size: 9pt; text-align: left; }
        .gongkai-report .level-1 { padding-left: 1.5em; }
        .gongkai-report .level-2 { padding-left: 3em; }
        .gongkai-report .level-3 { padding-left: 4.5em; }
        .gongkai-report table[data-table="四"] { font-size: 9pt; }
        @page { size: A4; margin: 25mm 20mm; }
        @media print {
          body { margin: 0; }
          .gongkai-report { max-width: none; font-size: 14pt; }
          .gongkai-report table { page-break-inside: auto; }
          .gongkai-report tr { page-break-inside: avoid; break-inside: avoid; }
          .gongkai-report thead { display: table-header-group; }
          .gongkai-report h1, .gongkai-report h2, .gongkai-report caption { page-break-after: avoid; break-after: avoid; }
          .gongkai-report th, .gongkai-report td { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        }
        """;

    /// <inheritdoc/>
    public string Name => "html";

    /// <inheritdoc/>
    public string ContentType => "text/html; charset=utf-8";

    /// <inheritdoc/>
    public string FileExtension => ".html";

    /// <summary>The complete standalone page: doctype, &lt;head&gt; with charset, title and <see cref="Stylesheet"/>, and the report body.</summary>
    public string Page(AnnualReportDocument report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var title = HtmlText.Encode(report.Title);
        return $"""
            <!DOCTYPE html>
            <html lang="zh-CN">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{title}</title>
            <style>
            {Stylesheet}
            </style>
            </head>
            <body>
            <main>
            {Fragment(report)}</main>
            </body>
            </html>

            """;
    }

    /// <summary>
    /// Just the report body, for embedding in the web portal: one &lt;article class="gongkai-report"&gt; with the
    /// &lt;h1&gt; title and one &lt;section&gt; per part. Style it with <see cref="Stylesheet"/>.
    /// </summary>
    public string Fragment(AnnualReportDocument report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var html = new StringBuilder();
        var data = report.Data;
        html.Append(CultureInfo.InvariantCulture,
            $"<article class=\"gongkai-report\" lang=\"zh-CN\" data-format=\"{data.Format.Name}\" data-year=\"{data.Year}\" data-agency=\"{HtmlText.Encode(data.Agency.Code)}\">\n");
        html.Append(CultureInfo.InvariantCulture, $"<h1>{HtmlText.Encode(report.Title)}</h1>\n");
        var tableNumber = 0;
        for (var i = 0; i < report.Sections.Count; i++)
        {
            var section = report.Sections[i];
            var partId = $"gk-part-{i + 1}";
            html.Append(CultureInfo.InvariantCulture, $"<section class=\"report-part\" aria-labelledby=\"{partId}\">\n");
            html.Append(CultureInfo.InvariantCulture, $"<h2 id=\"{partId}\">{HtmlText.Encode(section.Section.Heading)}</h2>\n");
            foreach (var paragraph in section.Paragraphs)
            {
                html.Append(CultureInfo.InvariantCulture, $"<p>{HtmlText.Encode(paragraph)}</p>\n");
            }

            if (PrintedTables.Of(report, section) is { } table)
            {
                AppendTable(html, ReportTableGrid.For(table, data), $"gk-t{++tableNumber}");
            }

            html.Append("</section>\n");
        }

        html.Append("</article>\n");
        return html.ToString();
    }

    /// <inheritdoc/>
    public async Task WriteAsync(AnnualReportDocument report, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        var bytes = new UTF8Encoding(false).GetBytes(Page(report));
        await output.WriteAsync(bytes, cancellationToken).ConfigureAwait(false);
    }

    private static void AppendTable(StringBuilder html, ReportTableGrid grid, string tableId)
    {
        var shape = grid.Shape.ToString().ToLowerInvariant();
        html.Append(CultureInfo.InvariantCulture,
            $"<table id=\"{tableId}\" class=\"report-table report-table-{shape}\" data-table=\"{HtmlText.Encode(grid.Table.Id)}\">\n");
        html.Append(CultureInfo.InvariantCulture, $"<caption>{HtmlText.Encode(grid.Table.Title)}</caption>\n");
        var inBody = false;
        for (var row = 0; row < grid.RowCount; row++)
        {
            var cells = grid.CellsStartingIn(row).ToArray();
            if (row == 0 && grid.HeaderRowCount > 0)
            {
                html.Append("<thead>\n");
            }
            else if (row == grid.HeaderRowCount || cells.FirstOrDefault()?.Kind == GridCellKind.Title)
            {
                html.Append(row == grid.HeaderRowCount && row > 0 ? "</thead>\n" : string.Empty);
                html.Append(inBody ? "</tbody>\n<tbody>\n" : "<tbody>\n");
                inBody = true;
            }

            html.Append("<tr>");
            foreach (var cell in cells)
            {
                AppendCell(html, cell, tableId);
            }

            html.Append("</tr>\n");
        }

        html.Append(inBody ? "</tbody>\n" : grid.HeaderRowCount > 0 ? "</thead>\n" : string.Empty);
        html.Append("</table>\n");
    }

    private static void AppendCell(StringBuilder html, GridCell cell, string tableId)
    {
        var spans = (cell.RowSpan > 1 ? $" rowspan=\"{cell.RowSpan}\"" : string.Empty)
                    + (cell.ColumnSpan > 1 ? $" colspan=\"{cell.ColumnSpan}\"" : string.Empty);
        var text = HtmlText.Encode(cell.Text);
        var id = HeaderId(tableId, cell);
        switch (cell.Kind)
        {
            case GridCellKind.Corner:
                html.Append(CultureInfo.InvariantCulture, $"<td class=\"corner\"{spans}>{text}</td>");
                break;
            case GridCellKind.Title:
                html.Append(CultureInfo.InvariantCulture, $"<th id=\"{id}\" scope=\"colgroup\" class=\"subtable-title\"{spans}>{text}</th>");
                break;
            case GridCellKind.ColumnHeader:
                html.Append(CultureInfo.InvariantCulture, $"<th id=\"{id}\" scope=\"{(cell.ColumnSpan > 1 ? "colgroup" : "col")}\"{spans}>{text}</th>");
                break;
            case GridCellKind.RowHeader:
                var level = cell.Level > 0 ? $" class=\"level-{cell.Level}\"" : string.Empty;
                html.Append(CultureInfo.InvariantCulture, $"<th id=\"{id}\" scope=\"{(cell.RowSpan > 1 ? "rowgroup" : "row")}\"{level}{spans}>{text}</th>");
                break;
            case GridCellKind.Unit:
                html.Append(CultureInfo.InvariantCulture, $"<td class=\"unit\"{spans}>{text}</td>");
                break;
            default:
                var headers = cell.Headers.Count > 0
                    ? $" headers=\"{string.Join(' ', cell.Headers.Select(h => HeaderId(tableId, h)))}\""
                    : string.Empty;
                html.Append(CultureInfo.InvariantCulture, $"<td class=\"num\"{headers}{spans}>{text}</td>");
                break;
        }
    }

    private static string HeaderId(string tableId, GridCell cell) =>
        string.Create(CultureInfo.InvariantCulture, $"{tableId}-r{cell.Row}-c{cell.Column}");
}
