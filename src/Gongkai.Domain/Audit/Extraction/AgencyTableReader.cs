using System.Globalization;
using Gongkai.Domain.AnnualReports;
using Gongkai.Domain.Audit.Rules;

namespace Gongkai.Domain.Audit.Extraction;

/// <summary>
/// Reads the statistics table an agency drew itself before the national 统计表 (reports under the 2007 Regulation,
/// 2008–2013, and some later ones; issue 14 item 3): rows of its own labels ("主动公开信息数", "其中：1.政府网站",
/// "受理依申请公开信息总数" …), often a unit column (条, 件, 人次) and two or more period columns — this year
/// ("本年度", "2009年度", "本年数") beside the running total ("历年累计", "累计数").
/// <list type="bullet">
/// <item>A table starts at a header printing a this-year column and a cumulative column within a few cells of each
/// other; the value columns are the period and cumulative labels of that header, in order.</item>
/// <item>Each row is a label, an optional unit and its values; only the this-year column is taken — the cumulative
/// one is never a figure of the report's year. Units are ignored for placement (a fee in 元 becomes 万元).</item>
/// <item>Cells keep the agency's own labels: table <see cref="TableId"/>, row path [the label as printed, without
/// its numbering], column [<see cref="ThisYearColumn"/>]. They are shown, not checked by the shared rules (the 2007
/// Regulation prescribed no table).</item>
/// <item>Where a label names a figure the report's text states (<see cref="NarrativeFigures"/>: 主动公开, 当面申请,
/// 行政复议 …) the value is also that figure, marked <see cref="ReadingCertainty.LooseLabel"/> (the label is the
/// agency's), so it is checked against the narrative and the figures' sums — as a warning at most.</item>
/// <item>Text saved from a page: rows one per line, one cell per line, or the whole table on one line with the
/// cells run together ("1.网站公开条4181509 2.政府公报…"). A digit run ending right before the next row's number
/// ("…15092.政府公报") gives that number back to the row; a digit run that must hold two columns is split only where
/// one split is possible (no leading zero, running total ≥ this year) — marked inferred; otherwise the row is set
/// aside with the readings it admits (a warning), never read as one figure.</item>
/// </list>
/// </summary>
public static class AgencyTableReader
{
    /// <summary>The table id of an agency's own statistics table.</summary>
    public const string TableId = "本机关统计表";

    /// <summary>The one column taken: this year's figures.</summary>
    public const string ThisYearColumn = "本年度";

    private const int MaxHeaderGap = 3;
    private const int MaxLabelLength = 40;
    private static readonly string[] Units = ["人次", "万元", "条", "件", "次", "个", "元", "人", "项", "份", "场", "期", "篇"];

    /// <summary>The agency's own table(s) in <paramref name="text"/>, or nothing when it prints none.</summary>
    public static AgencyTableReading Read(ReportText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = Tokenize(text);
        var reading = new AgencyTableReading();
        var i = 0;
        while (i < tokens.Count)
        {
            if (Header(tokens, i) is not { } header)
            {
                i++;
                continue;
            }

            var end = ReadRows(tokens, header, reading);
            var first = tokens[i];
            var last = tokens[Math.Max(i, end - 1)];
            reading.Cover(first.Line.Source.Offset + first.Offset, last.Line.Source.Offset + last.Offset + last.Text.Length);
            i = Math.Max(end, i + 1);
        }

        return reading;
    }

    private enum Kind
    {
        Label,
        Unit,
        Number,
        RowNumber,
        Blank,
        LineEnd,
    }

    private sealed record Token(Kind Kind, string Text, ReportLine Line, int Offset, bool Glued, bool GridCell);

    private sealed record HeaderShape(int End, IReadOnlyList<string> Columns, int ThisYear, bool Grid);

    private static HeaderShape? Header(List<Token> tokens, int start)
    {
        if (tokens[start].Kind != Kind.Label || !IsThisYear(tokens[start].Text) && !IsCumulative(tokens[start].Text))
        {
            return null;
        }

        var columns = new List<string>();
        var j = start;
        while (j < tokens.Count && (tokens[j].Kind == Kind.LineEnd || tokens[j].Kind == Kind.Label && (IsThisYear(tokens[j].Text) || IsCumulative(tokens[j].Text) || IsPeriod(tokens[j].Text))))
        {
            if (tokens[j].Kind == Kind.Label)
            {
                columns.Add(tokens[j].Text);
            }

            j++;
            if (columns.Count > 6)
            {
                return null;
            }
        }

        var thisYear = columns.FindIndex(IsThisYear);
        if (thisYear < 0 || !columns.Any(IsCumulative) || columns.Count < 2)
        {
            return null;
        }

        return new HeaderShape(j, columns, thisYear, tokens[start].GridCell);
    }

    private static int ReadRows(List<Token> tokens, HeaderShape header, AgencyTableReading reading)
    {
        var i = header.End;
        var expectedRowNumber = 1;
        string? label = null;
        ReportLine? labelLine = null;
        string? unit = null;
        var values = new List<Token>();
        var gridRow = false;

        void Flush()
        {
            if (label is not null && values.Count > 0)
            {
                Place(label, unit, values, header, labelLine!, gridRow, reading);
            }

            label = null;
            unit = null;
            values.Clear();
        }

        while (i < tokens.Count)
        {
            var token = tokens[i];
            switch (token.Kind)
            {
                case Kind.LineEnd:
                    break;
                case Kind.Blank:
                    if (token.GridCell && label is not null)
                    {
                        values.Add(token);
                    }

                    break;
                case Kind.RowNumber:
                    Flush();
                    if (int.TryParse(token.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
                    {
                        expectedRowNumber = number + 1;
                    }

                    break;
                case Kind.Unit:
                    unit ??= token.Text;
                    break;
                case Kind.Number:
                    if (label is null)
                    {
                        break;
                    }

                    // "…15092.政府公报": the digits before the next row's label end with its number
                    if (i + 1 < tokens.Count && tokens[i + 1].Kind == Kind.RowNumber && tokens[i + 1].Text.Length == 0)
                    {
                        var suffix = expectedRowNumber.ToString(CultureInfo.InvariantCulture);
                        if (token.Text.Length > suffix.Length && token.Text.EndsWith(suffix, StringComparison.Ordinal))
                        {
                            values.Add(token with { Text = token.Text[..^suffix.Length], Glued = true });
                            tokens[i + 1] = tokens[i + 1] with { Text = suffix };
                            break;
                        }

                        tokens[i + 1] = tokens[i + 1] with { Text = token.Text };
                        break;
                    }

                    values.Add(token);
                    break;
                case Kind.Label:
                    if (IsProse(token.Text) || Header(tokens, i) is not null)
                    {
                        Flush();
                        return i;
                    }

                    Flush();
                    (label, unit) = SplitUnit(token.Text);
                    labelLine = token.Line;
                    gridRow = token.GridCell;
                    break;
            }

            i++;
        }

        Flush();
        return i;
    }

    private static void Place(string label, string? unit, List<Token> values, HeaderShape header, ReportLine line, bool gridRow, AgencyTableReading reading)
    {
        var columns = header.Columns.Count;
        var rowLabel = RowLabel(label);
        if (rowLabel.Length == 0)
        {
            return;
        }

        var address = new CellAddress(TableId, [rowLabel], [ThisYearColumn]);
        if (reading.Has(address))
        {
            return;
        }

        Token? printed = null;
        string? doubt = null;
        string? splitText = null;
        if (values.Count == columns || gridRow && values.Count >= columns)
        {
            printed = values[header.ThisYear];
        }
        else if (values.Count == 1 && values[0].Glued && columns == 2 && values[0].Kind == Kind.Number)
        {
            var splits = Splits(values[0].Text);
            var thisYear = header.ThisYear;
            if (splits.Count == 1)
            {
                splitText = splits[0][thisYear];
                printed = values[0];
                doubt = $"“{values[0].Text}”连写，只有一种拆分（{splits[0][0]}｜{splits[0][1]}，累计不小于本年）";
            }
            else
            {
                var readings = splits.Count == 0 ? "无法拆分" : string.Join("、", splits.Select(s => $"{s[0]}｜{s[1]}"));
                var where = Location(values[0], values[0].Text).WithDoubt(ReadingCertainty.Ambiguous, $"“{values[0].Text}”连写，可拆为{readings}");
                var cell = new ReportCell(address, null, source: where);
                reading.PutAside(address, cell, new ReadingNote(AuditRuleIds.ReadingAmbiguous, FindingSeverity.Warning, rowLabel,
                    $"{TableId}“{rowLabel}”（{where.Describe()}）：本年度与累计数连写，无法确定拆分；该行未参与核对，请对照原文核对。", where, [cell]));
                return;
            }
        }
        else
        {
            var where = Location(values[0], values[0].Text).WithDoubt(ReadingCertainty.Ambiguous,
                $"该行印有{values.Count}个数，而表头有{columns}栏（{string.Join("、", header.Columns)}），无法确定哪一个是本年度");
            var cell = new ReportCell(address, null, source: where);
            reading.PutAside(address, cell, new ReadingNote(AuditRuleIds.ReadingAmbiguous, FindingSeverity.Warning, rowLabel,
                $"{TableId}“{rowLabel}”（{where.Describe()}）：{where.Doubt}；该行未参与核对，请对照原文核对。", where, [cell]));
            return;
        }

        var text = splitText ?? printed!.Text;
        var figure = FigureParser.Parse(text);
        var source = Location(printed!, splitText ?? printed.Text);
        if (doubt is not null)
        {
            source = source.WithDoubt(ReadingCertainty.Inferred, doubt);
            reading.Note(new ReadingNote(AuditRuleIds.ReadingInferred, FindingSeverity.Info, rowLabel,
                $"{TableId}“{rowLabel}”（{source.Describe()}）：本年度与累计数连写，按唯一可能的拆分读作本年度{splitText}。", source, []));
        }

        var value = figure.Kind switch
        {
            FigureKind.Number when figure.Unit != FigureUnit.Percent => figure.Value,
            FigureKind.NoneWord => 0m,
            _ => null,
        };
        var ownCell = new ReportCell(address, value, source: source);
        reading.Add(ownCell);
        if (value is { } v && AgencyTableLabels.Figure(rowLabel) is { } official)
        {
            if (official == NarrativeFigures.FeesCollected || official == NarrativeFigures.FeesWaived)
            {
                if (unit is "元")
                {
                    v /= 10_000m;
                }
                else if (unit is not "万元")
                {
                    return;
                }
            }

            var loose = source.WithDoubt(ReadingCertainty.LooseLabel, $"本机关自制统计表的“{rowLabel}”按名称对应“{official[^1]}”");
            reading.AddOfficial(new ReportCell(NarrativeFigures.At(official), v, source: loose));
        }
    }

    /// <summary>The ways a digit run holds this year's figure then the running total: no leading zero, total ≥ this year.</summary>
    private static List<string[]> Splits(string digits)
    {
        var splits = new List<string[]>();
        if (!digits.All(char.IsAsciiDigit) || digits.Length < 2)
        {
            return splits;
        }

        for (var cut = 1; cut < digits.Length; cut++)
        {
            var a = digits[..cut];
            var b = digits[cut..];
            if (a.Length > 1 && a[0] == '0' || b.Length > 1 && b[0] == '0')
            {
                continue;
            }

            if (decimal.Parse(b, CultureInfo.InvariantCulture) >= decimal.Parse(a, CultureInfo.InvariantCulture))
            {
                splits.Add([a, b]);
            }
        }

        return splits;
    }

    private static SourceLocation Location(Token token, string text)
    {
        return new SourceLocation(Math.Max(1, token.Line.Source.Line), token.Line.Source.Offset + token.Offset, text, token.Line.Source.Page) { Box = token.Line.Source.Box };
    }

    /// <summary>The label without its numbering ("其中：1.", "（一）", "一、") and spaces.</summary>
    public static string RowLabel(string label)
    {
        var s = label.Replace(" ", string.Empty, StringComparison.Ordinal).Trim();
        var changed = true;
        while (changed && s.Length > 0)
        {
            changed = false;
            foreach (var prefix in new[] { "其中:", "其中：", "其中" })
            {
                if (s.StartsWith(prefix, StringComparison.Ordinal) && s.Length > prefix.Length)
                {
                    s = s[prefix.Length..];
                    changed = true;
                }
            }

            var end = 0;
            if (s.Length > 2 && s[0] is '(' or '（')
            {
                end = s.IndexOfAny([')', '）']) + 1;
                end = end is > 1 and <= 5 ? end : 0;
            }
            else
            {
                while (end < s.Length && (char.IsAsciiDigit(s[end]) || "一二三四五六七八九十".Contains(s[end], StringComparison.Ordinal)))
                {
                    end++;
                }

                end = end > 0 && end < s.Length && s[end] is '.' or '、' or '．' ? end + 1 : 0;
            }

            if (end > 0 && end < s.Length)
            {
                s = s[end..];
                changed = true;
            }
        }

        return s;
    }

    private static (string Label, string? Unit) SplitUnit(string text)
    {
        foreach (var unit in Units)
        {
            foreach (var (open, close) in new[] { ("(", ")"), ("（", "）"), ("", "") })
            {
                var suffix = open + unit + close;
                if (text.Length > suffix.Length + 1 && text.EndsWith(suffix, StringComparison.Ordinal))
                {
                    return (text[..^suffix.Length], unit);
                }
            }
        }

        return (text, null);
    }

    private static bool IsThisYear(string text)
    {
        var s = text.Replace(" ", string.Empty, StringComparison.Ordinal);
        if (s is "本年度" or "本年" or "本年数" or "本年度数" or "本期" or "本期数" or "当年" or "当年数" or "本年度数量")
        {
            return true;
        }

        // "2009年度", "2012年", "2012年数"
        var digits = 0;
        while (digits < s.Length && char.IsAsciiDigit(s[digits]))
        {
            digits++;
        }

        return digits == 4 && s[digits..] is "年度" or "年" or "年数" or "年度数" or "年度数量";
    }

    private static bool IsCumulative(string text) => text.Contains("累计", StringComparison.Ordinal) && text.Length <= 8;

    private static bool IsPeriod(string text) => text.Replace(" ", string.Empty, StringComparison.Ordinal) is "上年度" or "上年" or "上年数" or "同比" or "增减" or "比上年增减";

    private static bool IsProse(string text) =>
        text.Length > MaxLabelLength || text.IndexOfAny(['。', ',', '，', '；', ';', '！', '？']) >= 0;

    /// <summary>
    /// The text as tokens: labels, units, numbers, row numbers ("1." before a label), and cell boundaries. A grid row
    /// (HTML/DOCX/PDF table) gives one token per cell, blank cells included; other lines are cut at spaces and where
    /// digits meet words.
    /// </summary>
    private static List<Token> Tokenize(ReportText text)
    {
        var tokens = new List<Token>();
        foreach (var line in text.Lines)
        {
            // the printed text, folded character by character (full-width → half-width, traditional → simplified):
            // the normalized line drops the spaces between Chinese words, and those spaces part the cells
            var s = string.Create(line.Original.Length, line.Original, (span, t) =>
            {
                for (var k = 0; k < t.Length; k++)
                {
                    span[k] = t[k] == '\t' ? '\t' : char.IsWhiteSpace(t[k]) ? ' ' : ChineseTextNormalizer.FoldChar(t[k]);
                }
            });
            if (line.TableIndex is not null)
            {
                var offset = 0;
                foreach (var cell in s.Split('\t'))
                {
                    var c = cell.Trim();
                    if (c.Length == 0 || c is "/" or "—" or "-")
                    {
                        tokens.Add(new Token(Kind.Blank, c, line, offset, false, true));
                    }
                    else if (Units.Contains(c) || c is "单位" or "计量单位")
                    {
                        tokens.Add(new Token(Kind.Unit, c, line, offset, false, true));
                    }
                    else if (FigureParser.Parse(c) is { Kind: FigureKind.Number or FigureKind.NoneWord } && !IsThisYear(c))
                    {
                        tokens.Add(new Token(Kind.Number, c, line, offset, false, true));
                    }
                    else
                    {
                        tokens.Add(new Token(Kind.Label, c, line, offset, false, true));
                    }

                    offset += cell.Length + 1;
                }

                tokens.Add(new Token(Kind.LineEnd, string.Empty, line, s.Length, false, false));
                continue;
            }

            TokenizeLine(line, s, tokens);
            tokens.Add(new Token(Kind.LineEnd, string.Empty, line, s.Length, false, false));
        }

        return tokens;
    }

    private static void TokenizeLine(ReportLine line, string s, List<Token> tokens)
    {
        // a header cell on a line of its own keeps the spaces the page laid it out with ("2009  年度", "历年 累计")
        var compact = s.Replace(" ", string.Empty, StringComparison.Ordinal);
        if (compact.Length is > 0 and <= 8 && (IsThisYear(compact) || IsCumulative(compact) || IsPeriod(compact) || compact is "计量单位" or "单位" or "指标名称" or "统计指标"))
        {
            tokens.Add(new Token(compact.EndsWith("单位", StringComparison.Ordinal) ? Kind.Unit : Kind.Label, compact, line, 0, false, false));
            return;
        }

        var i = 0;
        while (i < s.Length)
        {
            if (char.IsWhiteSpace(s[i]))
            {
                i++;
                continue;
            }

            var start = i;
            if (char.IsAsciiDigit(s[i]))
            {
                var end = i;
                while (end < s.Length && (char.IsAsciiDigit(s[end]) || s[end] == '.' && end + 1 < s.Length && char.IsAsciiDigit(s[end + 1])))
                {
                    end++;
                }

                var next = end < s.Length ? s[end] : ' ';
                var glued = start > 0 && !char.IsWhiteSpace(s[start - 1]);
                if (next is '.' or '、' && end + 1 < s.Length && !char.IsAsciiDigit(s[end + 1]) && !char.IsWhiteSpace(s[end + 1]))
                {
                    // "1.政府网站" — a row number; when glued to figures before it, they are split in ReadRows
                    if (glued && end - start > 1)
                    {
                        tokens.Add(new Token(Kind.Number, s[start..end], line, start, true, false));
                        tokens.Add(new Token(Kind.RowNumber, string.Empty, line, end, true, false));
                    }
                    else
                    {
                        tokens.Add(new Token(Kind.RowNumber, s[start..end], line, start, glued, false));
                    }

                    i = end + 1;
                    continue;
                }

                var standsAlone = end >= s.Length || char.IsWhiteSpace(next) || UnitStart(s, end)
                    || !char.IsLetterOrDigit(next) && next is not '%' and not '-' and not '/' and not ':' and not '〕' and not ']';
                if (standsAlone)
                {
                    var unitAfter = UnitStart(s, end);
                    var gluedAfter = end < s.Length && !char.IsWhiteSpace(next) && !unitAfter;
                    tokens.Add(new Token(Kind.Number, s[start..end], line, start, glued || gluedAfter, false));
                    i = end;
                    continue;
                }
            }

            // a word: up to a space, or to digits that are a figure (not "2013年", "〔2019〕60号")
            var j = i;
            while (j < s.Length && !char.IsWhiteSpace(s[j]))
            {
                if (char.IsAsciiDigit(s[j]) && j > i && IsFigureStart(s, j))
                {
                    break;
                }

                j++;
            }

            if (j == i)
            {
                j = i + 1;
            }

            var word = s[i..j];
            tokens.Add(Units.Contains(word) ? new Token(Kind.Unit, word, line, i, false, false) : new Token(Kind.Label, word, line, i, false, false));
            i = j;
        }
    }

    private static bool UnitStart(string s, int index) => index < s.Length && Units.Any(u => string.CompareOrdinal(s, index, u, 0, u.Length) == 0);

    /// <summary>Whether the digits at <paramref name="index"/> are a figure glued to the word before them, not part of it.</summary>
    private static bool IsFigureStart(string s, int index)
    {
        var prev = s[index - 1];
        if (char.IsAsciiDigit(prev) || prev is '〔' or '[' or '(' or '（' or '-' or '第')
        {
            return false;
        }

        var end = index;
        while (end < s.Length && char.IsAsciiDigit(s[end]))
        {
            end++;
        }

        if (end < s.Length && s[end] is '年' or '月' or '日' or '号' or '〕' or ']' or '-' or '%')
        {
            return false;
        }

        return true;
    }
}
