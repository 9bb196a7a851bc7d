using System.Text.RegularExpressions;
using Gongkai.Domain.AnnualReports;
using Gongkai.Domain.Audit;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Exceptions;

namespace Gongkai.Documents.Pdf;

/// <summary>
/// Reads a PDF report in-process with PdfPig (no outside tool): characters with their positions and the lines drawn
/// on each page. Tables drawn with ruling lines are rebuilt from the geometry (<see cref="LatticeTableFinder"/>),
/// tables without lines from the alignment of their words (<see cref="StreamTableFinder"/>); a table continued on
/// the next page is one table (<see cref="PdfTableContinuation"/>); page numbers, running headers and the 索引号 block
/// are left out (<see cref="PdfPageFurniture"/>); two-column text is read column by column; a title printed over two
/// lines and paragraphs wrapped by the page width are one line again. Every line and cell keeps its page and its
/// place on the page. Pages without a text layer (scans) are listed, and read by OCR where tesseract is installed.
/// </summary>
internal static partial class PdfReportReader
{
    /// <summary>At most this many pages are read (annual reports have 5–40).</summary>
    public const int MaxPages = 400;

    public static ReportText Read(byte[] content, string sourceName, ReportDocumentReaderOptions options)
    {
        PdfDocument document;
        try
        {
            document = PdfDocument.Open(content, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
        }
        catch (PdfDocumentEncryptedException)
        {
            return ReportText.Failed(ReportReadStatus.Unreadable, "PDF文件已加密，需要密码才能打开，无法读取。", sourceName, ReportSourceKind.Pdf, ["pdf: encrypted"]);
        }

        using (document)
        {
            if (document.NumberOfPages == 0)
            {
                return ReportText.Failed(ReportReadStatus.Empty, "PDF文件没有页面。", sourceName, ReportSourceKind.Pdf, ["pdf: no pages"]);
            }

            var builder = new ReportTextBuilder(sourceName, ReportSourceKind.Pdf);
            var title = document.Information?.Title;
            if (!string.IsNullOrWhiteSpace(title))
            {
                builder.Title = title.Trim();
            }

            var pageCount = Math.Min(document.NumberOfPages, MaxPages);
            if (document.NumberOfPages > MaxPages)
            {
                builder.AddDiagnostic($"pdf: {document.NumberOfPages} pages, only the first {MaxPages} read");
            }

            var pages = new List<(PdfPageContent Page, List<PdfLine> Lines, List<PdfTable> Tables)>(pageCount);
            var scans = new List<int>();
            var ocr = new List<int>();
            for (var number = 1; number <= pageCount; number++)
            {
                var page = PdfPageReader.Read(document.GetPage(number));
                if (page.IsScan)
                {
                    scans.Add(number);
                    if (options.Ocr?.IsAvailable == true && options.Ocr.Recognize(document.GetPage(number), page) is { } recognized)
                    {
                        page.Glyphs = recognized;
                        page.IsOcr = true;
                        ocr.Add(number);
                    }
                }

                var free = page.Glyphs.ToList();
                var tables = LatticeTableFinder.Find(page, free);
                tables.RemoveAll(PdfPageFurniture.IsIndexBlock);
                var lines = PdfLines.Group(free, number);
                tables.AddRange(StreamTableFinder.Find(page, lines));
                pages.Add((page, lines, tables));
            }

            var furniture = PdfPageFurniture.Remove(pages.Select(p => (p.Page, p.Lines)).ToList());
            builder.AddDiagnostic($"pdf: {pageCount} page(s) read with PdfPig, {pages.Sum(p => p.Tables.Count)} table part(s), {furniture} header/footer line(s) left out");
            if (scans.Count > 0)
            {
                builder.AddDiagnostic($"pdf: {scans.Count} page(s) without a text layer: {string.Join(",", scans)}; OCR on {ocr.Count}");
            }

            var blocks = new List<object>();
            var ordered = new Dictionary<int, List<PdfLine>>();
            foreach (var (page, lines, tables) in pages)
            {
                var order = PdfPageOrder.Order(page, lines, tables);
                ordered[page.Number] = order.OfType<PdfLine>().ToList(); // two columns: each column's lines as split
                foreach (var block in order)
                {
                    if (block is PdfTable next && blocks.Count > 0 && blocks[^1] is PdfTable first && PdfTableContinuation.Continues(first, next))
                    {
                        PdfTableContinuation.Join(first, next);
                        continue;
                    }

                    blocks.Add(block);
                }
            }

            var bodySize = BodySize(pages.SelectMany(p => p.Lines));
            JoinTitle(blocks, bodySize);
            JoinParagraphs(blocks, ordered);
            foreach (var block in blocks)
            {
                switch (block)
                {
                    case PdfLine line:
                        builder.AddLine(line.Text, Position(line.Page, line.Box, Confidence(line.Glyphs)));
                        break;
                    case PdfTable table:
                        builder.AddTable(ToGrid(table), Position(table.Page, null, null));
                        break;
                }
            }

            builder.PagesWithoutText = scans;
            builder.OcrPages = ocr;
            var text = builder.Build();
            if (!text.HasText && scans.Count > 0)
            {
                return ReportText.Failed(ReportReadStatus.Empty, ScanMessage(scans, pageCount, options), sourceName, ReportSourceKind.Pdf, text.Diagnostics);
            }

            return text;
        }
    }

    /// <summary>The message for a PDF whose pages are all pictures and could not be read by OCR.</summary>
    internal static string ScanMessage(IReadOnlyList<int> scans, int pageCount, ReportDocumentReaderOptions options) =>
        $"PDF的{PageRanges.Describe(scans)}是扫描图像，没有文字层（共{pageCount}页）。"
        + (options.Ocr?.IsAvailable == true
            ? "文字识别（OCR）未能读出文字。"
            : "本机未安装文字识别程序（apt-get install tesseract-ocr tesseract-ocr-chi-sim），无法读取。");

    private static SourcePosition Position(int page, UserBox? box, double? confidence) =>
        new(0, 0, page) { Box = box is { } b ? new PageBox(Math.Round(b.Left, 1), Math.Round(b.Bottom, 1), Math.Round(b.Width, 1), Math.Round(b.Height, 1)) : null, OcrConfidence = confidence };

    private static double? Confidence(IReadOnlyList<PdfGlyph> glyphs) =>
        glyphs.Any(g => g.OcrConfidence is not null) ? glyphs.Min(g => g.OcrConfidence ?? 1) : null;

    private static DocumentTableBuilder ToGrid(PdfTable table)
    {
        var grid = new DocumentTableBuilder();
        var occupied = new bool[table.RowCount, table.ColumnCount];
        var r = 0;
        foreach (var row in table.Rows())
        {
            grid.StartRow(new SourcePosition(0, 0, row.Count > 0 ? row[0].Page : table.Page));
            var starts = row.ToDictionary(c => c.Column0);
            for (var c = 0; c < table.ColumnCount; c++)
            {
                if (occupied[r, c])
                {
                    continue;
                }

                if (starts.TryGetValue(c, out var cell))
                {
                    grid.AddCell(cell.Text, Position(cell.Page, cell.Box, cell.OcrConfidence), cell.Row1 - cell.Row0, cell.Column1 - cell.Column0);
                    for (var rr = cell.Row0; rr < Math.Min(cell.Row1, table.RowCount); rr++)
                    {
                        for (var cc = cell.Column0; cc < Math.Min(cell.Column1, table.ColumnCount); cc++)
                        {
                            occupied[rr, cc] = true;
                        }
                    }
                }
                else
                {
                    grid.AddCell(string.Empty, new SourcePosition(0, 0, table.Page));
                    occupied[r, c] = true;
                }
            }

            r++;
        }

        return grid;
    }

    private static double BodySize(IEnumerable<PdfLine> lines)
    {
        var sizes = lines.SelectMany(l => l.Glyphs.Select(g => Math.Round(g.Size, 1))).GroupBy(s => s).OrderByDescending(g => g.Count()).FirstOrDefault();
        return sizes?.Key ?? 12;
    }

    /// <summary>
    /// A title printed in a larger size over two or three lines ("某某市某某区人民政府办公室" / "2021年政府信息公开工作年度报告")
    /// is one line: the agency is named in the same line as the report.
    /// </summary>
    private static void JoinTitle(List<object> blocks, double bodySize)
    {
        for (var i = 0; i < Math.Min(blocks.Count, 8); i++)
        {
            if (blocks[i] is not PdfLine first || first.Size < bodySize * 1.15)
            {
                continue;
            }

            var joined = 0;
            var bottom = first.Bottom;
            while (joined < 2 && i + 1 < blocks.Count && blocks[i + 1] is PdfLine next && Math.Abs(next.Size - first.Size) < 0.6
                && next.Page == first.Page && next.Top - bottom < first.Size * 1.5 && !Heading().IsMatch(next.Text))
            {
                first.Text = PdfText.JoinWrapped([first.Text, next.Text]);
                bottom = next.Bottom;
                blocks.RemoveAt(i + 1);
                joined++;
            }

            return;
        }
    }

    /// <summary>
    /// Lines of one paragraph, broken by the page width, are one line again: a line that reaches the right margin goes
    /// on in the next line when that one is not indented, not a heading and in the same size — also over a page break.
    /// Lines with wide gaps (rows of a table without lines) are never joined.
    /// </summary>
    private static void JoinParagraphs(List<object> blocks, Dictionary<int, List<PdfLine>> pageLines)
    {
        var margins = pageLines.ToDictionary(p => p.Key, p => p.Value);
        for (var i = 0; i + 1 < blocks.Count; i++)
        {
            if (blocks[i] is not PdfLine line || blocks[i + 1] is not PdfLine next)
            {
                continue;
            }

            while (Continues(line.Tail, next, margins))
            {
                line.Text = PdfText.JoinWrapped([line.Text, next.Text]);
                line.Tail = next.Tail;
                blocks.RemoveAt(i + 1);
                if (i + 1 >= blocks.Count || blocks[i + 1] is not PdfLine following)
                {
                    break;
                }

                next = following;
            }
        }
    }

    private static bool Continues(PdfLine line, PdfLine next, Dictionary<int, List<PdfLine>> pages)
    {
        if (Math.Abs(line.Size - next.Size) > 0.6 || Heading().IsMatch(next.Text) || line.Chunks(2).Count > 1 || next.Chunks(2).Count > 1)
        {
            return false;
        }

        if (next.Page == line.Page && (next.Top - line.Bottom > line.Size * 1.2 || next.Top < line.Top) && !(next.Top < line.Top && next.Left > line.Right))
        {
            return false; // below, unless it tops the next column to the right
        }

        if (next.Page != line.Page && next.Page != line.Page + 1)
        {
            return false;
        }

        // same column: the next line starts at the paragraph's left edge, not indented further
        var column = pages[next.Page].Where(l => Math.Abs(l.Left - next.Left) < next.Size * 3).ToList();
        var block = pages[line.Page].Where(l => Math.Abs(l.Left - line.Left) < line.Size * 3 && l.Size <= line.Size + 0.6).ToList();
        if (block.Count < 2)
        {
            return false; // a lone line: no margin to tell a full line from a short one
        }

        var right = block.Max(l => l.Right);
        var left = column.Count > 0 ? column.Min(l => l.Left) : next.Left;
        var ends = line.Text.Length > 0 && "。！？；：!?;:".Contains(line.Text[^1], StringComparison.Ordinal);
        return line.Right >= right - (line.Size * (ends ? 1 : 3)) && next.Left <= left + (next.Size * 0.5);
    }

    [GeneratedRegex(@"^\s*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[)）]|\d+[、.．](?!\d)|第[一二三四五六七八九十]+[部章条]|附件|附表)")]
    private static partial Regex Heading();
}
