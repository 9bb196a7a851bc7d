using System.Text;

namespace Gongkai.Domain.Audit;

/// <summary>
/// Folds the many ways the same words are typed in published reports into one canonical form for matching,
/// while the caller keeps the original for evidence. The canonical form is:
/// <list type="bullet">
/// <item>full-width ASCII (全角) folded to half-width: "（一）" → "(一)", "４８" → "48", "：" → ":", "，" → ",";
///   〔〕 → [], curly quotes “”「」 → ", dashes —－– → "-"; 、 and 。 stay;</item>
/// <item>whitespace (incl. U+3000 ideographic space, NBSP) collapsed to one space, dropped between Chinese
///   characters ("统 计 指 标" → "统计指标") and at both ends; a tab survives as a tab (cell separator);</item>
/// <item>traditional characters (繁体) mapped to simplified (简体), see <see cref="TraditionalChineseCharacters"/>;</item>
/// <item>enclosed numerals expanded: ㈠ → "(一)", ⑴ → "(1)", ① → "(1)", ⒈ → "1.", Ⅱ → "II";</item>
/// <item>Chinese numerals: ○/◯ written for zero become 〇, and a four-digit year written in Chinese numerals
///   becomes ASCII digits ("二〇一七年" → "2017年"); other Chinese numerals stay words (see <see cref="ChineseNumeral"/>).</item>
/// </list>
/// The normaliser works in one pass without per-character allocations.
/// </summary>
public static class ChineseTextNormalizer
{
    private static readonly string?[] EnclosedForms = BuildEnclosedForms();
    private static readonly char[] CompatibilityIdeographs = BuildCompatibilityMap();

    /// <summary>Normalises a simplified (or unknown-script) text.</summary>
    public static string Normalize(string? text) => Normalize(text, ChineseScript.Simplified);

    /// <summary>
    /// Normalises <paramref name="text"/>. With <see cref="ChineseScript.Traditional"/> the few mappings that are
    /// only safe inside a traditional text (乾 → 干, Taiwan terms such as 入口网站 → 门户网站) are applied too.
    /// </summary>
    public static string Normalize(string? text, ChineseScript script)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        return Run(text, script == ChineseScript.Traditional, map: null);
    }

    /// <summary>Like <see cref="Normalize(string?, ChineseScript)"/>, keeping the map back to original indexes.</summary>
    public static NormalizedText NormalizeWithMap(string? text, ChineseScript script = ChineseScript.Simplified)
    {
        if (string.IsNullOrEmpty(text))
        {
            return new NormalizedText(string.Empty, null, 0);
        }

        var map = new List<int>(text.Length);
        var result = Run(text, script == ChineseScript.Traditional, map);
        var identical = result.Length == text.Length;
        for (var i = 0; identical && i < map.Count; i++)
        {
            identical = map[i] == i;
        }

        return new NormalizedText(result, identical ? null : map.ToArray(), text.Length);
    }

    /// <summary>
    /// The canonical form of one character where it is one character (width folding, dashes, quotes, brackets,
    /// traditional → simplified); whitespace folds to ' '. Used by scanners that must keep original positions.
    /// Expanding forms (㈠) and dropped characters (zero-width) are returned unchanged.
    /// </summary>
    public static char FoldChar(char c)
    {
        var folded = FoldSingle(c, traditionalContext: false);
        return folded switch
        {
            Drop => c,
            Expand => c,
            SpaceMark => ' ',
            TabMark => '\t',
            _ => folded,
        };
    }

    /// <summary>
    /// Decides whether a text is written in traditional script: at least 5 traditional-only characters making up
    /// at least 5 % of its Chinese characters. A simplified report that quotes one traditional name stays simplified.
    /// </summary>
    public static ChineseScript DetectScript(string? text) => DetectScript([text ?? string.Empty]);

    /// <summary>Like <see cref="DetectScript(string?)"/> over several pieces of one document.</summary>
    public static ChineseScript DetectScript(IEnumerable<string> texts)
    {
        int chinese = 0, traditional = 0;
        foreach (var text in texts)
        {
            foreach (var c in text)
            {
                if (IsCjkIdeograph(c))
                {
                    chinese++;
                    if (TraditionalChineseCharacters.IsTraditional(c))
                    {
                        traditional++;
                    }
                }
            }
        }

        return traditional >= 5 && traditional * 20 >= chinese ? ChineseScript.Traditional : ChineseScript.Simplified;
    }

    /// <summary>True for CJK unified ideographs (incl. extension A and compatibility ideographs) and surrogate halves.</summary>
    public static bool IsCjkIdeograph(char c) =>
        c is (>= '\u4E00' and <= '\u9FFF') or (>= '\u3400' and <= '\u4DBF') or (>= '\uF900' and <= '\uFAFF')
            or '\u3007' || char.IsSurrogate(c);

    /// <summary>True for CJK ideographs and CJK punctuation (、。《》〔〕 …), the characters between which spaces carry no meaning.</summary>
    public static bool IsCjkOrCjkPunctuation(char c) => IsCjkIdeograph(c) || c is (>= '\u3000' and <= '\u303F');

    // Marker values returned by FoldSingle (private-use code points never produced by the folds).
    private const char Drop = '\uE000';
    private const char Expand = '\uE001';
    private const char SpaceMark = '\uE002';
    private const char TabMark = '\uE003';

    private static char FoldSingle(char c, bool traditionalContext)
    {
        switch (c)
        {
            case '\t':
                return TabMark;
            case ' ' or '\n' or '\r' or '\f' or '\v' or '\u00A0' or '\u1680' or '\u2028' or '\u2029' or '\u202F' or '\u205F' or '\u3000':
                return SpaceMark;
            case >= '\u2000' and <= '\u200A':
                return SpaceMark;
            case '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD':
                return Drop;
            case < ' ' or (>= '\u007F' and <= '\u009F'):
                return Drop;
            case < '\u007F':
                return c;
            case >= '\uFF01' and <= '\uFF5E':
                return (char)(c - 0xFEE0);
            case '\uFFE5':
                return '¥';
            case '\u3014' or '\u3016' or '\u3018':
                return '[';
            case '\u3015' or '\u3017' or '\u3019':
                return ']';
            case '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u300C' or '\u300D' or '\u300E' or '\u300F' or '\u2033':
                return '"';
            case '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032':
                return '\'';
            case (>= '\u2010' and <= '\u2015') or '\u2212' or '\uFE58' or '\uFE63':
                return '-';
            case '\uFE50':
                return ',';
            case '\uFE51':
                return '、';
            case '\uFE52':
                return '.';
            case '\uFE54':
                return ';';
            case '\uFE55':
                return ':';
            case '\uFE56':
                return '?';
            case '\uFE57':
                return '!';
            case '\uFE59':
                return '(';
            case '\uFE5A':
                return ')';
            case '\u25CB' or '\u25EF' or '\u3007':
                return '〇';
            case (>= '\u2160' and <= '\u217B') or (>= '\u2460' and <= '\u249B') or (>= '\u3220' and <= '\u3229'):
                return Expand;
            case >= '\u2F00' and <= '\u2FD5':
            case >= '\uF900' and <= '\uFAFF':
                {
                    var mapped = CompatibilityIdeographs[CompatibilityIndex(c)];
                    return mapped == '\0' ? c : TraditionalChineseCharacters.ToSimplified(mapped, traditionalContext);
                }

            default:
                return TraditionalChineseCharacters.ToSimplified(c, traditionalContext);
        }
    }

    private static string Run(string text, bool traditionalContext, List<int>? map)
    {
        var sb = new StringBuilder(text.Length);
        var pending = '\0';
        var pendingSource = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var folded = FoldSingle(c, traditionalContext);
            switch (folded)
            {
                case Drop:
                    continue;
                case SpaceMark:
                    if (pending != '\t')
                    {
                        pending = ' ';
                        pendingSource = i;
                    }

                    continue;
                case TabMark:
                    pending = '\t';
                    pendingSource = i;
                    continue;
                case Expand:
                    var expansion = EnclosedForms[EnclosedIndex(c)]!;
                    for (var k = 0; k < expansion.Length; k++)
                    {
                        Emit(sb, map, expansion[k], i, ref pending, pendingSource);
                    }

                    continue;
                default:
                    Emit(sb, map, folded, i, ref pending, pendingSource);
                    continue;
            }
        }

        ConvertChineseYears(sb);
        if (traditionalContext)
        {
            foreach (var (taiwan, mainland) in TraditionalChineseCharacters.Phrases)
            {
                sb.Replace(taiwan, mainland);
            }
        }

        return sb.ToString();
    }

    private static void Emit(StringBuilder sb, List<int>? map, char c, int source, ref char pending, int pendingSource)
    {
        if (pending != '\0' && sb.Length > 0)
        {
            var previous = sb[^1];
            var keep = pending == '\t' || !SpaceIsInsignificant(previous, c);
            if (keep)
            {
                sb.Append(pending);
                map?.Add(pendingSource);
            }
        }

        pending = '\0';
        sb.Append(c);
        map?.Add(source);
    }

    /// <summary>
    /// A space between a Chinese character and anything but an ASCII letter or digit means nothing
    /// ("商业 企业", "(一) 组织领导", "四、 政府"); next to a letter or digit it separates tokens ("政府 2019年").
    /// </summary>
    private static bool SpaceIsInsignificant(char before, char after) =>
        (IsCjkOrCjkPunctuation(before) || IsCjkOrCjkPunctuation(after))
        && !char.IsAsciiLetterOrDigit(before) && !char.IsAsciiLetterOrDigit(after);

    /// <summary>"二〇一七年" → "2017年": exactly four Chinese digits directly before 年.</summary>
    private static void ConvertChineseYears(StringBuilder sb)
    {
        for (var i = 4; i < sb.Length; i++)
        {
            if (sb[i] != '年')
            {
                continue;
            }

            if (i >= 5 && ChineseNumeral.DigitValue(sb[i - 5]) >= 0)
            {
                continue;
            }

            var allDigits = true;
            for (var k = i - 4; k < i && allDigits; k++)
            {
                allDigits = ChineseNumeral.DigitValue(sb[k]) >= 0 && sb[k] != '两';
            }

            if (!allDigits)
            {
                continue;
            }

            for (var k = i - 4; k < i; k++)
            {
                sb[k] = (char)('0' + ChineseNumeral.DigitValue(sb[k]));
            }
        }
    }

    private static int EnclosedIndex(char c) => c switch
    {
        >= '\u2160' and <= '\u217B' => c - 0x2160,
        >= '\u2460' and <= '\u249B' => 28 + (c - 0x2460),
        _ => 28 + 60 + (c - 0x3220),
    };

    private static string?[] BuildEnclosedForms()
    {
        var forms = new string?[28 + 60 + 10];
        string[] roman = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "L", "C", "D", "M"];
        for (var i = 0; i < 16; i++)
        {
            forms[i] = roman[i];
        }

        for (var i = 0; i < 12; i++)
        {
            forms[16 + i] = roman[i].ToLowerInvariant();
        }

        for (var n = 1; n <= 20; n++)
        {
            var digits = n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            forms[28 + n - 1] = "(" + digits + ")";          // ① … ⑳
            forms[28 + 20 + n - 1] = "(" + digits + ")";     // ⑴ … ⒇
            forms[28 + 40 + n - 1] = digits + ".";           // ⒈ … ⒛
        }

        for (var n = 1; n <= 10; n++)
        {
            forms[28 + 60 + n - 1] = "(" + ChineseNumeral.Format(n) + ")"; // ㈠ … ㈩
        }

        return forms;
    }

    private static int CompatibilityIndex(char c) => c >= '\uF900' ? 0xD6 + (c - 0xF900) : c - 0x2F00;

    /// <summary>Kangxi radicals (⼀, common in text pulled out of PDFs) and compatibility ideographs → unified ideographs (NFKC).</summary>
    private static char[] BuildCompatibilityMap()
    {
        var map = new char[0xD6 + 0x200];
        for (var c = '\u2F00'; c <= '\u2FD5'; c++)
        {
            map[CompatibilityIndex(c)] = SingleNfkc(c);
        }

        for (var c = '\uF900'; c <= '\uFAFF'; c++)
        {
            map[CompatibilityIndex(c)] = SingleNfkc(c);
        }

        return map;
    }

    private static char SingleNfkc(char c)
    {
        try
        {
            var n = c.ToString().Normalize(NormalizationForm.FormKC);
            return n.Length == 1 && n[0] != c ? n[0] : '\0';
        }
        catch (ArgumentException)
        {
            return '\0';
        }
    }
}
