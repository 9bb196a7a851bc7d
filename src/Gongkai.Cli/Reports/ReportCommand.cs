using System.CommandLine;
using System.Globalization;
using Gongkai.Data.AnnualReports;
using Gongkai.Domain.AnnualReports;
using Gongkai.Exports;
using Microsoft.Extensions.Configuration;

namespace Gongkai.Cli.Reports;

/// <summary>
/// <c>gongkai report --agency NAME|CODE --year YYYY [--format json|html|docx|xlsx|pdf|txt] [--out FILE]
/// [--report-format 2008|2014|2019|2021]</c>: computes an agency's 政府信息公开工作年度报告 from the records in the
/// configured database (the agency and every agency under it), drafts its text, runs the consistency rules and writes
/// it in one export format. The findings go to standard error. Exit 0 when written, 2 for an unknown agency, a year
/// without records or bad options, 1 when the export could not be made (e.g. no Chromium for PDF).
/// </summary>
public static class ReportCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(IConfiguration configuration)
    {
        var agency = new Option<string>("--agency") { Description = "机关名称或代码，如“西宁市人民政府”。", Required = true };
        var year = new Option<int>("--year") { Description = "报告年度，如 2017。", Required = true };
        var format = new Option<string>("--format") { Description = "导出格式：json、html、docx、xlsx、pdf、txt。", DefaultValueFactory = _ => "json" };
        var output = new Option<FileInfo?>("--out") { Description = "写入的文件；省略时写到标准输出（docx、xlsx、pdf 必须指定文件）。" };
        var reportFormat = new Option<string?>("--report-format") { Description = "年报格式：2008、2014、2019、2021；省略时按报告年度选择。" };
        var units = new Option<bool>("--units") { Description = "不导出报告，改为列出每个单元格由本级和各下级单位分别贡献的数字（汇总核对用）。" };
        var command = new Command("report", "由记录生成政府信息公开工作年度报告并导出。")
        {
            agency, year, format, output, reportFormat, units,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var exports = ReportExports.CreateDefault();
            if (!exports.TryGet(parse.GetValue(format)!, out var export))
            {
                return Fail($"不支持的导出格式“{parse.GetValue(format)}”。可用格式：{string.Join("、", exports.Names)}。");
            }

            var yearValue = parse.GetValue(year);
            if (yearValue < ReportFormatExtensions.FirstReportYear || yearValue > 9998)
            {
                return Fail($"报告年度{yearValue}无效：年度报告自{ReportFormatExtensions.FirstReportYear}年起编制。");
            }

            ReportFormat? chosen = null;
            if (parse.GetValue(reportFormat) is { } formatText)
            {
                if (!TryParseFormat(formatText, out var parsed))
                {
                    return Fail($"年报格式“{formatText}”无效，应为 2008、2014、2019 或 2021。");
                }

                chosen = parsed;
            }

            var file = parse.GetValue(output);
            var binary = export.Name is "docx" or "xlsx" or "pdf";
            if (file is null && binary)
            {
                return Fail($"{export.Name} 是二进制文件，请用 --out 指定要写入的文件。");
            }

            await using var db = await CliConfiguration.OpenDatabaseAsync(configuration, cancellationToken);
            var source = new AnnualReportSource(db);
            var found = await source.FindAgencyAsync(parse.GetValue(agency)!, cancellationToken);
            if (found is null)
            {
                return Fail($"未找到机关“{parse.GetValue(agency)}”：请写机关全称或代码（可先运行 gongkai demo 载入示例数据）。");
            }

            var reportingYear = new ReportingYear(yearValue);
            var noRecords = $"{found.Name}{yearValue}年没有任何记录（申请、复议诉讼、规范性文件或年度统计数据），无法生成年度报告。";
            if (parse.GetValue(units))
            {
                if (!await source.HasDataAsync(found, reportingYear, cancellationToken))
                {
                    return Fail(noRecords);
                }

                var rolledUp = await source.RollUpAsync(found, reportingYear, chosen, cancellationToken);
                var table = UnitContributionsText.Of(rolledUp);
                if (file is null)
                {
                    await Console.Out.WriteAsync(table);
                }
                else
                {
                    await File.WriteAllTextAsync(file.FullName, table, cancellationToken);
                }

                return ExitCodes.Ok;
            }

            if (await source.TryGenerateAsync(found, reportingYear, chosen, cancellationToken) is not { } document)
            {
                return Fail(noRecords);
            }

            try
            {
                await using var stream = file is null ? Console.OpenStandardOutput() : file.Create();
                await export.WriteAsync(document, stream, cancellationToken);
            }
            catch (ChromiumNotFoundException e)
            {
                file?.Delete();
                await Console.Error.WriteLineAsync($"错误：{e.Message}");
                return ExitCodes.Failed;
            }

            var errors = document.Findings.Count(f => f.Severity == FindingSeverity.Error);
            var warnings = document.Findings.Count(f => f.Severity == FindingSeverity.Warning);
            await Console.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{document.Title}（{FormatName(document.Data.Format)}）：一致性检查 {errors} 个错误、{warnings} 个警告。"));
            foreach (var finding in document.Findings.Where(f => f.Severity != FindingSeverity.Info))
            {
                await Console.Error.WriteLineAsync($"  [{(finding.Severity == FindingSeverity.Error ? "错误" : "警告")}] {finding.RuleId}：{finding.Message}");
            }

            if (file is not null)
            {
                await Console.Error.WriteLineAsync($"已写入 {file.FullName}");
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>Parses "2008", "2014", "2019" or "2021" (the format's contract name, <see cref="ReportFormat"/>).</summary>
    public static bool TryParseFormat(string text, out ReportFormat format) => ReportFormat.TryParseName(text, out format);

    private static string FormatName(ReportFormat format) => format switch
    {
        ReportFormat.Format2008 => "2008 格式",
        ReportFormat.Format2014 => "2014 统计表格式",
        ReportFormat.Format2019 => "2019 试行格式",
        ReportFormat.Format2021 => "2021 格式",
    };

    private static int Fail(string message)
    {
        Console.Error.WriteLine($"错误：{message}");
        return ExitCodes.BadInput;
    }
}
