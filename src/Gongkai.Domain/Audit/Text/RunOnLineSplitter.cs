using System.Collections.Frozen;
using Gongkai.Domain.AnnualReports;

namespace Gongkai.Domain.Audit;

/// <summary>
/// Restores the line breaks of a report whose breaks were lost when the page was saved (issue 14 item 3): the whole
/// report, or a large part of it, on one long line — headings inline, and a table's cells one after another, with
/// spaces or with nothing between them ("网站公开条41815092.政府公报").
/// <list type="bullet">
/// <item>A line is treated as run-on when it is long (≥ <see cref="MinimumLength"/> characters) and prints at least
/// two part headings or table titles of a format inline.</item>
/// <item>The narrative is broken only before part headings ("二、主动公开政府信息情况") and table titles, so its
/// paragraphs stay whole for the claim reader.</item>
/// <item>From a table title (or the heading of a part that holds a table) to the next part heading without a table,
/// every label a format prints in its tables (rows, columns, sub-table titles, units) starts a line of its own, and
/// so does every figure: a number separated from the next by spaces is a line; a digit run printed against a label
/// stays one line (the table reader splits it only where the table's own sums allow exactly one split).</item>
/// <item>Digits that end a run and are the printed number of the next row label ("…1509" + "2.政府公报") go with
/// that label when the lexicon knows the label with that number.</item>
/// </list>
/// Segments keep their position in the source: the line number of the long line and the offset of the segment.
/// Linear in the length of the line: the lexicon is looked up by first character, labels are at most
/// <see cref="MaximumLabelLength"/> characters.
/// </summary>
internal static class RunOnLineSplitter
{
    /// <summary>Lines shorter than this are never split.</summary>
    public const int MinimumLength = 200;

    private const int MaximumLabelLength = 80;

    private static readonly Lexicon Labels = Lexicon.Build();

    /// <summary>
    /// The segments of <paramref name="line"/> as (start, length) within it, or null when the line is not a run-on
    /// report line.
    /// </summary>
    public static IReadOnlyList<(int Start, int Length)>? Split(string line)
    {
        if (line.Length < MinimumLength)
        {
            return null;
        }

        var folded = Fold(line);
        var headings = 0;
        for (var i = 0; i < folded.Length && headings < 2; i++)
        {
            if (Labels.MatchAt(folded, i) is { Kind: LabelKind.Heading or LabelKind.TableTitle } match)
            {
                headings++;
                i += match.Length - 1;
            }
        }

        if (headings < 2)
        {
            return null;
        }

        var segments = new List<(int, int)>();
        var start = 0;
        var inTable = false;
        var i2 = 0;
        while (i2 < folded.Length)
        {
            var match = Labels.MatchAt(folded, i2);
            if (match is { Kind: LabelKind.Heading or LabelKind.TableTitle } heading)
            {
                Cut(segments, line, ref start, i2);
                inTable = heading.OpensTable;
                i2 += heading.Length;
                Cut(segments, line, ref start, i2);
                continue;
            }

            if (!inTable)
            {
                i2++;
                continue;
            }

            if (match is { } label)
            {
                // the row number printed before the label may be glued to the figures before it
                var labelStart = i2 - label.NumberPrefix;
                if (labelStart < start)
                {
                    labelStart = i2;
                }

                Cut(segments, line, ref start, labelStart);
                i2 += label.Length;
                Cut(segments, line, ref start, i2);
                continue;
            }

            var c = folded[i2];
            if (char.IsWhiteSpace(c))
            {
                Cut(segments, line, ref start, i2);
                while (i2 < folded.Length && char.IsWhiteSpace(folded[i2]))
                {
                    i2++;
                }

                start = i2;
                continue;
            }

            if (char.IsAsciiDigit(c) && i2 > start && !IsFigureChar(folded[i2 - 1]))
            {
                Cut(segments, line, ref start, i2);
            }
            else if (!IsFigureChar(c) && i2 > start && char.IsAsciiDigit(folded[i2 - 1]) && !IsUnitChar(c))
            {
                Cut(segments, line, ref start, i2);
            }

            i2++;
        }

        Cut(segments, line, ref start, line.Length);
        return segments;
    }

    // dates, phone numbers, 文号 and addresses stay one token with their digits ("2021年1月20日", "0472-5212345",
    // "〔2019〕60号", "阿尔丁大街12号"), so they are text, never a table figure
    private static bool IsFigureChar(char c) => char.IsAsciiDigit(c) || c is '.' or ',' or '-' or '%' or '年' or '月' or '日' or '号' or '〔' or '〕' or '[' or ']' or ':' or '/';

    private static bool IsUnitChar(char c) => c is '万' or '亿' or '元' or '件' or '条' or '次' or '个' or '人' or '项' or '余' or '多';

    private static void Cut(List<(int, int)> segments, string line, ref int start, int end)
    {
        if (end <= start)
        {
            return;
        }

        var s = start;
        var e = end;
        while (s < e && char.IsWhiteSpace(line[s]))
        {
            s++;
        }

        while (e > s && char.IsWhiteSpace(line[e - 1]))
        {
            e--;
        }

        if (e > s)
        {
            segments.Add((s, e - s));
        }

        start = end;
    }

    private static string Fold(string text) => string.Create(text.Length, text, (span, t) =>
    {
        for (var i = 0; i < t.Length; i++)
        {
            span[i] = ChineseTextNormalizer.FoldChar(t[i]);
        }
    });

    private enum LabelKind
    {
        Heading,
        TableTitle,
        TableLabel,
    }

    private readonly record struct Match(int Length, LabelKind Kind, bool OpensTable, int NumberPrefix);

    /// <summary>Every heading and table label of the four formats, folded, by first character, longest first.</summary>
    private sealed class Lexicon
    {
        private readonly FrozenDictionary<char, (string Text, LabelKind Kind, bool OpensTable, string Number)[]> _byFirst;

        private Lexicon(FrozenDictionary<char, (string, LabelKind, bool, string)[]> byFirst) => _byFirst = byFirst;

        public static Lexicon Build()
        {
            var entries = new Dictionary<string, (LabelKind Kind, bool OpensTable, string Number)>(StringComparer.Ordinal);
            void Add(string text, LabelKind kind, bool opensTable = false)
            {
                var folded = Fold(text.Trim());
                if (folded.Length < 2 || folded.Length > MaximumLabelLength)
                {
                    return;
                }

                if (!entries.TryGetValue(folded, out var existing) || kind < existing.Kind)
                {
                    entries[folded] = (kind, opensTable, string.Empty);
                }

                // "1.属于国家秘密": also the label without its number, remembering the number
                var dot = folded.IndexOfAny(['.', '、']);
                if (kind == LabelKind.TableLabel && dot is > 0 and <= 2 && folded[..dot].All(char.IsAsciiDigit) && folded.Length - dot - 1 >= 2)
                {
                    entries.TryAdd(folded[(dot + 1)..], (kind, false, folded[..(dot + 1)]));
                }
            }

            foreach (var format in Enum.GetValues<ReportFormat>())
            {
                var layout = ReportLayout.For(format);
                foreach (var section in layout.Sections)
                {
                    Add(section.Heading, LabelKind.Heading, section.TableId is { } id && id != NarrativeFigures.TableId);
                }

                foreach (var table in layout.Tables.Where(t => t.Id != NarrativeFigures.TableId))
                {
                    Add(table.Title, LabelKind.TableTitle, opensTable: true);
                    foreach (var path in table.Rows.Concat(table.Columns))
                    {
                        foreach (var label in path)
                        {
                            Add(label, LabelKind.TableLabel);
                        }
                    }

                    if (table.Note is { } note)
                    {
                        Add(note, LabelKind.TableLabel);
                    }
                }
            }

            foreach (var extra in new[] { "信息内容", "申请人情况", "法人或其他组织", "统计指标", "单位", "本年度", "历年累计", "条", "件" })
            {
                Add(extra, LabelKind.TableLabel);
            }

            var byFirst = entries
                .Where(e => e.Key.Length >= 2 || e.Value.Kind != LabelKind.TableLabel)
                .GroupBy(e => e.Key[0])
                .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(e => e.Key.Length).Select(e => (e.Key, e.Value.Kind, e.Value.OpensTable, e.Value.Number)).ToArray());
            return new Lexicon(byFirst);
        }

        public Match? MatchAt(string folded, int index)
        {
            if (!_byFirst.TryGetValue(folded[index], out var candidates))
            {
                return null;
            }

            foreach (var (text, kind, opensTable, number) in candidates)
            {
                if (string.CompareOrdinal(folded, index, text, 0, text.Length) == 0)
                {
                    var prefix = number.Length > 0 && index >= number.Length && string.CompareOrdinal(folded, index - number.Length, number, 0, number.Length) == 0
                        ? number.Length
                        : 0;
                    return new Match(text.Length, kind, opensTable, prefix);
                }
            }

            return null;
        }
    }
}
