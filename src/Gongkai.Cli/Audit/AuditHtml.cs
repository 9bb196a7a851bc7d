using System.Globalization;
using System.Net;
using System.Text;
using Gongkai.Domain.AnnualReports;
using Gongkai.Domain.Audit;

namespace Gongkai.Cli.Audit;

/// <summary>The audit as a standalone HTML page (summary table, then each report's findings); all text is encoded.</summary>
public static class AuditHtml
{
    /// <summary>The page for <paramref name="reports"/>.</summary>
    public static string Page(IReadOnlyList<AuditReport> reports)
    {
        static string E(string? s) => WebUtility.HtmlEncode(s ?? string.Empty);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>年度报告审核结果</title>")
            .Append("<style>body{font-family:\"Noto Sans CJK SC\",\"Microsoft YaHei\",sans-serif;margin:2em;max-width:70em}table{border-collapse:collapse}")
            .Append("td,th{border:1px solid #555;padding:.3em .6em;text-align:left}.错误{color:#a00}.警告{color:#8a5a00}.提示{color:#245}</style></head><body>\n")
            .Append("<h1>年度报告审核结果</h1>\n<table><caption>汇总</caption><thead><tr><th scope=\"col\">文件</th><th scope=\"col\">机关</th><th scope=\"col\">年度</th><th scope=\"col\">格式</th><th scope=\"col\">错误</th><th scope=\"col\">警告</th><th scope=\"col\">提示</th></tr></thead><tbody>\n");
        for (var i = 0; i < reports.Count; i++)
        {
            var r = reports[i];
            html.Append(CultureInfo.InvariantCulture,
                $"<tr><td><a href=\"#r{i + 1}\">{E(Path.GetFileName(r.File))}</a></td><td>{E(r.Agency)}</td><td>{r.Year}</td><td>{E(r.Format)}</td><td>{r.Count(FindingSeverity.Error)}</td><td>{r.Count(FindingSeverity.Warning)}</td><td>{r.Count(FindingSeverity.Info)}</td></tr>\n");
        }

        html.Append("</tbody></table>\n");
        for (var i = 0; i < reports.Count; i++)
        {
            var r = reports[i];
            html.Append(CultureInfo.InvariantCulture, $"<section id=\"r{i + 1}\"><h2>{E(Path.GetFileName(r.File))}</h2><p>机关：{E(r.Agency ?? "未识别")}；年度：{r.Year}；格式：{E(r.Format)}（可信度 {r.Confidence:P0}）；读出表格数字 {r.Cells.Count} 个、正文数字 {r.Claims.Count} 个。</p><ul>\n");
            foreach (var f in r.Findings)
            {
                var severity = AuditText.SeverityName(f.Severity);
                html.Append(CultureInfo.InvariantCulture, $"<li class=\"{severity}\"><strong>{severity}</strong> <code>{E(f.RuleId)}</code>：{E(f.Message)}<ul>");
                foreach (var evidence in f.Evidence)
                {
                    html.Append("<li>").Append(E(AuditText.Describe(evidence))).Append("</li>");
                }

                html.Append("</ul></li>\n");
            }

            html.Append("</ul></section>\n");
        }

        return html.Append("</body></html>\n").ToString();
    }
}
