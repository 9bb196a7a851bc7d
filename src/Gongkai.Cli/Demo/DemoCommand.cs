using System.CommandLine;
using Gongkai.Demo;
using Gongkai.Demo.Reports;
using Gongkai.Domain.Calendar;
using Microsoft.Extensions.Configuration;

namespace Gongkai.Cli.Demo;

/// <summary>
/// <c>gongkai demo [--catalogue N]</c>: loads the demo data into the configured database — the five seed agencies
/// with their disclosure guides and catalogue, the records behind their published annual reports (seed years and
/// 2025) and the reports themselves, published — exactly what the web platform loads on first start. Idempotent.
/// <c>--catalogue N</c> adds N generated catalogue entries of realistic Chinese text (for the search benchmark).
/// </summary>
public static class DemoCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(IConfiguration configuration)
    {
        var catalogue = new Option<int>("--catalogue") { Description = "另外生成指定数量的公开目录条目（用于检索性能测试，如 1000000）。" };
        var command = new Command("demo", "载入示例数据：五个示例机关、公开指南与目录、年度报告所依据的记录及已发布的年度报告（可重复运行）。")
        {
            catalogue,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var extra = parse.GetValue(catalogue);
            if (extra < 0)
            {
                await Console.Error.WriteLineAsync("错误：--catalogue 不能为负数。");
                return ExitCodes.BadInput;
            }

            await using var db = await CliConfiguration.OpenDatabaseAsync(configuration, cancellationToken);
            var entries = await DemoData.EnsureLoadedAsync(db, TimeProvider.System, cancellationToken: cancellationToken);
            var published = await DemoReportData.EnsureLoadedAsync(db, TimeProvider.System, cancellationToken);
            if (extra > 0)
            {
                var progress = new Progress<int>(done => Console.Error.Write($"\r已生成目录条目 {done}/{extra}"));
                var now = TimeProvider.System.GetUtcNow();
                await DemoData.GenerateCatalogueAsync(db, extra, ChinaClock.DateOf(now.UtcDateTime), "bulk-" + now.UtcTicks, progress: progress, cancellationToken: cancellationToken);
                await Console.Error.WriteLineAsync();
            }

            Console.Out.WriteLine(entries == 0 && published == 0 && extra == 0
                ? "示例数据已存在，未作改动。"
                : $"已载入示例数据：公开目录条目 {entries + extra} 条，发布年度报告 {published} 份。可运行：gongkai report --agency 西宁市人民政府 --year 2017 --format html --out 西宁2017.html");
            return ExitCodes.Ok;
        });
        return command;
    }
}
