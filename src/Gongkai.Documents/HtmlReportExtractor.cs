using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Gongkai.Domain.Audit;

namespace Gongkai.Documents;

/// <summary>
/// Turns an HTML page (as saved from a government site, .html/.shtml) into report lines and tables. Text is laid
/// out as a browser would: block elements and &lt;br&gt; break lines, runs of whitespace collapse. Page furniture
/// is left out (<see cref="HtmlPageFurniture"/>). A &lt;table&gt; that holds data becomes a <see cref="DocumentTable"/>
/// with rowspan/colspan expanded; a layout table (nested tables, long text in cells) is read as blocks.
/// Each line and cell keeps its position in the decoded HTML source.
/// </summary>
internal sealed class HtmlReportExtractor
{
    private const int MaxDataCellLength = 400;

    private static readonly HashSet<string> BlockTags =
    [
        "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog", "dir", "div", "dl",
        "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup",
        "hr", "html", "li", "main", "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot",
        "th", "thead", "tr", "ul", "option", "legend",
    ];

    private static readonly HashSet<string> InvisibleTags = ["script", "style", "noscript", "template", "head", "title", "img"];

    private readonly string _html;
    private readonly int[] _lineStarts;
    private readonly ReportTextBuilder _builder;
    private readonly HashSet<IElement> _furniture;
    private readonly HashSet<IElement> _dataTables;
    private readonly StringBuilder _line = new();
    private SourcePosition? _lineSource;
    private bool _pendingSpace;
    private int _cursor;

    private HtmlReportExtractor(string html, ReportTextBuilder builder, HashSet<IElement> furniture, HashSet<IElement> dataTables)
    {
        _html = html;
        _lineStarts = LineStarts(html);
        _builder = builder;
        _furniture = furniture;
        _dataTables = dataTables;
    }

    /// <summary>Reads <paramref name="html"/> into <paramref name="builder"/>.</summary>
    public static void Extract(string html, ReportTextBuilder builder)
    {
        if (HtmlNestingGuard.IsTooDeep(html))
        {
            builder.AddDiagnostic($"html: elements nest deeper than {HtmlNestingGuard.MaxDepth}; read as text with the tags removed");
            builder.AddSourceText(HtmlNestingGuard.TextOf(html));
            return;
        }

        var parser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true });
        using var document = parser.ParseDocument(html);
        if (HtmlNestingGuard.DomIsTooDeep(document))
        {
            builder.AddDiagnostic($"html: the parsed page nests deeper than {HtmlNestingGuard.MaxDepth}; read as text with the tags removed");
            builder.AddSourceText(HtmlNestingGuard.TextOf(html));
            return;
        }

        var title = CollapseWhitespace(document.Title ?? string.Empty);
        if (title.Length > 0)
        {
            builder.Title = title;
        }

        var root = document.Body ?? document.DocumentElement;
        if (root is null)
        {
            return;
        }

        var dataTables = new HashSet<IElement>(root.QuerySelectorAll("table").Where(IsDataTable));
        var furniture = HtmlPageFurniture.Find(root, dataTables);
        builder.AddDiagnostic($"html: {dataTables.Count} data table(s), {furniture.Count} page-furniture element(s) left out");
        var extractor = new HtmlReportExtractor(html, builder, furniture, dataTables);
        extractor.Walk(root);
        extractor.Flush();
    }

    /// <summary>
    /// A table holds data when it has no nested table, at least two columns (two rows, or one row of three cells),
    /// and no cell longer than a paragraph.
    /// </summary>
    public static bool IsDataTable(IElement table)
    {
        if (table.QuerySelector("table") is not null || table.GetAttribute("role") == "presentation")
        {
            return false;
        }

        var rows = table.QuerySelectorAll("tr");
        var widest = 0;
        foreach (var row in rows)
        {
            var cells = 0;
            foreach (var cell in row.Children)
            {
                if (cell.LocalName is not ("td" or "th"))
                {
                    continue;
                }

                cells++;
                if (cell.TextContent.AsSpan().Trim().Length > MaxDataCellLength)
                {
                    return false;
                }
            }

            widest = Math.Max(widest, cells);
        }

        return widest >= 2 && (rows.Length >= 2 || widest >= 3);
    }

    private void Walk(IElement root)
    {
        var stack = new Stack<(INode Node, bool Exit)>();
        stack.Push((root, false));
        while (stack.Count > 0)
        {
            var (node, exit) = stack.Pop();
            if (exit)
            {
                Flush();
                continue;
            }

            if (node is IText text)
            {
                AppendText(text.Data, text.ParentElement);
                continue;
            }

            if (node is not IElement element || _furniture.Contains(element) || InvisibleTags.Contains(element.LocalName)
                || HtmlPageFurniture.IsHidden(element))
            {
                continue;
            }

            var tag = element.LocalName;
            if (tag == "br")
            {
                Flush();
                continue;
            }

            if (tag == "table" && _dataTables.Contains(element))
            {
                Flush();
                EmitTable(element);
                continue;
            }

            var block = BlockTags.Contains(tag);
            if (block)
            {
                Flush();
                stack.Push((element, true));
            }

            for (var i = element.ChildNodes.Length - 1; i >= 0; i--)
            {
                stack.Push((element.ChildNodes[i], false));
            }
        }
    }

    private void AppendText(string data, IElement? parent)
    {
        for (var i = 0; i < data.Length; i++)
        {
            var c = data[i];
            if (c is ' ' or '\t' or '\n' or '\r' or '\f')
            {
                _pendingSpace = _line.Length > 0;
                continue;
            }

            if (_line.Length == 0)
            {
                if (c is '\u00A0' or '\u3000')
                {
                    continue; // indentation
                }

                _lineSource = Locate(data, i, parent);
            }
            else if (_pendingSpace)
            {
                _line.Append(' ');
            }

            _pendingSpace = false;
            _line.Append(c);
        }
    }

    private void Flush()
    {
        _pendingSpace = false;
        if (_line.Length == 0)
        {
            return;
        }

        var text = _line.ToString().TrimEnd();
        _line.Clear();
        if (text.Length > 0)
        {
            _builder.AddLine(text, _lineSource);
        }

        _lineSource = null;
    }

    private void EmitTable(IElement table)
    {
        var caption = table.QuerySelector("caption");
        if (caption is not null)
        {
            var captionText = CellText(caption);
            if (captionText.Length > 0)
            {
                _builder.AddLine(captionText, ElementLocation(caption));
            }
        }

        var grid = new DocumentTableBuilder();
        foreach (var row in table.QuerySelectorAll("tr"))
        {
            if (HtmlPageFurniture.IsHidden(row))
            {
                continue;
            }

            grid.StartRow(ElementLocation(row));
            foreach (var cell in row.Children)
            {
                if (cell.LocalName is not ("td" or "th"))
                {
                    continue;
                }

                grid.AddCell(CellText(cell), ElementLocation(cell), Span(cell, "rowspan", allowZero: true), Span(cell, "colspan", allowZero: false));
            }
        }

        _builder.AddTable(grid, ElementLocation(table));
        var end = table.NextSibling is IElement next && next.SourceReference is { Position.Line: > 0 } reference
            ? reference.Position.Position - 1
            : -1;
        _cursor = Math.Max(_cursor, end);
    }

    /// <summary>The text of a cell: blocks and &lt;br&gt; become line feeds, whitespace collapses.</summary>
    private static string CellText(IElement cell)
    {
        var sb = new StringBuilder();
        var stack = new Stack<(INode Node, bool Exit)>();
        stack.Push((cell, false));
        var pendingSpace = false;
        while (stack.Count > 0)
        {
            var (node, exit) = stack.Pop();
            if (exit)
            {
                BreakLine(sb);
                pendingSpace = false;
                continue;
            }

            if (node is IText text)
            {
                foreach (var c in text.Data)
                {
                    if (c is ' ' or '\t' or '\n' or '\r' or '\f')
                    {
                        pendingSpace = sb.Length > 0 && sb[^1] != '\n';
                        continue;
                    }

                    if (pendingSpace)
                    {
                        sb.Append(' ');
                        pendingSpace = false;
                    }

                    sb.Append(c);
                }

                continue;
            }

            if (node is not IElement element || InvisibleTags.Contains(element.LocalName) || HtmlPageFurniture.IsHidden(element))
            {
                continue;
            }

            if (element.LocalName == "br")
            {
                BreakLine(sb);
                pendingSpace = false;
                continue;
            }

            if (element != cell && BlockTags.Contains(element.LocalName))
            {
                BreakLine(sb);
                stack.Push((element, true));
            }

            for (var i = element.ChildNodes.Length - 1; i >= 0; i--)
            {
                stack.Push((element.ChildNodes[i], false));
            }
        }

        return sb.ToString().Trim();
    }

    private static void BreakLine(StringBuilder sb)
    {
        while (sb.Length > 0 && sb[^1] == ' ')
        {
            sb.Length--;
        }

        if (sb.Length > 0 && sb[^1] != '\n')
        {
            sb.Append('\n');
        }
    }

    private static int Span(IElement cell, string attribute, bool allowZero)
    {
        var value = cell.GetAttribute(attribute);
        if (string.IsNullOrWhiteSpace(value))
        {
            return 1;
        }

        var digits = value.AsSpan().Trim();
        var length = 0;
        while (length < digits.Length && length < 6 && char.IsAsciiDigit(digits[length]))
        {
            length++;
        }

        if (length == 0 || !int.TryParse(digits[..length], out var span))
        {
            return 1;
        }

        return span == 0 ? (allowZero ? 0 : 1) : span;
    }

    /// <summary>Where the text at <paramref name="index"/> of a text node sits in the source.</summary>
    private SourcePosition? Locate(string data, int index, IElement? parent)
    {
        var floor = ElementOffset(parent);
        var from = Math.Max(_cursor, floor);
        var probeLength = 0;
        while (index + probeLength < data.Length && probeLength < 8 && !NeedsEscaping(data[index + probeLength]))
        {
            probeLength++;
        }

        if (probeLength > 0 && from < _html.Length)
        {
            var at = _html.IndexOf(data.Substring(index, probeLength), from, StringComparison.Ordinal);
            if (at < 0 && floor < from)
            {
                at = _html.IndexOf(data.Substring(index, probeLength), floor, StringComparison.Ordinal);
            }

            if (at >= 0)
            {
                _cursor = at + probeLength;
                return At(at);
            }
        }

        return ElementLocation(parent);
    }

    private static bool NeedsEscaping(char c) => c is '&' or '<' or '>' or '"' or '\'' or '\u00A0' or ' ' or '\t' or '\n' or '\r';

    private static int ElementOffset(IElement? element) =>
        element?.SourceReference is { Position.Line: > 0 } reference ? reference.Position.Position - 1 : 0;

    private SourcePosition? ElementLocation(IElement? element)
    {
        for (var e = element; e is not null; e = e.ParentElement)
        {
            if (e.SourceReference is { Position.Line: > 0 } reference)
            {
                return At(reference.Position.Position - 1);
            }
        }

        return null;
    }

    private SourcePosition At(int offset)
    {
        offset = Math.Clamp(offset, 0, Math.Max(_html.Length - 1, 0));
        var line = Array.BinarySearch(_lineStarts, offset);
        if (line < 0)
        {
            line = ~line - 1;
        }

        return new SourcePosition(line + 1, offset);
    }

    private static int[] LineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
            {
                starts.Add(i + 1);
            }
        }

        return starts.ToArray();
    }

    private static string CollapseWhitespace(string text)
    {
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = sb.Length > 0;
                continue;
            }

            if (space)
            {
                sb.Append(' ');
                space = false;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }
}
