using System.CommandLine;
using System.Globalization;
using Gongkai.Data.AnnualReports;
using Gongkai.Domain.AnnualReports;
using Gongkai.Domain.AnnualReports.Publishing;
using Microsoft.Extensions.Configuration;

namespace Gongkai.Cli.Reports;

/// <summary>
/// <c>gongkai report-status --agency NAME|CODE --year YYYY</c>: for a supervising office, every unit under the agency
/// with its annual-report deadline (条例 第四十九条), whether it is published, on time or late, and the findings of
/// its latest published version. Exit 2 for an unknown agency.
/// </summary>
public static class ReportStatusCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(IConfiguration configuration)
    {
        var agency = new Option<string>("--agency") { Description = "上级机关名称或代码。", Required = true };
        var year = new Option<int>("--year") { Description = "报告年度。", Required = true };
        var command = new Command("report-status", "列出本级及所属各单位年度报告的发布期限、发布情况和检查结果。") { agency, year };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var db = await CliConfiguration.OpenDatabaseAsync(configuration, cancellationToken);
            var found = await new AnnualReportSource(db).FindAgencyAsync(parse.GetValue(agency)!, cancellationToken);
            if (found is null)
            {
                await Console.Error.WriteLineAsync($"错误：未找到机关“{parse.GetValue(agency)}”。");
                return ExitCodes.BadInput;
            }

            var units = await new AnnualReportDeadlines(db, TimeProvider.System).ForSubtreeAsync(found, parse.GetValue(year), cancellationToken);
            Console.Out.WriteLine($"{found.Name}及所属单位{parse.GetValue(year)}年度政府信息公开工作年度报告：");
            foreach (var unit in units)
            {
                var latest = unit.Latest is { } v
                    ? string.Create(CultureInfo.InvariantCulture,
                        $"第{v.VersionNumber}版 {v.PublishedOn:yyyy-MM-dd} 发布，错误 {v.Findings().Count(f => f.Severity == FindingSeverity.Error)}、警告 {v.Findings().Count(f => f.Severity == FindingSeverity.Warning)}")
                    : "未发布";
                Console.Out.WriteLine($"  {unit.Agency.Name}  期限 {unit.Deadline.DateText}（{unit.Deadline.Article}）  {StatusName(unit.Status)}  {latest}");
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static string StatusName(AnnualReportDeadlineStatus status) => status switch
    {
        AnnualReportDeadlineStatus.NotDue => "未到期",
        AnnualReportDeadlineStatus.Due => "待发布",
        AnnualReportDeadlineStatus.PublishedOnTime => "按时发布",
        AnnualReportDeadlineStatus.PublishedLate => "逾期发布",
        _ => "已逾期未发布",
    };
}
