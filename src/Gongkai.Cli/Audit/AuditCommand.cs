using System.CommandLine;
using System.Text.Json;
using Gongkai.Documents;
using Gongkai.Documents.Batch;
using Gongkai.Domain.Audit;

namespace Gongkai.Cli.Audit;

/// <summary>
/// <c>gongkai audit FILE… [--previous FILE] [--format text|json|html] [--out FILE] [--summary FOLDER]</c>: reads published
/// annual reports (text, HTML as saved from a site, DOCX, PDF) back into numbers and lists what does not add up, each
/// finding with its rule, severity, message and the values as written with where they were found. A folder stands for
/// the reports in it. Several reports are audited with every core (<see cref="ReportBatchAuditor"/>), with a progress
/// bar on a terminal, and give one summary before each report's detail; <c>--summary</c> writes a supervisor's summary
/// (汇总.xlsx and 汇总.html, one row per report, worst first, each linking to its detail page under 详情/). A file
/// that cannot be read is a row like any other, never the end of the batch. Exit 0 when the audit ran (whatever it
/// found), 2 for bad arguments (a path that does not exist, --previous with several reports).
/// </summary>
public static class AuditCommand
{
    private static readonly string[] ReportExtensions = [".txt", ".html", ".htm", ".shtml", ".docx", ".pdf"];

    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var files = new Argument<string[]>("FILE") { Description = "年度报告文件或文件夹（txt、html、shtml、docx、pdf）。", Arity = ArgumentArity.OneOrMore };
        var previous = new Option<FileInfo?>("--previous") { Description = "同一机关上一年度的年度报告，用于核对结转数、现行有效件数和重复文字。" };
        var format = new Option<string>("--format") { Description = "输出格式：text、json、html。", DefaultValueFactory = _ => "text" };
        var output = new Option<FileInfo?>("--out") { Description = "写入的文件；省略时写到标准输出。" };
        var summary = new Option<DirectoryInfo?>("--summary") { Description = "写入汇总的文件夹：汇总.xlsx、汇总.html（每份报告一行，问题最多的在前）和各报告的详情页。" };
        var command = new Command("audit", "审核已发布的政府信息公开工作年度报告：读出表格和正文数字，列出不一致之处。")
        {
            files, previous, format, output, summary,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var formatName = parse.GetValue(format)!.Trim().ToLowerInvariant();
            if (formatName is not ("text" or "json" or "html"))
            {
                return Fail($"不支持的输出格式“{formatName}”，应为 text、json 或 html。");
            }

            var paths = new List<string>();
            foreach (var given in parse.GetValue(files)!)
            {
                if (Directory.Exists(given))
                {
                    paths.AddRange(Directory.EnumerateFiles(given)
                        .Where(f => ReportExtensions.Contains(Path.GetExtension(f).ToLowerInvariant()))
                        .Order(StringComparer.Ordinal));
                }
                else if (File.Exists(given))
                {
                    paths.Add(given);
                }
                else
                {
                    return Fail($"找不到文件或文件夹“{given}”。");
                }
            }

            if (paths.Count == 0)
            {
                return Fail("文件夹中没有可审核的年度报告文件（txt、html、shtml、docx、pdf）。");
            }

            var previousFile = parse.GetValue(previous);
            if (previousFile is not null && !previousFile.Exists)
            {
                return Fail($"找不到上一年度报告“{previousFile.FullName}”。");
            }

            if (previousFile is not null && paths.Count > 1)
            {
                return Fail("--previous 只能与一份年度报告一起使用。");
            }

            var auditor = new ReportFileAuditor();
            IReadOnlyList<AuditReport> reports;
            IReadOnlyList<AuditedFile> audited;
            if (previousFile is not null)
            {
                var one = await new AuditThreads(1).RunAsync(() => auditor.AuditFile(paths[0], previousFile.FullName), cancellationToken);
                audited = [one];
                reports = [one.Report];
            }
            else
            {
                audited = await AuditProgress.RunAsync(new ReportBatchAuditor(auditor, new AuditThreads()), paths, cancellationToken);
                reports = audited.Select(a => a.Report).ToList();
            }

            if (parse.GetValue(summary) is { } summaryFolder)
            {
                var written = AuditSummaryFiles.Write(summaryFolder.FullName, audited);
                await Console.Error.WriteLineAsync($"已写入汇总 {written}");
            }
            var text = formatName switch
            {
                "json" => Json(reports),
                "html" => AuditHtml.Page(reports),
                _ => AuditText.Of(reports),
            };

            if (parse.GetValue(output) is { } file)
            {
                await File.WriteAllTextAsync(file.FullName, text, cancellationToken);
                await Console.Error.WriteLineAsync($"已写入 {file.FullName}");
            }
            else
            {
                await Console.Out.WriteAsync(text);
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static string Json(IReadOnlyList<AuditReport> reports)
    {
        if (reports.Count == 1)
        {
            return reports[0].ToJson() + Environment.NewLine;
        }

        var summary = reports.Select(r => new AuditSummaryLine(r.File, r.Format, r.Count(Domain.AnnualReports.FindingSeverity.Error),
            r.Count(Domain.AnnualReports.FindingSeverity.Warning), r.Count(Domain.AnnualReports.FindingSeverity.Info)));
        var combined = new { summary, reports };
        return JsonSerializer.Serialize(combined, AuditReport.JsonOptions) + Environment.NewLine;
    }

    private static int Fail(string message)
    {
        Console.Error.WriteLine($"错误：{message}");
        return ExitCodes.BadInput;
    }
}

/// <summary>One line of the summary over several reports.</summary>
/// <param name="File">The file.</param>
/// <param name="Format">The format detected.</param>
/// <param name="Errors">Error findings.</param>
/// <param name="Warnings">Warning findings.</param>
/// <param name="Infos">Info findings.</param>
public sealed record AuditSummaryLine(string File, string Format, int Errors, int Warnings, int Infos);
