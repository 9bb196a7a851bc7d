using System.Globalization;
using System.Net;
using System.Text;

namespace Gongkai.Documents.Batch;

/// <summary>The supervisor's summary as an HTML table (all text encoded), each row linking to its report's detail.</summary>
public static class AuditSummaryHtml
{
    /// <summary>The &lt;table&gt; for <paramref name="rows"/>; <paramref name="detailLink"/> gives each row's link (relative path or #anchor).</summary>
    public static string Table(IReadOnlyList<AuditSummaryRow> rows, Func<AuditSummaryRow, string?> detailLink)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(detailLink);
        static string E(string? s) => WebUtility.HtmlEncode(s ?? string.Empty);
        var html = new StringBuilder();
        html.Append("<table class=\"audit-summary\"><caption>汇总（问题最多的在前）</caption><thead><tr><th scope=\"col\">文件</th><th scope=\"col\">机关</th>")
            .Append("<th scope=\"col\">年度</th><th scope=\"col\">格式</th><th scope=\"col\">错误</th><th scope=\"col\">警告</th><th scope=\"col\">提示</th><th scope=\"col\">读取状态</th></tr></thead><tbody>\n");
        foreach (var r in rows)
        {
            var link = detailLink(r);
            var file = link is null ? E(r.File) : $"<a href=\"{E(link)}\">{E(r.File)}</a>";
            html.Append(CultureInfo.InvariantCulture,
                $"<tr><td>{file}</td><td>{E(r.Agency ?? "未识别")}</td><td>{r.Year}</td><td>{E(r.Format)}</td><td>{r.Errors}</td><td>{r.Warnings}</td><td>{r.Infos}</td><td>{E(r.ReadingLabel)}</td></tr>\n");
        }

        return html.Append("</tbody></table>\n").ToString();
    }

    /// <summary>A standalone page around <see cref="Table"/>, with how many reports and how many could not be read.</summary>
    public static string Page(IReadOnlyList<AuditSummaryRow> rows, Func<AuditSummaryRow, string?> detailLink)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var notRead = rows.Count(r => r.NotRead);
        var withErrors = rows.Count(r => r.Errors > 0);
        return new StringBuilder()
            .Append("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>年度报告审核汇总</title>")
            .Append("<style>body{font-family:\"Noto Sans CJK SC\",\"Microsoft YaHei\",sans-serif;margin:2em}table{border-collapse:collapse}")
            .Append("td,th{border:1px solid #555;padding:.3em .6em;text-align:left}</style></head><body>\n<h1>年度报告审核汇总</h1>\n")
            .Append(CultureInfo.InvariantCulture, $"<p>共审核 {rows.Count} 份报告：{withErrors} 份有错误，{notRead} 份无法读取。</p>\n")
            .Append(Table(rows, detailLink))
            .Append("</body></html>\n").ToString();
    }
}
