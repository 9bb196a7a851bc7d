using System.CommandLine;
using System.Text;
using Gongkai.Cli;
using Gongkai.Cli.Audit;
using Gongkai.Cli.Calendar;
using Gongkai.Cli.Deadlines;
using Gongkai.Cli.Demo;
using Gongkai.Cli.Imports;
using Gongkai.Cli.Reports;

Console.OutputEncoding = Encoding.UTF8;
var configuration = CliConfiguration.Build();

var root = new RootCommand("gongkai — 政府信息公开平台命令行：答复期限推算、工作日日历、年度报告生成与审核。")
{
    DeadlineCommand.Create(configuration),
    CalendarCommand.Create(configuration),
    ReportCommand.Create(configuration),
    ReportStatusCommand.Create(configuration),
    DemoCommand.Create(configuration),
    AuditCommand.Create(),
    ImportCommand.Create(configuration),
};

var parse = root.Parse(args);
if (parse.Errors.Count > 0)
{
    foreach (var error in parse.Errors)
    {
        Console.Error.WriteLine($"错误：{error.Message}");
    }

    Console.Error.WriteLine("用法见 gongkai --help。");
    return ExitCodes.BadInput;
}

try
{
    return await parse.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (Exception e) when (e is not OperationCanceledException)
{
    // No stack trace for people; the message says what failed (e.g. the database cannot be reached).
    Console.Error.WriteLine($"错误：命令未能完成：{e.GetBaseException().Message.ReplaceLineEndings(" ")}");
    return ExitCodes.Failed;
}
