using System.CommandLine;
using System.Globalization;
using Gongkai.Demo;
using Gongkai.Demo.Reports;
using Gongkai.Domain.Calendar;
using Microsoft.Extensions.Configuration;

namespace Gongkai.Cli.Demo;

/// <summary>
/// <c>gongkai demo [--today yyyy-MM-dd] [--catalogue N]</c>: loads the demo data into the configured database — the
/// five seed agencies with their disclosure guides and catalogue, the records behind their published annual reports
/// (seed years and last year) and the reports themselves, published, this year's in draft, and the main agency's open
/// queue — exactly what the web platform loads on first start. Placed relative to today in China
/// (docs/decisions/0011-demo-relative-to-today.md); <c>--today</c> chooses the day (same day, same data). Idempotent:
/// a database holding the demo already is left as it is.
/// <c>--catalogue N</c> adds N generated catalogue entries of realistic Chinese text (for the search benchmark).
/// </summary>
public static class DemoCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(IConfiguration configuration)
    {
        var catalogue = new Option<int>("--catalogue") { Description = "另外生成指定数量的公开目录条目（用于检索性能测试，如 1000000）。" };
        var today = new Option<string?>("--today")
        {
            Description = "示例数据所依据的“今天”（yyyy-MM-dd，中国日期），默认为当天：待办申请的答复期限、逾期、已发布和起草中的年度报告都相对于这一天安排。同一天得到同样的数据。",
        };
        var command = new Command("demo", "载入示例数据：五个示例机关、公开指南与目录、年度报告所依据的记录、已发布的上一年度报告和起草中的本年度报告、主机关的待办申请（相对于今天安排；可重复运行，已载入的数据库不再改动）。")
        {
            today,
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

            TimeProvider time = TimeProvider.System;
            if (parse.GetValue(today) is { } day)
            {
                if (!DateOnly.TryParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var chosen))
                {
                    await Console.Error.WriteLineAsync($"错误：--today 须为 yyyy-MM-dd 格式的日期，收到“{day}”。");
                    return ExitCodes.BadInput;
                }

                time = new ChosenDayClock(chosen);
            }

            await using var db = await CliConfiguration.OpenDatabaseAsync(configuration, cancellationToken);
            var entries = await DemoData.EnsureLoadedAsync(db, time, cancellationToken: cancellationToken);
            var published = await DemoReportData.EnsureLoadedAsync(db, time, cancellationToken);
            if (extra > 0)
            {
                var progress = new Progress<int>(done => Console.Error.Write($"\r已生成目录条目 {done}/{extra}"));
                var now = time.GetUtcNow();
                await DemoData.GenerateCatalogueAsync(db, extra, ChinaClock.DateOf(now.UtcDateTime), "bulk-" + now.UtcTicks, progress: progress, cancellationToken: cancellationToken);
                await Console.Error.WriteLineAsync();
            }

            Console.Out.WriteLine(entries == 0 && published == 0 && extra == 0
                ? "示例数据已存在，未作改动。"
                : $"已载入示例数据（今天为 {ChinaClock.Today(time):yyyy-MM-dd}）：公开目录条目 {entries + extra} 条，发布年度报告 {published} 份。可运行：gongkai report --agency 西宁市人民政府 --year 2017 --format html --out 西宁2017.html");
            return ExitCodes.Ok;
        });
        return command;
    }
}

/// <summary>The clock of <c>gongkai demo --today</c>: always noon in China on the chosen day.</summary>
/// <param name="day">The chosen day (China).</param>
public sealed class ChosenDayClock(DateOnly day) : TimeProvider
{
    private readonly DateTimeOffset _noonInChina = new DateTimeOffset(day.ToDateTime(new TimeOnly(12, 0)), ChinaClock.Offset).ToUniversalTime();

    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow() => _noonInChina;
}
