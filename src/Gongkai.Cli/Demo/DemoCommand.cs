using System.CommandLine;
using Gongkai.Demo.Reports;
using Microsoft.Extensions.Configuration;

namespace Gongkai.Cli.Demo;

/// <summary>
/// <c>gongkai demo</c>: loads the demo data into the configured database — the five seed agencies with the records
/// behind their published reports (seed years and 2025) and the reports themselves, published. Idempotent: what is
/// already there is left alone. The web platform loads the same data on first start.
/// </summary>
public static class DemoCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(IConfiguration configuration)
    {
        var command = new Command("demo", "载入示例数据：五个示例机关、其年度报告所依据的记录及已发布的年度报告（可重复运行）。");
        command.SetAction(async (_, cancellationToken) =>
        {
            await using var db = await CliConfiguration.OpenDatabaseAsync(configuration, cancellationToken);
            var published = await DemoReportData.EnsureLoadedAsync(db, TimeProvider.System, cancellationToken);
            Console.Out.WriteLine(published == 0
                ? "示例数据已存在，未作改动。"
                : $"已载入示例数据，发布年度报告 {published} 份。可运行：gongkai report --agency 西宁市人民政府 --year 2017 --format html --out 西宁2017.html");
            return ExitCodes.Ok;
        });
        return command;
    }
}
