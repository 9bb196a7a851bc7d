using Gongkai.Domain.Catalogue;

namespace Gongkai.Domain.Imports;

/// <summary>One already-published document as a catalogue sheet lists it, read and checked.</summary>
public sealed record CatalogueRow
{
    /// <summary>The sheet.</summary>
    public required string Sheet { get; init; }

    /// <summary>The 1-based row number.</summary>
    public required int Row { get; init; }

    /// <summary>索引号.</summary>
    public required string IndexNumber { get; init; }

    /// <summary>标题.</summary>
    public required string Title { get; init; }

    /// <summary>文号.</summary>
    public string? DocumentNumber { get; init; }

    /// <summary>发布日期 (the original one).</summary>
    public required DateOnly PublishedOn { get; init; }

    /// <summary>成文日期.</summary>
    public DateOnly? WrittenOn { get; init; }

    /// <summary>主题分类.</summary>
    public required CatalogueCategory Category { get; init; }

    /// <summary>正文 as plain text; null when only a link is given.</summary>
    public string? Body { get; init; }

    /// <summary>The original page.</summary>
    public string? Link { get; init; }

    /// <summary>附件 paths as written (relative to the sheet's folder).</summary>
    public IReadOnlyList<string> Attachments { get; init; } = [];
}

/// <summary>
/// Reads a sheet of documents an agency already published (索引号, 标题, 文号, 发布日期, 主题分类, 正文 or a link, 附件)
/// into <see cref="CatalogueRow"/>s, with the same header search, blank/notes-row handling and refusal report as the
/// ledger (<see cref="RequestLedgerReader"/>). Refused: a missing 索引号, 标题 or 发布日期; an unreadable date; a
/// 成文日期 after the 发布日期; a category not in the vocabulary; neither 正文 nor link; a title over
/// <see cref="CatalogueEntry.MaxTitleLength"/> characters; an 索引号 that repeats an earlier row; an attachment path
/// that leaves the sheet's folder.
/// </summary>
public static class CatalogueSheetReader
{
    private static readonly CatalogueField[] Required = [CatalogueField.IndexNumber, CatalogueField.Title, CatalogueField.PublishedOn, CatalogueField.Category];

    /// <summary>Reads <paramref name="workbook"/>.</summary>
    public static ImportCheck<CatalogueRow> Read(ImportWorkbook workbook, LedgerVocabulary vocabulary, DateOnly today, string? sheetName = null)
    {
        ArgumentNullException.ThrowIfNull(workbook);
        ArgumentNullException.ThrowIfNull(vocabulary);
        var check = new ImportCheck<CatalogueRow>(workbook);
        var sheets = RequestLedgerReader.SelectSheets(workbook, sheetName, check);
        var seen = new Dictionary<string, (string Sheet, int Row)>(StringComparer.Ordinal);
        var anyLayout = false;
        foreach (var sheet in sheets)
        {
            var (layout, error) = SheetLayout<CatalogueField>.Find(sheet, vocabulary.CatalogueHeaderField, Required);
            if (layout is null)
            {
                check.Report(new ImportProblem(sheetName is null && sheets.Count > 1 ? ImportProblemKind.Skipped : ImportProblemKind.Refused, sheet.Name, 0, string.Empty, string.Empty, string.Empty, error!));
                continue;
            }

            anyLayout = true;
            check.SetHeaders(sheet.Name, layout.Headers);
            if (!layout.Columns.ContainsKey(CatalogueField.Body) && !layout.Columns.ContainsKey(CatalogueField.Link))
            {
                check.Report(new ImportProblem(ImportProblemKind.Refused, sheet.Name, 0, string.Empty, string.Empty, string.Empty, "既没有“正文”列也没有“链接”列。"));
                continue;
            }

            foreach (var column in layout.Ignored)
            {
                check.Report(ImportProblem.Skip(sheet.Name, 0, column, string.Empty, sheet.HiddenColumns.Contains(column.Index) ? "隐藏列，未读取。" : "列名不在词表中，未读取。"));
            }

            for (var i = layout.FirstDataRowIndex; i < sheet.Rows.Count; i++)
            {
                ReadRow(sheet, sheet.Rows[i], layout, vocabulary, today, check, seen);
            }
        }

        if (!anyLayout && !check.Refusals.Any())
        {
            check.Report(new ImportProblem(ImportProblemKind.Refused, workbook.FileName, 0, string.Empty, string.Empty, string.Empty, "文件中没有找到公开目录表（表头）。"));
        }

        return check;
    }

    private static void ReadRow(
        ImportSheet sheet, ImportRow row, SheetLayout<CatalogueField> layout, LedgerVocabulary vocabulary, DateOnly today,
        ImportCheck<CatalogueRow> check, Dictionary<string, (string Sheet, int Row)> seen)
    {
        if (layout.Columns.Values.All(c => row[c.Index].IsBlank))
        {
            if (RequestLedgerReader.IsNotesRow(row))
            {
                check.Report(ImportProblem.Skip(sheet.Name, row.Number, null, row.Cells.First(c => !c.IsBlank).Text.Trim(), "合计、备注或落款行，未导入。"), row);
            }

            return;
        }

        var (publishedOn, publishedError) = LedgerDate.Read(row[layout.Columns[CatalogueField.PublishedOn].Index], today);
        if (publishedOn is null && RequestLedgerReader.IsNotesRow(row))
        {
            check.Report(ImportProblem.Skip(sheet.Name, row.Number, null, row.Cells.First(c => !c.IsBlank).Text.Trim(), "合计、备注或落款行，未导入。"), row);
            return;
        }

        var refused = false;
        void Refuse(CatalogueField? field, string reason)
        {
            var column = field is { } f ? layout.Columns.GetValueOrDefault(f) : null;
            check.Report(ImportProblem.Refuse(sheet.Name, row.Number, column, column is null ? string.Empty : row[column.Index].Text.Trim(), reason), row);
            refused = true;
        }

        string Text(CatalogueField field) => layout.Columns.TryGetValue(field, out var c) ? row[c.Index].Text.Trim() : string.Empty;

        var index = Text(CatalogueField.IndexNumber);
        if (index.Length == 0)
        {
            Refuse(CatalogueField.IndexNumber, "没有索引号（第二十二条）。");
        }

        var title = Text(CatalogueField.Title);
        if (title.Length == 0)
        {
            Refuse(CatalogueField.Title, "没有标题。");
        }
        else if (title.Length > CatalogueEntry.MaxTitleLength)
        {
            Refuse(CatalogueField.Title, $"标题超过{CatalogueEntry.MaxTitleLength}字。");
        }

        if (publishedError is not null || publishedOn is null)
        {
            Refuse(CatalogueField.PublishedOn, publishedError ?? "没有发布日期。");
        }

        DateOnly? writtenOn = null;
        if (layout.Columns.TryGetValue(CatalogueField.WrittenOn, out var writtenColumn))
        {
            var (date, error) = LedgerDate.Read(row[writtenColumn.Index], today);
            if (error is not null)
            {
                Refuse(CatalogueField.WrittenOn, error);
            }
            else if (date is { } w && publishedOn is { } p && w > p)
            {
                Refuse(CatalogueField.WrittenOn, "成文日期晚于发布日期。");
            }

            writtenOn = date;
        }

        var categoryText = Text(CatalogueField.Category);
        var category = categoryText.Length == 0 ? null : vocabulary.CategoryOf(categoryText);
        if (category is null)
        {
            Refuse(CatalogueField.Category, categoryText.Length == 0 ? "没有主题分类。" : $"无法识别的主题分类（可用：{string.Join("、", Enum.GetValues<CatalogueCategory>().Select(c => c.ChineseName()))}），请在映射文件 categories 中说明。");
        }

        var body = Text(CatalogueField.Body);
        var link = Text(CatalogueField.Link);
        if (body.Length == 0 && link.Length == 0)
        {
            Refuse(layout.Columns.ContainsKey(CatalogueField.Body) ? CatalogueField.Body : CatalogueField.Link, "既没有正文也没有原文链接。");
        }
        else if (link.Length > 0 && !(Uri.TryCreate(link, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
        {
            Refuse(CatalogueField.Link, "链接须是 http 或 https 网址。");
        }

        var attachments = Text(CatalogueField.Attachments)
            .Split([';', '；', '\n', '\r', '|'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (var path in attachments)
        {
            if (Path.IsPathRooted(path) || path.Replace('\\', '/').Split('/').Contains(".."))
            {
                Refuse(CatalogueField.Attachments, $"附件路径“{path}”须是相对于表格所在文件夹的路径。");
            }
        }

        if (refused)
        {
            return;
        }

        if (seen.TryGetValue(index, out var first))
        {
            check.Report(ImportProblem.Refuse(sheet.Name, row.Number, layout.Columns[CatalogueField.IndexNumber], index,
                $"索引号与{(first.Sheet == sheet.Name ? string.Empty : $"工作表“{first.Sheet}”")}第{first.Row}行重复。"), row);
            return;
        }

        seen[index] = (sheet.Name, row.Number);
        check.Add(new CatalogueRow
        {
            Sheet = sheet.Name,
            Row = row.Number,
            IndexNumber = index,
            Title = title,
            DocumentNumber = Text(CatalogueField.DocumentNumber) is { Length: > 0 } n ? n : null,
            PublishedOn = publishedOn!.Value,
            WrittenOn = writtenOn,
            Category = category!.Value,
            Body = body.Length == 0 ? null : body,
            Link = link.Length == 0 ? null : link,
            Attachments = attachments,
        });
    }
}
