namespace Gongkai.Domain.Imports;

/// <summary>
/// Where the header of a sheet is and which column holds which field. Offices put a title row or two above the
/// header, merge header cells (申请人 over 姓名 and 类型), and hide columns; the layout is found by trying each of the
/// first <see cref="HeaderSearchRows"/> rows as a one-row header and with the row below it as a two-row header
/// (upper/lower label, then the lower, then the upper alone), and keeping the one that names the most fields — a
/// one-row header wins a tie. Only the words of the vocabulary name a field; every other column is listed as
/// ignored, and hidden columns are ignored whatever their header.
/// </summary>
/// <typeparam name="TField">The field enumeration (ledger or catalogue).</typeparam>
public sealed class SheetLayout<TField>
    where TField : struct, Enum
{
    /// <summary>How many rows from the top may hold the header.</summary>
    public const int HeaderSearchRows = 15;

    private SheetLayout(int firstDataRowIndex, IReadOnlyDictionary<TField, LedgerColumn> columns, IReadOnlyList<LedgerColumn> ignored, IReadOnlyList<string> headers)
    {
        FirstDataRowIndex = firstDataRowIndex;
        Columns = columns;
        Ignored = ignored;
        Headers = headers;
    }

    /// <summary>The index in <see cref="ImportSheet.Rows"/> of the first row below the header.</summary>
    public int FirstDataRowIndex { get; }

    /// <summary>The column of each field found.</summary>
    public IReadOnlyDictionary<TField, LedgerColumn> Columns { get; }

    /// <summary>Columns with a header that names no field, and hidden columns.</summary>
    public IReadOnlyList<LedgerColumn> Ignored { get; }

    /// <summary>The header text of every column, by index (for the refusal report).</summary>
    public IReadOnlyList<string> Headers { get; }

    /// <summary>
    /// The layout of <paramref name="sheet"/>, or the reason none was found. <paramref name="required"/> must all be
    /// present; two columns naming one field are refused (which one is meant cannot be told).
    /// </summary>
    public static (SheetLayout<TField>? Layout, string? Error) Find(ImportSheet sheet, Func<string, TField?> fieldOf, IReadOnlyCollection<TField> required)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        ArgumentNullException.ThrowIfNull(fieldOf);
        ArgumentNullException.ThrowIfNull(required);
        Candidate? best = null;
        var rows = Math.Min(HeaderSearchRows, sheet.Rows.Count);
        for (var i = 0; i < rows; i++)
        {
            foreach (var twoRows in new[] { false, true })
            {
                if (twoRows && i + 1 >= sheet.Rows.Count)
                {
                    continue;
                }

                var candidate = Map(sheet, i, twoRows, fieldOf);
                if (best is null || candidate.Score > best.Score || (candidate.Score == best.Score && !twoRows && best.TwoRows && candidate.Conflicts.Count <= best.Conflicts.Count))
                {
                    best = candidate;
                }
            }
        }

        if (best is null || best.Score < 2)
        {
            return (null, $"前{HeaderSearchRows}行中找不到表头（如“申请人”“收到日期”“申请内容”或“索引号”“标题”“发布日期”），请检查文件或在映射文件的 headers 中说明列名。");
        }

        if (best.Conflicts.Count > 0)
        {
            return (null, string.Join("；", best.Conflicts));
        }

        var missing = required.Where(f => !best.Columns.ContainsKey(f)).ToList();
        if (missing.Count > 0)
        {
            return (null, $"表头（第{sheet.Rows[best.Row].Number}行）缺少必需的列：{string.Join("、", missing.Select(FieldNames.Of))}。");
        }

        var ignored = new List<LedgerColumn>();
        var headers = new List<string>();
        var width = sheet.Rows.Max(r => r.Cells.Count);
        for (var c = 0; c < width; c++)
        {
            var label = Label(sheet, best.Row, best.TwoRows, c);
            headers.Add(label);
            if (!best.Columns.Values.Any(col => col.Index == c) && (label.Length > 0 || sheet.HiddenColumns.Contains(c)))
            {
                ignored.Add(new LedgerColumn(c, label));
            }
        }

        return (new SheetLayout<TField>(best.Row + (best.TwoRows ? 2 : 1), best.Columns, ignored, headers), null);
    }

    private static Candidate Map(ImportSheet sheet, int row, bool twoRows, Func<string, TField?> fieldOf)
    {
        var columns = new Dictionary<TField, LedgerColumn>();
        var conflicts = new List<string>();
        var width = sheet.Rows[row].Cells.Count;
        if (twoRows)
        {
            width = Math.Max(width, sheet.Rows[row + 1].Cells.Count);
        }

        for (var c = 0; c < width; c++)
        {
            if (sheet.HiddenColumns.Contains(c))
            {
                continue;
            }

            var upper = sheet.Rows[row][c].Text.Trim();
            var lower = twoRows ? sheet.Rows[row + 1][c].Text.Trim() : string.Empty;
            IEnumerable<string> labels = twoRows ? [upper + "/" + lower, lower, upper] : [upper];
            foreach (var label in labels)
            {
                if (label.Trim('/').Length == 0 || fieldOf(label) is not { } field)
                {
                    continue;
                }

                var column = new LedgerColumn(c, Label(sheet, row, twoRows, c));
                if (columns.TryGetValue(field, out var other))
                {
                    conflicts.Add($"{ImportSheet.ColumnName(other.Index)}列“{other.Header}”和{ImportSheet.ColumnName(c)}列“{column.Header}”都像“{FieldNames.Of(field)}”，无法确定用哪一列；请在映射文件中为其中一列另起含义或删去一列");
                }
                else
                {
                    columns[field] = column;
                }

                break;
            }
        }

        return new Candidate(row, twoRows, columns, conflicts);
    }

    private static string Label(ImportSheet sheet, int row, bool twoRows, int column)
    {
        var upper = sheet.Rows[row][column].Text.Trim();
        if (!twoRows)
        {
            return upper;
        }

        var lower = sheet.Rows[row + 1][column].Text.Trim();
        return lower.Length == 0 || lower == upper ? upper : upper.Length == 0 ? lower : upper + "/" + lower;
    }

    private sealed record Candidate(int Row, bool TwoRows, Dictionary<TField, LedgerColumn> Columns, List<string> Conflicts)
    {
        public int Score => Columns.Count;
    }
}

/// <summary>The Chinese names of the import fields, for messages.</summary>
public static class FieldNames
{
    /// <summary>The field's name as a header would say it.</summary>
    public static string Of<TField>(TField field)
        where TField : struct, Enum => field switch
    {
        LedgerField f => f switch
        {
            LedgerField.ApplicantName => "申请人",
            LedgerField.ApplicantKind => "申请人类型",
            LedgerField.ReceivedOn => "收到日期",
            LedgerField.Channel => "申请方式",
            LedgerField.Description => "申请内容",
            LedgerField.RepliedOn => "答复日期",
            LedgerField.Outcome => "答复结果",
            LedgerField.Extended => "是否延期",
            LedgerField.ExtensionWorkingDays => "延长工作日数",
            LedgerField.Note => "备注",
            LedgerField.Phone => "联系电话",
            LedgerField.Address => "通信地址",
            LedgerField.Email => "电子邮箱",
            LedgerField.Contact => "联系方式",
            _ => f.ToString(),
        },
        CatalogueField f => f switch
        {
            CatalogueField.IndexNumber => "索引号",
            CatalogueField.Title => "标题",
            CatalogueField.DocumentNumber => "文号",
            CatalogueField.PublishedOn => "发布日期",
            CatalogueField.WrittenOn => "成文日期",
            CatalogueField.Category => "主题分类",
            CatalogueField.Body => "正文",
            CatalogueField.Link => "链接",
            CatalogueField.Attachments => "附件",
            _ => f.ToString(),
        },
        _ => field.ToString(),
    };
}
