using System.Text;

namespace Gongkai.Domain.Audit;

/// <summary>
/// Chinese numerals (中文数字) as written in reports: small counts ("二件", "十二", "两"), section numbers
/// ("十一、"), years digit by digit ("二〇一七"), and the financial forms (壹贰叁 … 拾佰仟).
/// </summary>
public static class ChineseNumeral
{
    private static readonly string[] Digits = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];

    /// <summary>The value 0–9 of a Chinese digit character (incl. 〇 ○ 零 两 and 壹 … 玖); −1 otherwise.</summary>
    public static int DigitValue(char c) => c switch
    {
        '零' or '〇' or '○' => 0,
        '一' or '壹' or '弌' => 1,
        '二' or '贰' or '貳' or '两' or '兩' or '弍' => 2,
        '三' or '叁' or '參' or '弎' => 3,
        '四' or '肆' => 4,
        '五' or '伍' => 5,
        '六' or '陆' or '陸' => 6,
        '七' or '柒' => 7,
        '八' or '捌' => 8,
        '九' or '玖' => 9,
        _ => -1,
    };

    /// <summary>The multiplier of a Chinese unit character (十 百 千 万 亿 and their variants); 0 otherwise.</summary>
    public static long UnitValue(char c) => c switch
    {
        '十' or '拾' => 10,
        '百' or '佰' => 100,
        '千' or '仟' => 1000,
        '万' or '萬' => 10_000,
        '亿' or '億' => 100_000_000,
        _ => 0,
    };

    /// <summary>True for any character that can be part of a Chinese numeral.</summary>
    public static bool IsNumeralChar(char c) => DigitValue(c) >= 0 || UnitValue(c) > 0;

    /// <summary>
    /// Parses a whole Chinese numeral: "十二" → 12, "二十" → 20, "一百零五" → 105, "两" → 2, "三万五千" → 35000,
    /// "二〇一七" → 2017 (digits without units are read digit by digit).
    /// </summary>
    public static bool TryParse(ReadOnlySpan<char> text, out long value)
    {
        value = 0;
        if (text.IsEmpty || text.Length > 24)
        {
            return false;
        }

        var hasUnit = false;
        foreach (var c in text)
        {
            if (UnitValue(c) > 0)
            {
                hasUnit = true;
            }
            else if (DigitValue(c) < 0)
            {
                return false;
            }
        }

        if (!hasUnit)
        {
            long digits = 0;
            foreach (var c in text)
            {
                digits = (digits * 10) + DigitValue(c);
            }

            value = digits;
            return true;
        }

        long total = 0, section = 0, number = 0;
        var haveNumber = false;
        long lastSmallUnit = long.MaxValue;
        foreach (var c in text)
        {
            var digit = DigitValue(c);
            if (digit >= 0)
            {
                if (haveNumber && number != 0 && digit != 0)
                {
                    return false; // "二三十": two digits without a unit between them
                }

                number = digit;
                haveNumber = digit != 0 || haveNumber;
                continue;
            }

            var unit = UnitValue(c);
            if (unit < 10_000)
            {
                if (unit >= lastSmallUnit)
                {
                    return false; // "十百", "百百"
                }

                if (!haveNumber || number == 0)
                {
                    if (unit != 10)
                    {
                        return false; // "百" alone
                    }

                    number = 1; // "十二" = 12
                }

                section += number * unit;
                lastSmallUnit = unit;
            }
            else if (unit == 10_000)
            {
                section += number;
                if (section == 0)
                {
                    return false;
                }

                total += section * unit;
                section = 0;
                lastSmallUnit = long.MaxValue;
            }
            else
            {
                section += number;
                total = (total + section) * unit;
                if (total == 0)
                {
                    return false;
                }

                section = 0;
                lastSmallUnit = long.MaxValue;
            }

            number = 0;
            haveNumber = false;
        }

        value = total + section + number;
        return true;
    }

    /// <summary>Writes 0–99 999 in Chinese numerals as section headings do: 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 105 → 一百零五.</summary>
    public static string Format(int value)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(value);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(value, 99_999);
        if (value < 10)
        {
            return Digits[value];
        }

        if (value < 20)
        {
            return "十" + (value == 10 ? string.Empty : Digits[value - 10]);
        }

        var sb = new StringBuilder();
        string[] units = ["万", "千", "百", "十", string.Empty];
        int[] sizes = [10_000, 1000, 100, 10, 1];
        var pendingZero = false;
        for (var i = 0; i < sizes.Length; i++)
        {
            var d = value / sizes[i] % 10;
            if (d == 0)
            {
                pendingZero = sb.Length > 0;
                continue;
            }

            if (pendingZero)
            {
                sb.Append('零');
                pendingZero = false;
            }

            sb.Append(Digits[d]).Append(units[i]);
        }

        return sb.ToString();
    }
}
