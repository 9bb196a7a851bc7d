using System.Globalization;
using Gongkai.Domain.Calendar;
using Gongkai.Domain.Requests;

namespace Gongkai.Domain.Imports;

/// <summary>
/// Reads an office's request ledger (依申请公开台账) into <see cref="LedgerRow"/>s, listing every value it cannot take
/// (docs/imports.md). Every visible sheet whose header is found is read (one sheet per year is common), or only the
/// sheet named. Blank rows are passed over; a row beginning with 合计/总计/小计/注/备注/说明/填表/制表/审核 that has no
/// date of receipt is a totals or notes row and is listed as skipped; a row of column numbers (1 2 3 …) under the
/// header is skipped. A row is refused when: a required value is missing; a date cannot be read or does not exist;
/// the reply is dated before the receipt; an outcome is given without a reply date or a reply date without an
/// outcome; a word cannot be mapped to the national taxonomy; or it repeats an earlier row (same receipt day,
/// applicant and content).
/// </summary>
public static class RequestLedgerReader
{
    private static readonly string[] NotesStarts = ["合计", "总计", "小计", "注", "备注", "说明", "填表", "制表", "审核", "负责人", "统计"];
    private static readonly string[] OpenWords = ["办理中", "正在办理", "未办结", "待答复", "在办", "延期办理中", "尚未答复", "未答复"];
    private static readonly LedgerField[] Required = [LedgerField.ApplicantName, LedgerField.ReceivedOn, LedgerField.Description];

    /// <summary>Reads <paramref name="workbook"/>; <paramref name="today"/> is the import day (China).</summary>
    public static ImportCheck<LedgerRow> Read(ImportWorkbook workbook, LedgerVocabulary vocabulary, DateOnly today, string? sheetName = null)
    {
        ArgumentNullException.ThrowIfNull(workbook);
        ArgumentNullException.ThrowIfNull(vocabulary);
        var check = new ImportCheck<LedgerRow>(workbook);
        var sheets = SelectSheets(workbook, sheetName, check);
        var seen = new Dictionary<string, (string Sheet, int Row)>();
        var anyLayout = false;
        foreach (var sheet in sheets)
        {
            var (layout, error) = SheetLayout<LedgerField>.Find(sheet, vocabulary.HeaderField, Required);
            if (layout is null)
            {
                check.Report(new ImportProblem(sheetName is null && sheets.Count > 1 ? ImportProblemKind.Skipped : ImportProblemKind.Refused, sheet.Name, 0, string.Empty, string.Empty, string.Empty, error!));
                continue;
            }

            anyLayout = true;
            check.SetHeaders(sheet.Name, layout.Headers);
            if (!layout.Columns.ContainsKey(LedgerField.ApplicantKind) && vocabulary.DefaultApplicantKind is null)
            {
                check.Report(new ImportProblem(ImportProblemKind.Refused, sheet.Name, 0, string.Empty, string.Empty, string.Empty,
                    "没有“申请人类型”列：年度报告表三按申请人类型分列，不能猜测。请加上这一列，或在映射文件 defaults.applicantKind 中写明全部申请人的类型。"));
                continue;
            }

            if (!layout.Columns.ContainsKey(LedgerField.Channel) && vocabulary.DefaultChannel is null)
            {
                check.Report(new ImportProblem(ImportProblemKind.Refused, sheet.Name, 0, string.Empty, string.Empty, string.Empty,
                    "没有“申请方式”列：收到申请之日按方式确定（第三十一条），不能猜测。请加上这一列，或在映射文件 defaults.channel 中写明。"));
                continue;
            }

            foreach (var column in layout.Ignored)
            {
                check.Report(ImportProblem.Skip(sheet.Name, 0, column, string.Empty,
                    sheet.HiddenColumns.Contains(column.Index) ? "隐藏列，未读取。" : "列名不在词表中，未读取（如需导入，请在映射文件 headers 中说明）。"));
            }

            for (var i = layout.FirstDataRowIndex; i < sheet.Rows.Count; i++)
            {
                ReadRow(sheet, sheet.Rows[i], layout, vocabulary, today, check, seen, i == layout.FirstDataRowIndex);
            }
        }

        if (!anyLayout && !check.Refusals.Any())
        {
            check.Report(new ImportProblem(ImportProblemKind.Refused, workbook.FileName, 0, string.Empty, string.Empty, string.Empty, "文件中没有找到依申请公开台账（表头）。"));
        }

        return check;
    }

    /// <summary>The sheets to read: the one named, or all.</summary>
    internal static IReadOnlyList<ImportSheet> SelectSheets<TRow>(ImportWorkbook workbook, string? sheetName, ImportCheck<TRow> check)
    {
        if (sheetName is null)
        {
            return workbook.Sheets;
        }

        var sheet = workbook.Sheets.FirstOrDefault(s => s.Name == sheetName.Trim());
        if (sheet is null)
        {
            check.Report(new ImportProblem(ImportProblemKind.Refused, sheetName, 0, string.Empty, string.Empty, string.Empty,
                $"文件中没有名为“{sheetName}”的工作表（有：{string.Join("、", workbook.Sheets.Select(s => s.Name))}）。"));
            return [];
        }

        return [sheet];
    }

    /// <summary>Whether a row is a totals or notes line (its first written cell starts with 合计, 注 …).</summary>
    internal static bool IsNotesRow(ImportRow row)
    {
        var first = row.Cells.FirstOrDefault(c => !c.IsBlank)?.Text.Trim() ?? string.Empty;
        return NotesStarts.Any(s => first.StartsWith(s, StringComparison.Ordinal));
    }

    /// <summary>Whether a row only numbers the columns (1, 2, 3 …), as some forms print under the header.</summary>
    internal static bool IsColumnNumberRow(ImportRow row)
    {
        var written = row.Cells.Where(c => !c.IsBlank).Select(c => c.Text.Trim()).ToList();
        if (written.Count < 3)
        {
            return false;
        }

        for (var i = 0; i < written.Count; i++)
        {
            if (written[i] != (i + 1).ToString(CultureInfo.InvariantCulture))
            {
                return false;
            }
        }

        return true;
    }

    private static void ReadRow(
        ImportSheet sheet, ImportRow row, SheetLayout<LedgerField> layout, LedgerVocabulary vocabulary, DateOnly today,
        ImportCheck<LedgerRow> check, Dictionary<string, (string Sheet, int Row)> seen, bool firstDataRow)
    {
        if (layout.Columns.Values.All(c => row[c.Index].IsBlank))
        {
            if (IsNotesRow(row))
            {
                check.Report(ImportProblem.Skip(sheet.Name, row.Number, null, row.Cells.First(c => !c.IsBlank).Text.Trim(), "合计、备注或落款行，未导入。"), row);
            }

            return;
        }

        var receivedColumn = layout.Columns[LedgerField.ReceivedOn];
        var (receivedOn, receivedError) = LedgerDate.Read(row[receivedColumn.Index], today);
        if (receivedOn is null && IsNotesRow(row))
        {
            check.Report(ImportProblem.Skip(sheet.Name, row.Number, null, row.Cells.First(c => !c.IsBlank).Text.Trim(), "合计、备注或落款行，未导入。"), row);
            return;
        }

        if (firstDataRow && IsColumnNumberRow(row))
        {
            check.Report(ImportProblem.Skip(sheet.Name, row.Number, null, string.Empty, "表头下的列序号行，未导入。"), row);
            return;
        }

        var refused = false;
        void Refuse(LedgerField? field, string reason)
        {
            var column = field is { } f ? layout.Columns.GetValueOrDefault(f) : null;
            check.Report(ImportProblem.Refuse(sheet.Name, row.Number, column, column is null ? string.Empty : row[column.Index].Text.Trim(), reason), row);
            refused = true;
        }

        string Text(LedgerField field) => layout.Columns.TryGetValue(field, out var c) ? row[c.Index].Text.Trim() : string.Empty;

        if (receivedError is not null)
        {
            Refuse(LedgerField.ReceivedOn, receivedError);
        }
        else if (receivedOn is null)
        {
            Refuse(LedgerField.ReceivedOn, "没有收到申请的日期。");
        }

        var name = Text(LedgerField.ApplicantName);
        if (name.Length == 0)
        {
            Refuse(LedgerField.ApplicantName, "没有申请人姓名或名称（第二十九条第二款第（一）项）。");
        }

        var description = Text(LedgerField.Description);
        if (description.Length == 0)
        {
            Refuse(LedgerField.Description, "没有申请内容（第二十九条第二款第（二）项）。");
        }

        ApplicantKind? kind = vocabulary.DefaultApplicantKind;
        if (layout.Columns.ContainsKey(LedgerField.ApplicantKind))
        {
            var text = Text(LedgerField.ApplicantKind);
            kind = text.Length == 0 ? null : vocabulary.ApplicantKindOf(text);
            if (kind is null)
            {
                Refuse(LedgerField.ApplicantKind, text.Length == 0
                    ? "没有申请人类型（年度报告表三按类型分列）。"
                    : "无法对应到表三的申请人类型（自然人；商业企业、科研机构、社会公益组织、法律服务机构、其他），请改写或在映射文件 applicantKinds 中说明。");
            }
        }

        SubmissionChannel? channel = vocabulary.DefaultChannel;
        if (layout.Columns.ContainsKey(LedgerField.Channel))
        {
            var text = Text(LedgerField.Channel);
            channel = text.Length == 0 ? null : vocabulary.ChannelOf(text);
            if (channel is null)
            {
                Refuse(LedgerField.Channel, text.Length == 0
                    ? "没有申请方式。"
                    : "无法识别的申请方式（当面、信函、网络、电子邮件、传真），请改写或在映射文件 channels 中说明。");
            }
        }

        DateOnly? repliedOn = null;
        if (layout.Columns.TryGetValue(LedgerField.RepliedOn, out var repliedColumn))
        {
            var (date, error) = LedgerDate.Read(row[repliedColumn.Index], today);
            if (error is not null)
            {
                Refuse(LedgerField.RepliedOn, error);
            }

            repliedOn = date;
        }

        Outcome? outcome = null;
        var outcomeText = Text(LedgerField.Outcome);
        var open = outcomeText.Length == 0 || OpenWords.Any(w => TextKey.Of(w) == TextKey.Of(outcomeText));
        if (!open)
        {
            var (mapped, error) = vocabulary.OutcomeOf(outcomeText);
            if (error is not null)
            {
                Refuse(LedgerField.Outcome, error);
            }

            outcome = mapped;
        }

        if (!open && repliedOn is null && layout.Columns.ContainsKey(LedgerField.RepliedOn) && row[repliedColumn!.Index].IsBlank)
        {
            Refuse(LedgerField.RepliedOn, "写了办理结果，但没有答复日期。");
        }
        else if (!open && !layout.Columns.ContainsKey(LedgerField.RepliedOn))
        {
            Refuse(LedgerField.Outcome, "写了办理结果，但台账没有“答复日期”列。");
        }

        if (open && repliedOn is not null)
        {
            Refuse(LedgerField.Outcome, outcomeText.Length == 0 ? "有答复日期，但没有办理结果。" : "有答复日期，但办理结果写的是尚未办结。");
        }

        if (receivedOn is { } r && repliedOn is { } p && p < r)
        {
            Refuse(LedgerField.RepliedOn, $"答复日期早于收到日期（{ChineseDates.Iso(r)}）。");
        }

        var extended = false;
        if (layout.Columns.ContainsKey(LedgerField.Extended))
        {
            var text = Text(LedgerField.Extended);
            if (LedgerVocabulary.YesNo(text) is { } yes)
            {
                extended = yes;
            }
            else
            {
                Refuse(LedgerField.Extended, "无法识别“是否延期”（是/否）。");
            }
        }

        int? extensionDays = null;
        var daysText = Text(LedgerField.ExtensionWorkingDays);
        if (daysText.Length > 0)
        {
            if (int.TryParse(daysText.Normalize(System.Text.NormalizationForm.FormKC).TrimEnd('天', '日', '个', '工', '作'), NumberStyles.None, CultureInfo.InvariantCulture, out var days)
                && days is >= 1 and <= StatutoryClock.ExtensionCapWorkingDays)
            {
                extensionDays = days;
                extended = true;
            }
            else
            {
                Refuse(LedgerField.ExtensionWorkingDays, $"延长的工作日数须为1至{StatutoryClock.ExtensionCapWorkingDays}的整数（第三十三条第二款）。");
            }
        }

        if (extended && outcome is Requests.Outcome.OtherCorrectionLapsed or Requests.Outcome.OtherFeeLapsed)
        {
            Refuse(LedgerField.Extended, "逾期不补正、逾期未缴费的申请不会延期答复，请核对。");
        }

        if (refused)
        {
            return;
        }

        var ledgerRow = new LedgerRow
        {
            Sheet = sheet.Name,
            Row = row.Number,
            ApplicantName = name,
            ApplicantKind = kind!.Value,
            Channel = channel!.Value,
            ReceivedOn = receivedOn!.Value,
            Description = description,
            RepliedOn = repliedOn,
            Outcome = outcome,
            OutcomeText = outcome is null ? null : outcomeText,
            Extended = extended,
            ExtensionWorkingDays = extensionDays,
            Note = Blank(Text(LedgerField.Note)),
            Phone = Blank(Text(LedgerField.Phone)) ?? ContactAs(Text(LedgerField.Contact), phone: true),
            Address = Blank(Text(LedgerField.Address)) ?? ContactAs(Text(LedgerField.Contact), phone: false),
            Email = Blank(Text(LedgerField.Email)),
        };
        if (seen.TryGetValue(ledgerRow.NaturalKey, out var first))
        {
            check.Report(ImportProblem.Refuse(sheet.Name, row.Number, null, name,
                $"与{(first.Sheet == sheet.Name ? string.Empty : $"工作表“{first.Sheet}”")}第{first.Row}行重复（收到日期、申请人、申请内容都相同）；同一申请只能登记一次，请删去一行或写明区别。"), row);
            return;
        }

        seen[ledgerRow.NaturalKey] = (sheet.Name, row.Number);
        check.Add(ledgerRow);
    }

    private static string? Blank(string text) => text.Length == 0 ? null : text;

    /// <summary>联系方式: a phone number when it is only digits, spaces, + and -; otherwise an address.</summary>
    private static string? ContactAs(string contact, bool phone)
    {
        if (contact.Length == 0)
        {
            return null;
        }

        var isPhone = contact.All(c => char.IsAsciiDigit(c) || c is ' ' or '-' or '+' or '(' or ')' or '（' or '）');
        return isPhone == phone ? contact : null;
    }
}
