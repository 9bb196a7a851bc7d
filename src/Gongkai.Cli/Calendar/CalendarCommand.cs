using System.CommandLine;
using System.Globalization;
using System.Text;
using Gongkai.Data.Calendar;
using Gongkai.Domain;
using Gongkai.Domain.Calendar;
using Microsoft.Extensions.Configuration;

namespace Gongkai.Cli.Calendar;

/// <summary>
/// <c>gongkai calendar notices | export [--out FILE] | import FILE [--source TEXT]</c>: the working-day calendar held
/// in the database. A new year's State Council notice is added by importing its lines
/// (<c>date,kind,holiday,year_notice</c>); no code changes.
/// </summary>
public static class CalendarCommand
{
    /// <summary>Builds the command group.</summary>
    public static Command Create(IConfiguration configuration)
    {
        var command = new Command("calendar", "工作日日历：查看已载入的放假安排通知、导出、导入新一年的通知。");
        command.Subcommands.Add(Notices(configuration));
        command.Subcommands.Add(Export(configuration));
        command.Subcommands.Add(Import(configuration));
        return command;
    }

    private static Command Notices(IConfiguration configuration)
    {
        var command = new Command("notices", "列出已载入的年度放假安排通知。");
        command.SetAction(async (_, cancellationToken) =>
        {
            await using var db = await CliConfiguration.OpenDatabaseAsync(configuration, cancellationToken);
            var store = new CalendarStore(db, TimeProvider.System);
            var calendar = await store.LoadAsync(cancellationToken);
            foreach (var notice in await store.NoticesAsync(cancellationToken))
            {
                var days = calendar.Arrangements.Where(a => a.NoticeYear == notice.Year).ToList();
                Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{notice.Year}年  放假{days.Count(d => d.Kind == CalendarDayKind.Off)}天  调休上班{days.Count(d => d.Kind == CalendarDayKind.Workday)}天  来源：{notice.Source}  载入：{notice.ImportedAtUtc:yyyy-MM-dd HH:mm}Z"));
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Export(IConfiguration configuration)
    {
        var output = new Option<FileInfo?>("--out") { Description = "写入的文件；省略时写到标准输出。" };
        var command = new Command("export", "导出日历（CSV：date,kind,holiday,year_notice）。") { output };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var db = await CliConfiguration.OpenDatabaseAsync(configuration, cancellationToken);
            var calendar = await new CalendarStore(db, TimeProvider.System).LoadAsync(cancellationToken);
            var file = parse.GetValue(output);
            if (file is null)
            {
                HolidayArrangementCsv.Write(Console.Out, calendar.Arrangements);
                return ExitCodes.Ok;
            }

            await using var writer = new StreamWriter(file.FullName, append: false, new UTF8Encoding(false));
            HolidayArrangementCsv.Write(writer, calendar.Arrangements);
            Console.Error.WriteLine($"已导出 {calendar.Arrangements.Count()} 个日期到 {file.FullName}。");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Import(IConfiguration configuration)
    {
        var input = new Argument<FileInfo>("FILE") { Description = "CSV 文件，首行 date,kind,holiday,year_notice。文件中出现的每个通知年份整体替换。" };
        var source = new Option<string?>("--source") { Description = "通知的出处（标题、文号或网址），记录在日历中。" };
        var command = new Command("import", "导入一年或几年的放假安排通知（整体替换这些年份）。") { input, source };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var file = parse.GetValue(input)!;
            if (!file.Exists)
            {
                Console.Error.WriteLine($"错误：找不到文件 {file.FullName}。");
                return ExitCodes.BadInput;
            }

            try
            {
                IReadOnlyList<HolidayArrangement> arrangements;
                using (var reader = new StreamReader(file.FullName, Encoding.UTF8))
                {
                    arrangements = HolidayArrangementCsv.Parse(reader, file.Name);
                }

                await using var db = await CliConfiguration.OpenDatabaseAsync(configuration, cancellationToken);
                var years = await new CalendarStore(db, TimeProvider.System)
                    .ImportAsync(arrangements, parse.GetValue(source) ?? file.Name, cancellationToken);
                Console.Out.WriteLine($"已导入 {string.Join("、", years.Select(y => y + "年"))} 的放假安排，共 {arrangements.Count} 个日期。");
                return ExitCodes.Ok;
            }
            catch (RuleViolationException e)
            {
                Console.Error.WriteLine($"错误：{e.Message}");
                return ExitCodes.BadInput;
            }
        });
        return command;
    }
}
