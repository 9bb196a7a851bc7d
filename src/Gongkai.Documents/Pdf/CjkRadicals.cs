using System.Text;

namespace Gongkai.Documents.Pdf;

/// <summary>
/// Radical code points some PDF producers map glyphs to (Chromium's CJK fonts print 民 as U+2EA0 ⺠ and 二 as U+2F06 ⼆):
/// read as the ideograph they stand for. Kangxi radicals (U+2F00–U+2FD5) by their Unicode compatibility mapping; the
/// CJK Radicals Supplement forms that print a whole character (⺠ 民, ⻅ 见, ⻓ 长 …) by this table.
/// </summary>
internal static class CjkRadicals
{
    private static readonly Dictionary<char, char> Supplement = new()
    {
        ['\u2E8C'] = '小',
        ['\u2E8D'] = '小',
        ['\u2E95'] = '彐',
        ['\u2E97'] = '心',
        ['\u2E98'] = '手',
        ['\u2E99'] = '攴',
        ['\u2E9B'] = '无',
        ['\u2E9F'] = '母',
        ['\u2EA0'] = '民',
        ['\u2EA4'] = '爪',
        ['\u2EA5'] = '爫',
        ['\u2EA6'] = '丬',
        ['\u2EA7'] = '牛',
        ['\u2EA8'] = '犭',
        ['\u2EAA'] = '疋',
        ['\u2EAB'] = '目',
        ['\u2EAC'] = '示',
        ['\u2EAD'] = '礻',
        ['\u2EAE'] = '竹',
        ['\u2EB2'] = '罒',
        ['\u2EB3'] = '罓',
        ['\u2EB7'] = '羊',
        ['\u2EB9'] = '老',
        ['\u2EBC'] = '肉',
        ['\u2EBE'] = '艹',
        ['\u2EC1'] = '虎',
        ['\u2EC2'] = '衤',
        ['\u2EC3'] = '西',
        ['\u2EC4'] = '西',
        ['\u2EC5'] = '见',
        ['\u2EC6'] = '角',
        ['\u2EC8'] = '讠',
        ['\u2EC9'] = '贝',
        ['\u2ECB'] = '车',
        ['\u2ECC'] = '辶',
        ['\u2ECF'] = '阝',
        ['\u2ED0'] = '钅',
        ['\u2ED1'] = '长',
        ['\u2ED2'] = '镸',
        ['\u2ED3'] = '长',
        ['\u2ED4'] = '门',
        ['\u2ED6'] = '阝',
        ['\u2ED7'] = '雨',
        ['\u2ED8'] = '青',
        ['\u2ED9'] = '韦',
        ['\u2EDA'] = '页',
        ['\u2EDB'] = '风',
        ['\u2EDC'] = '飞',
        ['\u2EDD'] = '食',
        ['\u2EDF'] = '食',
        ['\u2EE0'] = '饣',
        ['\u2EE1'] = '首',
        ['\u2EE2'] = '马',
        ['\u2EE3'] = '骨',
        ['\u2EE4'] = '鬼',
        ['\u2EE5'] = '鱼',
        ['\u2EE6'] = '鸟',
        ['\u2EE7'] = '卤',
        ['\u2EE8'] = '麦',
        ['\u2EE9'] = '黄',
        ['\u2EEA'] = '黾',
        ['\u2EEB'] = '齐',
        ['\u2EEC'] = '齐',
        ['\u2EED'] = '齿',
        ['\u2EEE'] = '齿',
        ['\u2EEF'] = '龙',
        ['\u2EF0'] = '龙',
        ['\u2EF1'] = '龟',
        ['\u2EF2'] = '龟',
        ['\u2EF3'] = '龟',
    };

    /// <summary><paramref name="text"/> with radicals read as ideographs.</summary>
    public static string Normalize(string text)
    {
        foreach (var c in text)
        {
            if (c is >= '\u2E80' and <= '\u2FDF')
            {
                return Map(text);
            }
        }

        return text;
    }

    private static string Map(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is >= '\u2F00' and <= '\u2FDF')
            {
                sb.Append(c.ToString().Normalize(NormalizationForm.FormKC));
            }
            else
            {
                sb.Append(Supplement.TryGetValue(c, out var ideograph) ? ideograph : c);
            }
        }

        return sb.ToString();
    }
}
