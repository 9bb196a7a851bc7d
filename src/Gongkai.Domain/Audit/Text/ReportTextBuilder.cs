namespace Gongkai.Domain.Audit;

/// <summary>
/// Assembles a <see cref="ReportText"/> from what a document reader finds, in document order: lines and tables.
/// Lines added without a <see cref="SourcePosition"/> (DOCX) get positions in the extracted text: line number and
/// offset of the output, one line feed between lines. On <see cref="Build"/> the script is detected once for the
/// whole document, every line and cell is normalised with it, and the read status is decided.
/// </summary>
public sealed class ReportTextBuilder(string sourceName, ReportSourceKind kind)
{
    private const string EmptyMessage = "文件中没有可读取的文字。";
    private const string UnreadableMessage = "文件内容无法识别：可能是二进制文件、文件已损坏，或使用了不支持的编码。";
    private const string NotAReportMessage =
        "文件已读取，但内容不像政府信息公开工作年度报告（未找到“政府信息公开”“年度报告”等字样，也没有年报表格）。";

    private readonly List<object> _entries = [];
    private readonly List<string> _diagnostics = [];

    /// <summary>A title held outside the body (HTML &lt;title&gt;, DOCX core properties).</summary>
    public string? Title { get; set; }

    /// <summary>The encoding the source was decoded with.</summary>
    public string? EncodingName { get; set; }

    /// <summary>Pages of a paged source that have no text layer (scans), 1-based.</summary>
    public IReadOnlyList<int> PagesWithoutText { get; set; } = [];

    /// <summary>Of those, the pages read by OCR.</summary>
    public IReadOnlyList<int> OcrPages { get; set; } = [];

    /// <summary>Number of lines and tables added so far.</summary>
    public int EntryCount => _entries.Count;

    /// <summary>Adds a note for logs (English).</summary>
    public void AddDiagnostic(string note) => _diagnostics.Add(note);

    /// <summary>Adds one line. Line feeds inside <paramref name="original"/> split it into several lines.</summary>
    public void AddLine(string original, SourcePosition? source = null)
    {
        original ??= string.Empty;
        if (original.IndexOfAny(['\n', '\r']) < 0)
        {
            _entries.Add(new LineEntry(original, source));
            return;
        }

        var first = true;
        foreach (var part in original.Split(["\r\n", "\n", "\r"], StringSplitOptions.None))
        {
            _entries.Add(new LineEntry(part, first ? source : null));
            first = false;
        }
    }

    /// <summary>
    /// Adds decoded source text line by line with its own positions (line numbers from <paramref name="firstLine"/>,
    /// offsets into the text). A form feed (pdftotext's page break) starts the next page when
    /// <paramref name="countPages"/> is set.
    /// </summary>
    public void AddSourceText(string text, int firstLine = 1, bool countPages = false)
    {
        var line = firstLine;
        var page = countPages ? 1 : 0;
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            var atEnd = i == text.Length;
            var c = atEnd ? '\n' : text[i];
            if (c is not ('\n' or '\r'))
            {
                continue;
            }

            if (atEnd && start == text.Length && start > 0)
            {
                break; // no empty last line after a final line break
            }

            var content = text[start..i];
            var lineOffset = start;
            if (countPages)
            {
                var formFeed = content.LastIndexOf('\f');
                if (formFeed >= 0)
                {
                    if (atEnd && content.AsSpan().Trim('\f').IsEmpty)
                    {
                        break; // the page break after the last page
                    }

                    page += content.Count(ch => ch == '\f');
                    content = content.Replace("\f", string.Empty, StringComparison.Ordinal);
                    lineOffset = start + formFeed + 1;
                }
            }

            if (RunOnLineSplitter.Split(content) is { } segments)
            {
                // line breaks lost when the page was saved: headings, table labels and figures on lines of their own
                _diagnostics.Add($"line {line}: {content.Length} characters on one line split into {segments.Count} segments");
                foreach (var (segmentStart, length) in segments)
                {
                    _entries.Add(new LineEntry(content.Substring(segmentStart, length), new SourcePosition(line, lineOffset + segmentStart, page)));
                }
            }
            else
            {
                _entries.Add(new LineEntry(content, new SourcePosition(line, lineOffset, page)));
            }

            line++;
            if (!atEnd && c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                i++;
            }

            start = i + 1;
        }
    }

    /// <summary>Adds a table; its rows become lines here, in order.</summary>
    public void AddTable(DocumentTableBuilder table, SourcePosition? source = null)
    {
        ArgumentNullException.ThrowIfNull(table);
        if (table.RowCount > 0)
        {
            _entries.Add(new TableEntry(table, source));
        }
    }

    /// <summary>Builds the text: normalises with the detected script and decides the read status.</summary>
    public ReportText Build()
    {
        var script = ChineseTextNormalizer.DetectScript(AllTexts());
        var lines = new List<ReportLine>();
        var tables = new List<DocumentTable>();
        var offset = 0;
        foreach (var entry in _entries)
        {
            switch (entry)
            {
                case LineEntry line:
                    var number = lines.Count + 1;
                    var source = Numbered(line.Source, number, offset);
                    lines.Add(new ReportLine(number, source, line.Text, ChineseTextNormalizer.NormalizeWithMap(line.Text, script), null));
                    offset += line.Text.Length + 1;
                    break;
                case TableEntry table:
                    PlaceTable(table, script, lines, tables, ref offset);
                    break;
            }
        }

        var (status, message) = DecideStatus(lines);
        return new ReportText(sourceName, kind, status, message, script, lines, tables, Title, EncodingName, _diagnostics.ToArray())
        {
            PagesWithoutText = PagesWithoutText.ToArray(),
            OcrPages = OcrPages.ToArray(),
        };
    }

    /// <summary>A position the reader gave (kept when it has a line), or the line and offset in the extracted text with the reader's page, box and OCR confidence.</summary>
    private static SourcePosition Numbered(SourcePosition? given, int line, int offset) =>
        given is { Line: > 0 } known ? known : (given ?? default) with { Line = line, Offset = offset };

    private static void PlaceTable(TableEntry entry, ChineseScript script, List<ReportLine> lines, List<DocumentTable> tables, ref int offset)
    {
        var builder = entry.Builder;
        var tableIndex = tables.Count;
        var firstLine = lines.Count + 1;
        for (var r = 0; r < builder.RowCount; r++)
        {
            var number = lines.Count + 1;
            var rowSource = Numbered(builder.RowSource(r), number, offset);
            var text = new System.Text.StringBuilder();
            foreach (var cell in builder.OriginsInRow(r))
            {
                if (text.Length > 0 || cell.Column > 0)
                {
                    text.Append('\t');
                }

                cell.Source = Numbered(cell.Source, number, offset + text.Length);
                text.Append(cell.Text.Replace("\r\n", " ", StringComparison.Ordinal).Replace('\n', ' ').Replace('\r', ' ').Replace('\t', ' '));
            }

            var original = text.ToString();
            lines.Add(new ReportLine(number, rowSource, original, ChineseTextNormalizer.NormalizeWithMap(original, script), tableIndex));
            offset += original.Length + 1;
        }

        var table = builder.Build(tableIndex, entry.Source is { Line: > 0 } tableSource ? tableSource : lines[firstLine - 1].Source, t => ChineseTextNormalizer.Normalize(t, script));
        table.FirstLineNumber = firstLine;
        tables.Add(table);
    }

    private IEnumerable<string> AllTexts()
    {
        foreach (var entry in _entries)
        {
            if (entry is LineEntry line)
            {
                yield return line.Text;
            }
            else if (entry is TableEntry table)
            {
                for (var r = 0; r < table.Builder.RowCount; r++)
                {
                    foreach (var cell in table.Builder.OriginsInRow(r))
                    {
                        yield return cell.Text;
                    }
                }
            }
        }
    }

    private static (ReportReadStatus Status, string Message) DecideStatus(List<ReportLine> lines)
    {
        long visible = 0, suspicious = 0;
        foreach (var line in lines)
        {
            foreach (var c in line.Original)
            {
                if (char.IsWhiteSpace(c))
                {
                    continue;
                }

                visible++;
                if (IsSuspicious(c))
                {
                    suspicious++;
                }
            }
        }

        if (visible == 0)
        {
            return (ReportReadStatus.Empty, EmptyMessage);
        }

        if (suspicious * 10 > visible)
        {
            return (ReportReadStatus.Unreadable, UnreadableMessage);
        }

        return AnnualReportRecognizer.LooksLikeAnnualReport(lines)
            ? (ReportReadStatus.Read, string.Empty)
            : (ReportReadStatus.NotAReport, NotAReportMessage);
    }

    /// <summary>
    /// Characters that do not occur in real report text but do when binary bytes are decoded as text: replacement
    /// characters, controls, private use, CJK extension A, and scripts far from Chinese and Latin (IPA, Armenian …
    /// Indic, Glagolitic, Yi).
    /// </summary>
    private static bool IsSuspicious(char c) =>
        c == '\uFFFD' || (char.IsControl(c) && c != '\t') || c is (>= '\uE000' and <= '\uF8FF') or (>= '\u3400' and <= '\u4DBF')
        or (>= '\uFFF0' and <= '\uFFFF') or (>= '\u0250' and <= '\u036F') or (>= '\u0530' and <= '\u1DFF')
        or (>= '\u2C00' and <= '\u2DFF') or (>= '\uA000' and <= '\uABFF');

    private sealed record LineEntry(string Text, SourcePosition? Source);

    private sealed record TableEntry(DocumentTableBuilder Builder, SourcePosition? Source);
}
