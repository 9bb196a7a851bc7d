using System.Globalization;
using System.Text;

namespace Gongkai.Domain.Calendar;

/// <summary>
/// The exchange format of the holiday calendar, one date a line: <c>date,kind,holiday,year_notice</c>
/// (e.g. <c>2024-09-29,workday,国庆节,2024</c>). It is the format of the shipped table, of
/// <c>gongkai calendar export</c> and of <c>gongkai calendar import</c>, so that next year's State Council notice
/// is added as data: type its lines, import them.
/// </summary>
public static class HolidayArrangementCsv
{
    /// <summary>The header line every file starts with.</summary>
    public const string Header = "date,kind,holiday,year_notice";

    private const string OfficialResource = "Gongkai.Domain.Calendar.cn-holidays.csv";

    /// <summary>Reads the table shipped inside the assembly.</summary>
    public static IReadOnlyList<HolidayArrangement> ReadOfficial()
    {
        using var stream = typeof(HolidayArrangementCsv).Assembly.GetManifestResourceStream(OfficialResource)
            ?? throw new InvalidOperationException($"Embedded resource {OfficialResource} is missing.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return Parse(reader, "cn-holidays.csv");
    }

    /// <summary>
    /// Parses and checks a calendar file. Every line is checked before anything is returned, and the first problem
    /// is reported with its line number, so an import either takes the whole file or nothing.
    /// </summary>
    /// <exception cref="RuleViolationException">A line is malformed or contradicts the rules of a notice.</exception>
    public static IReadOnlyList<HolidayArrangement> Parse(TextReader reader, string sourceName)
    {
        var result = new List<HolidayArrangement>();
        var seen = new Dictionary<DateOnly, int>();
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            line = line.Trim().TrimStart('\uFEFF');
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (lineNumber == 1 || result.Count == 0 && line.StartsWith("date,", StringComparison.Ordinal))
            {
                if (line != Header)
                {
                    throw Fail(sourceName, lineNumber, $"首行应为 \"{Header}\"。");
                }

                continue;
            }

            var arrangement = ParseLine(line, sourceName, lineNumber);
            if (seen.TryGetValue(arrangement.Date, out var earlier))
            {
                throw Fail(sourceName, lineNumber, $"{ChineseDates.Iso(arrangement.Date)} 已在第{earlier}行出现。");
            }

            seen[arrangement.Date] = lineNumber;
            result.Add(arrangement);
        }

        return result;
    }

    /// <summary>Writes arrangements in date order, with the header.</summary>
    public static void Write(TextWriter writer, IEnumerable<HolidayArrangement> arrangements)
    {
        writer.Write(Header + "\n");
        foreach (var a in arrangements.OrderBy(a => a.Date))
        {
            var kind = a.Kind == CalendarDayKind.Off ? "off" : "workday";
            // invariant: under e.g. th-TH "yyyy" would be the Buddhist-era year (2567 for 2024)
            writer.Write(string.Create(CultureInfo.InvariantCulture, $"{ChineseDates.Iso(a.Date)},{kind},{a.Holiday},{a.NoticeYear}\n"));
        }
    }

    private static HolidayArrangement ParseLine(string line, string sourceName, int lineNumber)
    {
        var fields = line.Split(',');
        if (fields.Length != 4)
        {
            throw Fail(sourceName, lineNumber, $"应有4列（{Header}），实有{fields.Length}列。");
        }

        if (!DateOnly.TryParseExact(fields[0].Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            throw Fail(sourceName, lineNumber, $"日期 \"{fields[0]}\" 不是 YYYY-MM-DD 格式。");
        }

        var kind = fields[1].Trim() switch
        {
            "off" => CalendarDayKind.Off,
            "workday" => CalendarDayKind.Workday,
            var other => throw Fail(sourceName, lineNumber, $"类型 \"{other}\" 应为 off（放假）或 workday（调休上班）。"),
        };

        var holiday = fields[2].Trim();
        if (holiday.Length == 0)
        {
            throw Fail(sourceName, lineNumber, "缺少节日名称。");
        }

        if (!int.TryParse(fields[3].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var noticeYear))
        {
            throw Fail(sourceName, lineNumber, $"通知年份 \"{fields[3]}\" 不是数字。");
        }

        if (date < new DateOnly(noticeYear - 1, 12, 1) || date > new DateOnly(noticeYear, 12, 31))
        {
            throw Fail(sourceName, lineNumber, $"{ChineseDates.Iso(date)} 不在{noticeYear}年通知可安排的范围内（上年12月至当年12月）。");
        }

        var weekend = date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
        if (kind == CalendarDayKind.Workday && !weekend)
        {
            throw Fail(sourceName, lineNumber, $"{ChineseDates.Iso(date)} 是{ChineseDates.Weekday(date)}，本就是工作日，不能是调休上班日。");
        }

        return new HolidayArrangement(date, kind, holiday, noticeYear);
    }

    private static RuleViolationException Fail(string sourceName, int lineNumber, string problem) =>
        new($"{sourceName} 第{lineNumber}行：{problem}");
}
