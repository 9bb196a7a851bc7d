using System.Globalization;
using System.Text.RegularExpressions;
using Gongkai.Domain.Calendar;

namespace Gongkai.Domain.Imports;

/// <summary>
/// Reads a date as offices write it in ledgers and catalogues: 2025-03-05, 2025/3/5, 2025.3.5, 2025年3月5日 (with or
/// without a time after it), 20250305, an Excel serial number (a date-formatted cell, or a plain number in a date
/// column), and the same as text. A date is either read exactly or refused with the reason — never guessed: a year
/// of two digits (25/3/5), a date without a year (3月5日), a day that does not exist (2025-02-30), and a day before
/// <see cref="Earliest"/> or after the import day are refused.
/// </summary>
public static partial class LedgerDate
{
    /// <summary>The earliest day accepted: the 2007 Regulation came into force on 1 May 2008 (国务院令第492号 第三十八条).</summary>
    public static readonly DateOnly Earliest = new(2008, 5, 1);

    private static readonly DateOnly ExcelEpoch = new(1899, 12, 30);

    /// <summary>
    /// The date in <paramref name="cell"/>, or the reason it cannot be read. <paramref name="today"/> bounds it above
    /// (a ledger records what happened). A blank cell gives neither (both null).
    /// </summary>
    public static (DateOnly? Date, string? Error) Read(ImportCell cell, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(cell);
        if (cell.IsBlank)
        {
            return (null, null);
        }

        var (date, error) = cell.Number is { } number ? FromSerial(number) : FromText(cell.Text.Trim());
        if (date is { } d)
        {
            if (d < Earliest)
            {
                return (null, $"日期早于{ChineseDates.Iso(Earliest)}（政府信息公开条例施行之日），请核对。");
            }

            if (d > today)
            {
                return (null, $"日期晚于今天（{ChineseDates.Iso(today)}），台账只能记载已经发生的事。");
            }
        }

        return (date, error);
    }

    private static (DateOnly?, string?) FromSerial(double number)
    {
        if (number != Math.Floor(number) && number - Math.Floor(number) > 0.99999)
        {
            number = Math.Round(number);
        }

        var days = (int)Math.Floor(number);
        if (days < 61 || days > 2_958_465)
        {
            return (null, "数字不是Excel日期序号，请写成“2025-03-05”这样的日期。");
        }

        // Excel's serial 60 is the non-existent 1900-02-29; from 61 on, day n is 1899-12-30 + n.
        return (ExcelEpoch.AddDays(days), null);
    }

    private static (DateOnly?, string?) FromText(string text)
    {
        var normalised = text.Normalize(System.Text.NormalizationForm.FormKC);
        if (Compact().Match(normalised) is { Success: true } compact)
        {
            return Make(compact.Groups["y"].Value, compact.Groups["m"].Value, compact.Groups["d"].Value, text);
        }

        if (Separated().Match(normalised) is { Success: true } separated)
        {
            return Make(separated.Groups["y"].Value, separated.Groups["m"].Value, separated.Groups["d"].Value, text);
        }

        if (double.TryParse(normalised, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial))
        {
            return FromSerial(serial);
        }

        if (ShortYear().IsMatch(normalised))
        {
            return (null, "年份只有两位，无法确定是哪一年，请写四位年份。");
        }

        if (NoYear().IsMatch(normalised))
        {
            return (null, "日期没有写年份，请写完整日期。");
        }

        return (null, "无法识别的日期，请写成“2025-03-05”“2025/3/5”“2025.3.5”或“2025年3月5日”。");
    }

    private static (DateOnly?, string?) Make(string y, string m, string d, string text)
    {
        var year = int.Parse(y, CultureInfo.InvariantCulture);
        var month = int.Parse(m, CultureInfo.InvariantCulture);
        var day = int.Parse(d, CultureInfo.InvariantCulture);
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return (null, $"日期“{text}”不存在。");
        }

        return (new DateOnly(year, month, day), null);
    }

    [GeneratedRegex(@"^(?<y>(19|20)\d{2})(?<m>\d{2})(?<d>\d{2})$")]
    private static partial Regex Compact();

    [GeneratedRegex(@"^(?<y>\d{4})\s*(?:[-/.]|年)\s*(?<m>\d{1,2})\s*(?:[-/.]|月)\s*(?<d>\d{1,2})\s*日?(?:\s*[T\s]?\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2}(?:\.\d+)?)?)?\s*$")]
    private static partial Regex Separated();

    [GeneratedRegex(@"^\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}")]
    private static partial Regex ShortYear();

    [GeneratedRegex(@"^\d{1,2}\s*[月/.-]\s*\d{1,2}\s*日?$")]
    private static partial Regex NoYear();
}
