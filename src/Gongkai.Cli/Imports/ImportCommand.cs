using System.CommandLine;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;
using Gongkai.Data;
using Gongkai.Data.AnnualReports;
using Gongkai.Data.Imports;
using Gongkai.Documents;
using Gongkai.Documents.Spreadsheets;
using Gongkai.Domain;
using Gongkai.Domain.Agencies;
using Gongkai.Domain.AnnualReports;
using Gongkai.Domain.Audit;
using Gongkai.Domain.Calendar;
using Gongkai.Domain.Imports;
using Gongkai.Exports.Imports;
using Microsoft.Extensions.Configuration;

namespace Gongkai.Cli.Imports;

/// <summary>
/// <c>gongkai import requests|report|catalogue</c>: brings what an office already has into Gongkai (docs/imports.md) —
/// its request ledger, its published annual reports, its published documents. All or nothing; <c>--dry-run</c> shows
/// what would be imported and what refused; <c>--refusals FILE.xlsx</c> writes the refused rows with a reason column.
/// Exit 0 imported (or a dry run without refusals), 1 refused (nothing written), 2 bad arguments.
/// </summary>
public static class ImportCommand
{
    /// <summary>Exit code of a refused import.</summary>
    public const int Refused = 1;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
        Converters = { new ReportFormatJsonConverter(), new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    /// <summary>Builds the command group.</summary>
    public static Command Create(IConfiguration configuration)
    {
        var command = new Command("import", "导入机关已有的资料：依申请公开台账、往年已发布的年度报告、已发布的政府信息。");
        command.Subcommands.Add(Requests(configuration));
        command.Subcommands.Add(Reports(configuration));
        command.Subcommands.Add(Catalogue(configuration));
        return command;
    }

    private static Option<string> AgencyOption() => new("--agency") { Description = "机关名称或代码。", Required = true };

    private static Option<string> FormatOption() => new("--format") { Description = "输出格式：text 或 json。", DefaultValueFactory = _ => "text" };

    private static Option<FileInfo?> RefusalsOption() => new("--refusals") { Description = "把被拒绝和未导入的行（含原始内容和原因列）写入这个 XLSX 文件。" };

    private static Command Requests(IConfiguration configuration)
    {
        var agency = AgencyOption();
        var file = new Argument<FileInfo>("FILE") { Description = "台账文件（.xlsx 或 .csv，UTF-8 或 GBK）。" };
        var sheet = new Option<string?>("--sheet") { Description = "只导入这个工作表（默认：所有找得到表头的工作表）。" };
        var mapping = new Option<FileInfo?>("--mapping") { Description = "映射文件（JSON），补充列名、申请人类型、申请方式、办理结果的说法。" };
        var dryRun = new Option<bool>("--dry-run") { Description = "只检查，列出将导入和将拒绝的行，不写入。" };
        var format = FormatOption();
        var refusals = RefusalsOption();
        var command = new Command("requests", "导入依申请公开台账：每行成为一件申请及其办理事件（收到、延期、答复）。")
        {
            agency, file, sheet, mapping, dryRun, format, refusals,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var (opened, exit) = await OpenSheetAsync(parse, configuration, agency, file, mapping, format, cancellationToken);
            if (opened is null)
            {
                return exit;
            }

            await using var sheetImport = opened;
            var (db, found, vocabulary, workbook, progress) = opened;
            var today = AnnualReportDeadlineToday();
            var check = RequestLedgerReader.Read(workbook, vocabulary, today, parse.GetValue(sheet));
            var result = await progress.RunAsync("导入申请", check.Rows.Count, p =>
                new RequestLedgerImport(db, TimeProvider.System).ImportAsync(found, check, Actor(), parse.GetValue(dryRun), p, cancellationToken));
            return Report(result, parse.GetValue(format)!, parse.GetValue(refusals), check.Headers, check.OriginalRows);
        });
        return command;
    }

    private static Command Catalogue(IConfiguration configuration)
    {
        var agency = AgencyOption();
        var file = new Argument<FileInfo>("FILE") { Description = "已发布信息的表格（.xlsx 或 .csv）：索引号、标题、文号、发布日期、主题分类、正文或链接、附件。" };
        var sheet = new Option<string?>("--sheet") { Description = "只导入这个工作表。" };
        var mapping = new Option<FileInfo?>("--mapping") { Description = "映射文件（JSON），补充列名和主题分类的说法。" };
        var dryRun = new Option<bool>("--dry-run") { Description = "只检查，不写入。" };
        var format = FormatOption();
        var refusals = RefusalsOption();
        var command = new Command("catalogue", "导入已发布的政府信息（公开目录），保留原发布日期和文号，导入后即可检索。")
        {
            agency, file, sheet, mapping, dryRun, format, refusals,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var (opened, exit) = await OpenSheetAsync(parse, configuration, agency, file, mapping, format, cancellationToken);
            if (opened is null)
            {
                return exit;
            }

            await using var sheetImport = opened;
            var (db, found, vocabulary, workbook, progress) = opened;
            var path = parse.GetValue(file)!;
            var check = CatalogueSheetReader.Read(workbook, vocabulary, AnnualReportDeadlineToday(), parse.GetValue(sheet));
            var folder = path.Directory!.FullName;
            var result = await progress.RunAsync("写入目录", check.Rows.Count, p =>
                new CatalogueImport(db).ImportAsync(found, check, parse.GetValue(dryRun), relative => AttachmentBytes(folder, relative), p, cancellationToken));
            return Report(result, parse.GetValue(format)!, parse.GetValue(refusals), check.Headers, check.OriginalRows);
        });
        return command;
    }

    private static Command Reports(IConfiguration configuration)
    {
        var agency = AgencyOption();
        var files = new Argument<FileInfo[]>("FILE") { Description = "往年已发布的年度报告（txt、html、docx、pdf）。", Arity = ArgumentArity.OneOrMore };
        var dryRun = new Option<bool>("--dry-run") { Description = "只检查，不写入。" };
        var format = FormatOption();
        var command = new Command("report", "导入往年已发布的年度报告，作为跨年核对（上年结转、现行有效件数）的基数；只读，标明为导入。")
        {
            agency, files, dryRun, format,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var formatName = parse.GetValue(format)!.Trim().ToLowerInvariant();
            if (formatName is not ("text" or "json"))
            {
                return Fail($"不支持的输出格式“{formatName}”，应为 text 或 json。");
            }

            var paths = parse.GetValue(files)!;
            if (paths.FirstOrDefault(f => !f.Exists) is { } missing)
            {
                return Fail($"找不到文件“{missing.FullName}”。");
            }

            await using var db = await CliConfiguration.OpenDatabaseAsync(configuration, cancellationToken);
            if (await new AnnualReportSource(db).FindAgencyAsync(parse.GetValue(agency)!, cancellationToken) is not { } found)
            {
                return Fail($"找不到机关“{parse.GetValue(agency)}”。");
            }

            var reader = new ReportDocumentReader(new ReportDocumentReaderOptions { MaxFileBytes = ReportFileAuditor.DefaultMaxFileBytes });
            var read = new List<PublishedReportImport.ReadReport>();
            foreach (var path in paths)
            {
                var bytes = await File.ReadAllBytesAsync(path.FullName, cancellationToken);
                var text = reader.Read(bytes, path.Name);
                read.Add(new PublishedReportImport.ReadReport(path.Name, Convert.ToHexStringLower(SHA256.HashData(bytes)), ReportAuditor.Audit(text),
                    string.Join('\n', text.Lines.Select(l => l.Original))));
            }

            var result = await new PublishedReportImport(db, TimeProvider.System).ImportAsync(found, read, Actor(), parse.GetValue(dryRun), cancellationToken);
            return Report(result, formatName, null, new Dictionary<string, IReadOnlyList<string>>(), new Dictionary<(string, int), IReadOnlyList<string>>());
        });
        return command;
    }

    /// <summary>
    /// What the sheet imports (requests, catalogue) share before reading rows: the arguments checked, the mapping file
    /// read into the vocabulary, the agency found, the workbook read. Null with the exit code when one of them fails.
    /// </summary>
    private static async Task<(OpenedSheet? Sheet, int Exit)> OpenSheetAsync(ParseResult parse, IConfiguration configuration,
        Option<string> agency, Argument<FileInfo> file, Option<FileInfo?> mapping, Option<string> format, CancellationToken cancellationToken)
    {
        if (Arguments(parse.GetValue(format)!, parse.GetValue(file)!, parse.GetValue(mapping)) is { } bad)
        {
            return (null, bad);
        }

        var vocabulary = LedgerVocabulary.Default;
        if (parse.GetValue(mapping) is { } mappingFile)
        {
            try
            {
                vocabulary = vocabulary.WithMappingFile(await File.ReadAllBytesAsync(mappingFile.FullName, cancellationToken));
            }
            catch (RuleViolationException e)
            {
                return (null, Fail(e.Message));
            }
        }

        var db = await CliConfiguration.OpenDatabaseAsync(configuration, cancellationToken);
        if (await new AnnualReportSource(db).FindAgencyAsync(parse.GetValue(agency)!, cancellationToken) is not { } found)
        {
            await db.DisposeAsync();
            return (null, Fail($"找不到机关“{parse.GetValue(agency)}”。"));
        }

        var path = parse.GetValue(file)!;
        var progress = new ImportProgress();
        var (workbook, error) = await progress.RunAsync("读取文件", null, _ => Task.FromResult(SpreadsheetFile.Read(File.ReadAllBytes(path.FullName), path.Name)));
        if (workbook is null)
        {
            await db.DisposeAsync();
            return (null, Fail(error!));
        }

        return (new OpenedSheet(db, found, vocabulary, workbook, progress), 0);
    }

    /// <summary>An import's database, agency, vocabulary, workbook and progress display, ready for its rows.</summary>
    private sealed record OpenedSheet(GongkaiDbContext Db, Agency Agency, LedgerVocabulary Vocabulary, ImportWorkbook Workbook, ImportProgress Progress)
        : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => Db.DisposeAsync();
    }

    private static int? Arguments(string format, FileInfo file, FileInfo? mapping)
    {
        var name = format.Trim().ToLowerInvariant();
        if (name is not ("text" or "json"))
        {
            return Fail($"不支持的输出格式“{name}”，应为 text 或 json。");
        }

        if (!file.Exists)
        {
            return Fail($"找不到文件“{file.FullName}”。");
        }

        if (file.Length > SpreadsheetPackageGuard.MaxFileBytes)
        {
            return Fail($"文件超过{SpreadsheetPackageGuard.MaxFileBytes / 1024 / 1024} MB。");
        }

        if (mapping is not null && !mapping.Exists)
        {
            return Fail($"找不到映射文件“{mapping.FullName}”。");
        }

        return null;
    }

    private static byte[]? AttachmentBytes(string folder, string relative)
    {
        var full = Path.GetFullPath(Path.Combine(folder, relative));
        if (!full.StartsWith(folder, StringComparison.Ordinal) || !File.Exists(full))
        {
            return null;
        }

        var info = new FileInfo(full);
        return info.Length > Domain.Catalogue.CatalogueAttachmentFile.MaxBytes ? new byte[Domain.Catalogue.CatalogueAttachmentFile.MaxBytes + 1] : File.ReadAllBytes(full);
    }

    private static int Report(
        ImportResult result, string format, FileInfo? refusalsFile, IReadOnlyDictionary<string, IReadOnlyList<string>> headers,
        IReadOnlyDictionary<(string, int), IReadOnlyList<string>> originals)
    {
        var seconds = Math.Max(result.Elapsed.TotalSeconds, 0.001);
        if (format.Trim().Equals("json", StringComparison.OrdinalIgnoreCase))
        {
            Console.Out.WriteLine(JsonSerializer.Serialize(new
            {
                status = result.Status,
                file = result.FileName,
                imported = result.Imported,
                alreadyThere = result.AlreadyThere,
                seconds = Math.Round(result.Elapsed.TotalSeconds, 3),
                rowsPerSecond = Math.Round(result.Imported / seconds),
                refused = result.Refusals.Count(),
                problems = result.Problems,
            }, Json));
        }
        else
        {
            foreach (var problem in result.Problems)
            {
                Console.Out.WriteLine((problem.Kind == ImportProblemKind.Refused ? "拒绝 " : "跳过 ") + problem);
            }

            Console.Out.WriteLine(result.Status switch
            {
                ImportStatus.Imported => string.Create(CultureInfo.InvariantCulture, $"已导入 {result.Imported} 行（已有 {result.AlreadyThere} 行未重复导入），用时 {result.Elapsed.TotalSeconds:0.0} 秒，每秒 {result.Imported / seconds:0} 行。"),
                ImportStatus.DryRun => $"试导入：将导入 {result.Imported} 行，已有 {result.AlreadyThere} 行不再导入；拒绝 {result.Refusals.Count()} 处。未写入任何内容。",
                _ => $"拒绝导入：{result.Refusals.Count()} 处问题，未写入任何内容。请改正后重新导入。",
            });
        }

        if (refusalsFile is not null && result.Problems.Count > 0)
        {
            using var stream = File.Create(refusalsFile.FullName);
            ImportRefusalWorkbook.Write(stream, result.Problems, headers, originals);
            Console.Error.WriteLine($"已写入退回清单 {refusalsFile.FullName}");
        }

        return result.Status == ImportStatus.Refused || (result.Status == ImportStatus.DryRun && result.Refusals.Any()) ? Refused : ExitCodes.Ok;
    }

    private static DateOnly AnnualReportDeadlineToday() =>
        Domain.Calendar.ChinaClock.Today(TimeProvider.System);

    private static string Actor() => $"命令行导入（{Environment.UserName}）";

    private static int Fail(string message)
    {
        Console.Error.WriteLine($"错误：{message}");
        return ExitCodes.BadInput;
    }
}
