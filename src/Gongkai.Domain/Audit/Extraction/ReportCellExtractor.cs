using Gongkai.Domain.AnnualReports;

namespace Gongkai.Domain.Audit.Extraction;

/// <summary>
/// Reads the table cells of a published report into the cell model the generator uses (<see cref="ReportCell"/>:
/// table, row path, column path, value) at the official addresses of <see cref="ReportLayout.For"/>, each with
/// where it was read and the text exactly as written. One entry point for every source: real tables (HTML/DOCX
/// grids), pipe tables in plain text, and tables flattened to one value per line. Never throws on content; a table
/// it cannot place gives no cells. The narrative figures (table "正文") are read by <see cref="Claims.NarrativeClaimReader"/>.
/// </summary>
public static class ReportCellExtractor
{
    /// <summary>The table cells of <paramref name="text"/> read as <paramref name="format"/> that the rules use, in reading order.</summary>
    public static IReadOnlyList<ReportCell> Extract(ReportText text, ReportFormat format) => Read(text, format).Cells;

    /// <summary>
    /// The table cells of <paramref name="text"/> read as <paramref name="format"/>, with what the reader was unsure
    /// of: cells set aside because their row admits more than one placement, and notes on inferred splits.
    /// </summary>
    public static CellReading Read(ReportText text, ReportFormat format)
    {
        ArgumentNullException.ThrowIfNull(text);
        var layout = ReportLayout.For(format);
        var tables = layout.Tables.Where(t => t.Id != NarrativeFigures.TableId).ToArray();
        var sink = new CellCollector(layout);
        if (tables.Length == 0 || !text.HasText)
        {
            return sink.ToReading();
        }

        foreach (var table in text.Tables)
        {
            ReadGrid(ToGrid(table), tables, sink, layout);
        }

        var pipes = PipeTableParser.Find(text.Lines);
        var pipeLines = new HashSet<int>();
        foreach (var (grid, numbers) in pipes)
        {
            pipeLines.UnionWith(numbers);
            ReadGrid(grid, tables, sink, layout);
        }

        new FlattenedTableReader(layout, sink).Read(text, l => l.TableIndex is not null || pipeLines.Contains(l.Number));
        return sink.ToReading();
    }

    private static void ReadGrid(IReadOnlyList<GridCell[]> grid, ReportTable[] tables, CellCollector sink, ReportLayout layout)
    {
        // a grid is the table whose labels it prints most; the others are tried only when that one gives nothing
        var texts = grid.SelectMany(r => r).Select(c => c.Text).Where(t => t.Length is > 0 and <= 200).Distinct(StringComparer.Ordinal).ToArray();
        var ranked = tables
            .Select(t => (Table: t, Score: LabelScore(t, texts)))
            .Where(x => x.Score > 0)
            .OrderByDescending(x => x.Score)
            .Select(x => x.Table);
        foreach (var table in ranked)
        {
            var trial = new CellCollector(layout);
            GridTableReader.Read(grid, table, trial);
            if (trial.Cells.Concat(trial.SetAsideCells).Any(c => layout.Find(c.Address) is not null))
            {
                sink.TakeOver(trial);
                return;
            }
        }
    }

    private static int LabelScore(ReportTable table, string[] texts)
    {
        var rows = new TableRowMatcher(table);
        var columns = new TableColumnMatcher(table);
        var score = 0;
        foreach (var text in texts)
        {
            foreach (var part in text.Split(" / "))
            {
                var loose = LooseLabel.Of(part);
                if (loose.Length > 0 && (rows.HasExactLeaf(loose) || columns.IsExactSegment(loose)))
                {
                    score++;
                }
            }
        }

        return score;
    }

    /// <summary>Where a grid cell was read: line, offset, page, its box on a PDF page, and OCR with its confidence.</summary>
    private static SourceLocation Location(DocumentCell c)
    {
        var location = new SourceLocation(Math.Max(1, c.Source.Line), Math.Max(0, c.Source.Offset), c.Text, Math.Max(0, c.Source.Page)) { Box = c.Source.Box };
        return c.Source.OcrConfidence is { } confidence
            ? location.WithDoubt(ReadingCertainty.Ocr, $"第{c.Source.Page}页是扫描图像，由文字识别（OCR）读出，置信度{confidence:P0}") with { OcrConfidence = confidence }
            : location;
    }

    private static IReadOnlyList<GridCell[]> ToGrid(DocumentTable table)
    {
        var grid = new List<GridCell[]>(table.RowCount);
        foreach (var row in table.Rows)
        {
            grid.Add(row.Select(c => new GridCell(
                c.Text,
                Location(c),
                c.IsOrigin && !c.IsFiller)).ToArray());
        }

        return grid;
    }
}
