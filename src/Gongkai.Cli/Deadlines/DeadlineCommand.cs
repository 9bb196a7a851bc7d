using System.CommandLine;
using Gongkai.Data.Calendar;
using Gongkai.Domain;
using Gongkai.Domain.Calendar;
using Microsoft.Extensions.Configuration;

namespace Gongkai.Cli.Deadlines;

/// <summary>
/// <c>gongkai deadline [--scenario FILE] [--format json|text]</c>: the reply deadline of a scenario, with its proof,
/// on the working-day calendar of the configured database.
/// </summary>
public static class DeadlineCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(IConfiguration configuration)
    {
        var scenario = new Option<FileInfo?>("--scenario") { Description = "场景 JSON 文件；省略时从标准输入读取。" };
        var format = new Option<string>("--format") { Description = "输出格式：json（默认，供程序使用）或 text（推算过程，供人阅读）。", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("json", "text");
        var command = new Command("deadline", "推算答复期限并给出逐步依据（第三十条至第三十五条）。") { scenario, format };
        command.SetAction(async (parse, cancellationToken) =>
        {
            string json;
            var file = parse.GetValue(scenario);
            if (file is not null)
            {
                if (!file.Exists)
                {
                    return Fail($"找不到场景文件 {file.FullName}。");
                }

                json = await File.ReadAllTextAsync(file.FullName, cancellationToken);
            }
            else
            {
                json = await Console.In.ReadToEndAsync(cancellationToken);
            }

            DeadlineProof proof;
            try
            {
                var input = DeadlineScenario.Parse(json);
                await using var db = await CliConfiguration.OpenDatabaseAsync(configuration, cancellationToken);
                var calendar = await new CalendarStore(db, TimeProvider.System).LoadAsync(cancellationToken);
                proof = new StatutoryClock(calendar).Run(input.Receipt, input.Events);
            }
            catch (RuleViolationException e)
            {
                return Fail(e.Message);
            }

            Console.Out.Write(parse.GetValue(format) == "text" ? DeadlineProofWriter.ToText(proof) : DeadlineProofWriter.ToJson(proof) + "\n");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static int Fail(string message)
    {
        Console.Error.WriteLine($"错误：{message.ReplaceLineEndings(" ")}");
        return ExitCodes.BadInput;
    }
}
