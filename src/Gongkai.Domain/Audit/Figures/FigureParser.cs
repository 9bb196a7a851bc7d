using System.Globalization;

namespace Gongkai.Domain.Audit;

/// <summary>
/// Reads numbers as they are written in annual reports: "48", "48件", "2.46万件" (→ 24600 件), "1,234",
/// full-width "４８", Chinese numerals for small counts ("二件", "十二", "两"), percentages ("12.5%"), money
/// ("2202万元", "251000元"), approximations ("9616余条", "30多条"), and the cell markers for nothing
/// (blank, "/", "—", "-", "无"). Works on the original text so the returned span is usable as evidence;
/// width and script are folded character by character while scanning.
/// </summary>
public static class FigureParser
{
    private const int MaxDigits = 28;

    private static readonly string[] NoneWords = ["无", "暂无", "没有", "无此项", "均无"];
    private static readonly string[] ApproximatePrefixes = ["大约", "超过", "将近", "约", "近", "逾"];
    private static readonly string[] TotalPrefixes = ["共计", "合计", "总计", "共"];

    /// <summary>
    /// Parses the whole of a table cell (or any short text that should be exactly one figure).
    /// Never throws: blank, markers and other text come back with their <see cref="FigureKind"/>.
    /// </summary>
    public static Figure Parse(string? text)
    {
        text ??= string.Empty;
        var (start, end) = Trim(text, 0, text.Length);
        if (start >= end)
        {
            return Figure.Blank(text);
        }

        var span = new TextSpan(start, end - start);
        var core = span.Slice(text);
        var folded = ChineseTextNormalizer.Normalize(core);
        if (IsMadeOf(folded, '/', '\\'))
        {
            return new Figure(FigureKind.Slash, null, FigureUnit.None, string.Empty, span, core);
        }

        if (folded.Length <= 6 && IsMadeOf(folded, '-', '~'))
        {
            return new Figure(FigureKind.Dash, null, FigureUnit.None, string.Empty, span, core);
        }

        if (Array.IndexOf(NoneWords, folded.TrimEnd('。', '.')) >= 0)
        {
            return new Figure(FigureKind.NoneWord, 0m, FigureUnit.None, string.Empty, span, core);
        }

        var at = start;
        var approximate = SkipPrefix(text, ref at, end, ApproximatePrefixes);
        SkipPrefix(text, ref at, end, TotalPrefixes);
        if (TryRead(text, at, end, wholeCell: true, out var figure, out var figureEnd))
        {
            var (tail, _) = Trim(text, figureEnd, end);
            if (tail >= end || IsTrailingNoise(text, tail, end))
            {
                return figure with
                {
                    Span = span,
                    Text = core,
                    IsApproximate = figure.IsApproximate || approximate,
                };
            }
        }

        return new Figure(FigureKind.Text, null, FigureUnit.None, string.Empty, span, core);
    }

    /// <summary>
    /// Finds the figures in running text ("全市共收到政府信息公开申请48件，当面申请6件、占12.5%").
    /// Dates (2017年, 1月1日), ordinals (第3条), phone numbers, times, addresses and file names are skipped;
    /// Chinese numerals count only when a counter follows ("行政复议三例", "二件").
    /// </summary>
    public static IReadOnlyList<Figure> FindAll(string? text)
    {
        var found = new List<Figure>();
        if (string.IsNullOrEmpty(text))
        {
            return found;
        }

        var i = 0;
        while (i < text.Length)
        {
            var c = ChineseTextNormalizer.FoldChar(text[i]);
            var isDigit = char.IsAsciiDigit(c);
            var isChinese = !isDigit && ChineseNumeral.IsNumeralChar(c);
            if (!isDigit && !isChinese)
            {
                i++;
                continue;
            }

            var runEnd = RunEnd(text, i, isDigit);
            if (Acceptable(text, i, runEnd, isDigit)
                && TryRead(text, i, text.Length, wholeCell: false, out var figure, out var end)
                && (isDigit || figure.Unit != FigureUnit.None)
                && !FollowedByDateOrOrdinalUnit(text, runEnd))
            {
                found.Add(figure with { IsApproximate = figure.IsApproximate || PrecededByApproximation(text, i) });
                i = Math.Max(end, i + 1);
                continue;
            }

            i = Math.Max(runEnd, i + 1);
        }

        return found;
    }

    private static bool TryRead(string s, int start, int limit, bool wholeCell, out Figure figure, out int end)
    {
        figure = null!;
        end = start;
        var i = start;
        var negative = false;
        if (wholeCell && i + 1 < limit && ChineseTextNormalizer.FoldChar(s[i]) is '-' or '+'
            && char.IsAsciiDigit(ChineseTextNormalizer.FoldChar(s[i + 1])))
        {
            negative = ChineseTextNormalizer.FoldChar(s[i]) == '-';
            i++;
        }

        decimal value;
        var chineseNumeral = false;
        if (i < limit && char.IsAsciiDigit(ChineseTextNormalizer.FoldChar(s[i])))
        {
            if (!ReadArabic(s, ref i, limit, wholeCell, out value))
            {
                return false;
            }
        }
        else if (i < limit && ChineseNumeral.IsNumeralChar(ChineseTextNormalizer.FoldChar(s[i])))
        {
            var runEnd = i;
            Span<char> run = stackalloc char[12];
            while (runEnd < limit && runEnd - i < run.Length
                   && ChineseNumeral.IsNumeralChar(run[runEnd - i] = ChineseTextNormalizer.FoldChar(s[runEnd])))
            {
                runEnd++;
            }

            if (!ChineseNumeral.TryParse(run[..(runEnd - i)], out var parsed))
            {
                return false;
            }

            value = parsed;
            i = runEnd;
            chineseNumeral = true;
        }
        else
        {
            return false;
        }

        var numberEnd = i;
        var k = SkipSpaces(s, i, limit);
        var multiplier = 1m;
        var approximate = false;
        var unit = FigureUnit.None;
        var unitText = string.Empty;

        if (!chineseNumeral && k < limit && ChineseTextNormalizer.FoldChar(s[k]) is '万' or '亿')
        {
            var big = ChineseTextNormalizer.FoldChar(s[k]) == '万' ? 10_000m : 100_000_000m;
            if (k + 1 < limit && ChineseTextNormalizer.FoldChar(s[k + 1]) == '元')
            {
                unit = big == 10_000m ? FigureUnit.WanYuan : FigureUnit.YiYuan;
                unitText = s.Substring(k, 2);
                k += 2;
            }
            else
            {
                multiplier = big;
                k++;
            }
        }

        if (unit == FigureUnit.None && k < limit && ChineseTextNormalizer.FoldChar(s[k]) is '余' or '多')
        {
            approximate = true;
            k++;
        }

        if (unit == FigureUnit.None && TryReadUnit(s, k, limit, out var readUnit, out var unitLength))
        {
            unit = readUnit;
            unitText = s.Substring(k, unitLength);
            k += unitLength;
        }

        if (unit == FigureUnit.None && multiplier == 1m && !approximate)
        {
            k = numberEnd; // a space not followed by a unit is not part of the figure
        }

        if (k + 1 < limit && s[k] == '左' && s[k + 1] == '右')
        {
            approximate = true;
            k += 2;
        }

        var result = value * multiplier * (negative ? -1 : 1);
        end = k;
        figure = new Figure(FigureKind.Number, result, unit, unitText, new TextSpan(start, k - start), s[start..k], approximate);
        return true;
    }

    private static bool ReadArabic(string s, ref int i, int limit, bool wholeCell, out decimal value)
    {
        value = 0;
        Span<char> digits = stackalloc char[MaxDigits + 2];
        var length = 0;
        var seenPoint = false;
        while (i < limit)
        {
            var c = ChineseTextNormalizer.FoldChar(s[i]);
            if (char.IsAsciiDigit(c))
            {
                if (length >= MaxDigits)
                {
                    return false;
                }

                digits[length++] = c;
                i++;
            }
            else if (c == ',' && !seenPoint && (wholeCell || s[i] == ',') && IsThousandsGroup(s, i + 1, limit))
            {
                i++;
            }
            else if (c == '.' && !seenPoint && i + 1 < limit && char.IsAsciiDigit(ChineseTextNormalizer.FoldChar(s[i + 1])))
            {
                seenPoint = true;
                digits[length++] = '.';
                i++;
            }
            else
            {
                break;
            }
        }

        return length > 0
            && decimal.TryParse(digits[..length], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    private static bool IsThousandsGroup(string s, int at, int limit)
    {
        if (at + 3 > limit)
        {
            return false;
        }

        for (var k = at; k < at + 3; k++)
        {
            if (!char.IsAsciiDigit(ChineseTextNormalizer.FoldChar(s[k])))
            {
                return false;
            }
        }

        return at + 3 == limit || !char.IsAsciiDigit(ChineseTextNormalizer.FoldChar(s[at + 3]));
    }

    private static bool TryReadUnit(string s, int k, int limit, out FigureUnit unit, out int length)
    {
        unit = FigureUnit.None;
        length = 0;
        if (k >= limit)
        {
            return false;
        }

        var first = ChineseTextNormalizer.FoldChar(s[k]);
        var second = k + 1 < limit ? ChineseTextNormalizer.FoldChar(s[k + 1]) : '\0';
        (unit, length) = (first, second) switch
        {
            ('人', '次') => (FigureUnit.RenCi, 2),
            ('场', '次') => (FigureUnit.Chang, 2),
            ('万', '元') => (FigureUnit.WanYuan, 2),
            ('亿', '元') => (FigureUnit.YiYuan, 2),
            ('件', _) => (FigureUnit.Jian, 1),
            ('条', _) => (FigureUnit.Tiao, 1),
            ('次', _) => (FigureUnit.Ci, 1),
            ('人', _) => (FigureUnit.Ren, 1),
            ('个', _) => (FigureUnit.Ge, 1),
            ('项', _) => (FigureUnit.Xiang, 1),
            ('篇', _) => (FigureUnit.Pian, 1),
            ('场', _) => (FigureUnit.Chang, 1),
            ('例', _) => (FigureUnit.Li, 1),
            ('家' or '户' or '名' or '份' or '期' or '页' or '批' or '宗', _) => (FigureUnit.OtherCounter, 1),
            ('元', _) => (FigureUnit.Yuan, 1),
            ('%', _) => (FigureUnit.Percent, 1),
            _ => (FigureUnit.None, 0),
        };
        return length > 0;
    }

    private static int RunEnd(string s, int i, bool digits)
    {
        var k = i;
        while (k < s.Length)
        {
            var c = ChineseTextNormalizer.FoldChar(s[k]);
            var same = digits ? char.IsAsciiDigit(c) || c is '.' or ',' : ChineseNumeral.IsNumeralChar(c);
            if (!same)
            {
                break;
            }

            k++;
        }

        return k;
    }

    /// <summary>Rejects numbers that belong to something else: codes, URLs, phone numbers, times, ordinals.</summary>
    private static bool Acceptable(string s, int start, int runEnd, bool digits)
    {
        var before = start > 0 ? ChineseTextNormalizer.FoldChar(s[start - 1]) : ' ';
        if (before == '第')
        {
            return false;
        }

        if (!digits)
        {
            return true;
        }

        if (char.IsAsciiLetter(before) || before is '.' or '/' or ':' or '@' or '_' or '#' or '=' or '&' or '?')
        {
            return false;
        }

        if (before == '-' && start > 1 && char.IsAsciiDigit(ChineseTextNormalizer.FoldChar(s[start - 2])))
        {
            return false; // 0971-8222155, 2018-03-30
        }

        var first = ChineseTextNormalizer.FoldChar(s[start]);
        if (first == '0' && runEnd - start > 1 && char.IsAsciiDigit(ChineseTextNormalizer.FoldChar(s[start + 1])))
        {
            return false; // 0971, 015000, 09:00
        }

        var trimmedEnd = runEnd;
        while (trimmedEnd > start && ChineseTextNormalizer.FoldChar(s[trimmedEnd - 1]) is '.' or ',')
        {
            trimmedEnd--;
        }

        if (trimmedEnd < s.Length)
        {
            var after = ChineseTextNormalizer.FoldChar(s[trimmedEnd]);
            var afterNext = trimmedEnd + 1 < s.Length ? ChineseTextNormalizer.FoldChar(s[trimmedEnd + 1]) : ' ';
            if (char.IsAsciiLetter(after) || after is '@' or '_' or ':' or '/'
                || (after is '.' && char.IsAsciiLetter(afterNext))
                || (after == '-' && char.IsAsciiDigit(afterNext)))
            {
                return false;
            }

            var listStart = start == 0 || before is ' ' or '\t' or '(' or ',' or ';' or '。' or ':' or '、';
            if ((after == '、' || (after == '.' && !char.IsAsciiDigit(afterNext)) || (after == ')' && before == '('))
                && listStart)
            {
                return false; // list numbering: "1.政府公报", "2、", "(3)"
            }
        }

        return true;
    }

    private static bool FollowedByDateOrOrdinalUnit(string s, int runEnd)
    {
        var k = SkipSpaces(s, runEnd, s.Length);
        return k < s.Length && ChineseTextNormalizer.FoldChar(s[k]) is '年' or '月' or '日' or '号' or '时' or '点' or '分' or '秒' or '岁' or '级' or '届' or '版';
    }

    private static bool PrecededByApproximation(string s, int start)
    {
        foreach (var prefix in ApproximatePrefixes)
        {
            if (start >= prefix.Length && string.CompareOrdinal(s, start - prefix.Length, prefix, 0, prefix.Length) == 0)
            {
                return true;
            }
        }

        return false;
    }

    private static bool SkipPrefix(string s, ref int at, int end, string[] prefixes)
    {
        foreach (var prefix in prefixes)
        {
            if (end - at > prefix.Length && string.CompareOrdinal(s, at, prefix, 0, prefix.Length) == 0)
            {
                at = SkipSpaces(s, at + prefix.Length, end);
                return true;
            }
        }

        return false;
    }

    private static int SkipSpaces(string s, int k, int limit)
    {
        while (k < limit && ChineseTextNormalizer.FoldChar(s[k]) == ' ')
        {
            k++;
        }

        return k;
    }

    private static (int Start, int End) Trim(string s, int start, int end)
    {
        while (start < end && IsIgnorable(s[start]))
        {
            start++;
        }

        while (end > start && IsIgnorable(s[end - 1]))
        {
            end--;
        }

        return (start, end);
    }

    private static bool IsIgnorable(char c) => char.IsWhiteSpace(c) || c is '\u200B' or '\uFEFF' or '\u3000';

    private static bool IsTrailingNoise(string s, int from, int end)
    {
        for (var k = from; k < end; k++)
        {
            if (ChineseTextNormalizer.FoldChar(s[k]) is not ('。' or '.' or ',' or ';' or '、' or ' '))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsMadeOf(string text, char a, char b)
    {
        if (text.Length == 0)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (c != a && c != b && c != ' ')
            {
                return false;
            }
        }

        return true;
    }
}
